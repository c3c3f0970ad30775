/**
 * The Party's congresses and plenums said by their short forms (src/core/references/congresses.ts): 党的二十大 after
 * the report has said 中国共产党第二十次全国代表大会 is a short name → the full name, as 双创 is after its full name; said
 * alone (党的二十大精神 in every 2026 report) it links nowhere.
 */
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/core';
import { analyzeReport } from '../../src/core';
import { readCorpus } from '../support/corpus';

const congressLinks = (path: string): string[] =>
  analyzeReport(readCorpus(path))
    .references.filter((r: Reference) => r.kind === 'short' && /大$|全会$/.test(r.from.text))
    .map((r) => `${r.from.text} → ${r.to.text}`);

describe('short forms of party congresses and plenums', () => {
  it('a congress said by number after its full name links to the full name (national 2022, 1982, 1988, 2017)', () => {
    // 2022: 今年将召开中国共产党第二十次全国代表大会 … 迎接党的二十大胜利召开 (same paragraph) … 以优异成绩迎接党的二十大胜利召开
    expect(congressLinks('national/2022.txt')).toEqual(['二十大 → 中国共产党第二十次全国代表大会', '二十大 → 中国共产党第二十次全国代表大会']);
    expect(congressLinks('national/1982.txt')).toEqual(Array(4).fill('十二大 → 中国共产党第十二次全国代表大会'));
    // 1988: 认真贯彻十三大精神 — no 党的 before it, a word of the congress's after it.
    expect(congressLinks('national/1988.txt')).toEqual(['十三大 → 中国共产党第十三次全国代表大会']);
    expect(congressLinks('national/2017.txt')).toEqual(['十九大 → 中国共产党第十九次全国代表大会']);
  });

  it('a plenum said short after its full name links to it (national 1959: 八届六中全会)', () => {
    expect(congressLinks('national/1959.txt')).toEqual(['八届六中全会 → 中国共产党第八届中央委员会第六次全体会议']);
  });

  it('a short form the report never spells out links nowhere (national 2018, 2024; 江苏 2026: 党的二十大, 二十届四中全会)', () => {
    expect(congressLinks('national/2018.txt')).toEqual([]);
    expect(congressLinks('national/2024.txt')).toEqual([]);
    expect(congressLinks('local/江苏省-2026.txt')).toEqual([]);
  });
});

/** Short links of a small report of real sentences, one a paragraph. */
const shortLinks = (...paragraphs: string[]): string[] =>
  analyzeReport(['各位代表：', '', '一、工作回顾', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'))
    .references.filter((r: Reference) => r.kind === 'short')
    .map((r) => `${r.from.text} → ${r.to.text}`);

describe('short forms of a local party congress', () => {
  it('links to its full name once the report has said it (src32 河北省-2012, outside ../shared/corpus, lines 15 → 47, 49)', () => {
    expect(
      shortLinks(
        '刚刚过去的2011年，是实施"十二五"规划的第一年，是中国共产党河北省第八次代表大会胜利召开之年。',
        '今年是全面落实省第八次党代会精神的第一年，是实施"十二五"规划承上启下的关键一年。',
        '省第八次党代会开启了建设经济强省、和谐河北的新征程。',
      ),
    ).toEqual(['省第八次党代会 → 中国共产党河北省第八次代表大会', '省第八次党代会 → 中国共产党河北省第八次代表大会']);
  });

  it('but not another level’s or another number’s congress, nor one said only short (src32 保定市-2022, 河北省-2022)', () => {
    expect(
      shortLinks(
        '是中国共产党河北省第八次代表大会胜利召开之年。',
        '这是市第十二次党代会确定的现代化目标，认真落实省第十次党代会精神。',
      ),
    ).toEqual([]);
  });
});

describe('a local Party committee’s plenum said short (市委全会, 县委全会)', () => {
  // src32 保定市-2022 and 涞水县-2020 (outside ../shared/corpus), sentences verbatim.
  const BAODING_FULL =
    '前不久召开的市委十二届三次全会，深刻分析了当前经济社会发展呈现出的“六个趋势”，提出要积极应对“四大挑战”，指出要在纷繁复杂的大局大势中保持战略定力，锚定建设现代化品质生活之城的奋斗目标不动摇，重点打好“十个主动仗”。';
  const BAODING_SHORT = '具体工作中，我们要聚焦市委全会打好“十个主动仗”要求，把现代化品质生活之城建设“十大提升工程”目标年度化、任务具体化，一步一个脚印把新保定美好蓝图如期实现。';

  it('links to the plenum of its level said in full before it (src32 保定市-2022, lines 30 → 34)', () => {
    expect(shortLinks(BAODING_FULL, BAODING_SHORT)).toEqual(['市委全会 → 市委十二届三次全会']);
  });

  it('said as the full name says 全体会议 too (src32 涞水县-2020, lines 27 → 31: 县委十三届六次全会 … 县委全会)', () => {
    expect(
      shortLinks(
        '我们一定深入贯彻落实县委十三届六次全会精神，践行新发展理念，坚持创新发展、绿色发展、高质量发展，用发展来破解难题。',
        '做好今年政府工作，落实县委全会要求,我们将以“三创四建”为统领，重点在以下七个方面攻坚发力。',
      ),
    ).toEqual(['县委全会 → 县委十三届六次全会']);
  });

  it('not before the full name, nor another level’s, nor 省市委全会 said of two committees (src32 阜平县-2021, 唐县-2020)', () => {
    expect(shortLinks(BAODING_SHORT, BAODING_FULL)).toEqual([]);
    expect(shortLinks(BAODING_FULL, '落实省委全会、县委全会工作部署，坚持稳中求进工作总基调。')).toEqual([]);
    expect(shortLinks(BAODING_FULL, '深入贯彻落实党的十九届四中、省市委全会和两会精神。')).toEqual([]);
  });
});
