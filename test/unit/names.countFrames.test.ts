/**
 * A preposition, a verb marked done by 了, or a batch a verb takes right before a count frames the noun phrase after
 * the count: that noun phrase is what the figure counts (src/core/indicators/countFrames.ts). Sentences quoted from
 * dev corpus reports (national 1997, 2005; 福建省, 湖南省 2026; hebei-2010) and from national 1987 and 2007, outside
 * the corpus (aldohemsn/chinese-political-corpora).
 */
import { describe, expect, it } from 'vitest';
import data from '../../src/core/lexicon/countFrames.json';
import { framesCountedNoun } from '../../src/core/indicators/countFrames';
import { FIVE_YEAR_REVIEW, nameOf as nameIn } from '../support/names';

const nameOf = (line: string, written: string): string | null => nameIn(line, written, FIVE_YEAR_REVIEW);

describe('a frame before a count leaves the name to the noun after it', () => {
  it('a preposition governs the counted noun (national 1997)', () => {
    expect(nameOf('这几年，国家先后在５８个城市进行了企业优化资本结构的试点，提供政策支持，推动了企业改组和结构调整。', '５８个')).toBe('城市');
  });

  it('a verb marked done by 了 takes the counted noun as its object (national 2005; 1987, outside)', () => {
    expect(nameOf('东北地区等老工业基地振兴开局良好，国家支持启动了197个调整改造项目，15个采煤沉陷区治理工程开始建设。', '197个')).toBe('调整改造项目');
    expect(nameOf('在前几年不断加强立法工作的基础上，去年经全国人大常委会审议和通过了１１项法律，国务院制定和颁布了５９项行政法规。', '１１项')).toBe('法律');
  });

  it('but a verb of change before 了 measures the subject before it (national 2007, outside)', () => {
    expect(nameOf('在东北三省试点的基础上，企业职工基本养老保险做实个人账户试点范围又扩大了8个省份。', '8个')).toBe('企业职工基本养老保险做实个人账户试点范围');
  });

  it('a batch a verb takes is which of the counted things, not what they are (福建省 2026, hebei-2010)', () => {
    expect(nameOf('走好城乡“融合路”。开展首批9个城乡融合试点和10个城镇化潜力地区试点。', '9个')).toBe('城乡融合试点');
    expect(nameOf('加大扶贫开发力度，基本完成第三批2155个贫困村的整村推进任务，争取解决20万农村扶贫对象的脱贫问题。', '2155个')).toBe('贫困村');
  });

  it('a count joined to a second count of the same noun shares it (湖南省 2026)', () => {
    expect(nameOf('重点改革成效显现。持续推进首批12项及第二批14项重点改革，高校“两优”、大农科院等改革稳步推进。', '12项')).toBe('重点改革');
  });

  it('words that only end in a preposition or in 了 are no frame', () => {
    const text = '目标现在100个；为了10个；成为20个';
    expect(framesCountedNoun(text, text.indexOf('100'))).toBe(false);
    expect(framesCountedNoun(text, text.indexOf('10个'))).toBe(false);
    expect(framesCountedNoun(text, text.indexOf('20'))).toBe(false);
  });
});

describe('count frame word lists (countFrames.json)', () => {
  it.each(['prepositions', 'notPrepositions', 'notAspect'] as const)('%s is unique and holds Han words', (key) => {
    const list: readonly string[] = data[key];
    expect(new Set(list).size).toBe(list.length);
    for (const w of list) expect(w).toMatch(key === 'prepositions' ? /^[\u4e00-\u9fff]$/ : /^[\u4e00-\u9fff]{2}$/);
  });

  it('lists only non-prepositions that end in a listed preposition, and non-aspects that end in 了', () => {
    for (const w of data.notPrepositions) expect(data.prepositions).toContain(w.slice(-1));
    for (const w of data.notAspect) expect(w.endsWith('了')).toBe(true);
  });
});
