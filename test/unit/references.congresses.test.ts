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
