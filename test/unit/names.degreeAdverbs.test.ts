/**
 * An adverb of degree between a name and its measure (营业收入大幅增长35%) says how much the figure moved, not what it
 * measures: the measure reader takes it off the name (measures.ts, lexicon/degreeAdverbs.json). Lines of free outside
 * texts (src27): 罗湖区 2015, 2016, 坪山区 2020; the same shape in 深圳市 2008, 2009, 盐田区 2015, 龙华区 2022, 2024.
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf } from '../support/names';
import data from '../../src/core/lexicon/degreeAdverbs.json';

describe('an adverb of degree before the measure is no part of the name', () => {
  it('ends no name (罗湖区 2015, 坪山区 2020)', () => {
    expect(nameOf('第三产业占GDP比重从92.7%提高到93.5%，租赁和商务服务业营业收入大幅增长35%。', '35%', lastYearReview(2015))).toBe('租赁和商务服务业营业收入');
    expect(nameOf('微设计微改造“马峦模式”获全市推广，交通事故死亡人数大幅下降33%。', '33%', lastYearReview(2020))).toBe('交通事故死亡人数');
  });

  it('said alone, leaves the figure to the subject before it (罗湖区 2016)', () => {
    const line = '固定资产投资完成160亿元，增速从2011年的3.3%大幅增长到32.4%；一般公共预算收入超过90亿元，接近翻番。';
    expect(nameOf(line, '32.4%', lastYearReview(2016))).not.toBe('大幅');
    expect(nameOf(line, '32.4%', lastYearReview(2016))).toContain('固定资产投资');
  });

  it('lists each adverb once, two characters or more', () => {
    expect(new Set(data.adverbs).size).toBe(data.adverbs.length);
    for (const word of data.adverbs) expect([...word].length, word).toBeGreaterThanOrEqual(2);
  });
});
