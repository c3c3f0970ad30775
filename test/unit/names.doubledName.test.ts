/**
 * A name that says a word twice in a row says it once (doubledName.ts). Lines of outside district reports (深圳 free
 * texts, not samples), where the carried subject already ended with the word the figure's own clause opened with.
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf } from '../support/names';
import { undoubledName } from '../../src/core/indicators/doubledName';

describe('a word said twice in a name', () => {
  it('is said once after a carried total (outside: 宝安区 2022, 福田区 2020)', () => {
    expect(nameOf('新增国家、省级专精特新企业42家、189家，总量达到312家，增量、总量均居全市第一；新增上市公司14家。', '第一', lastYearReview(2022))).toBe('省级专精特新企业总量');
    expect(nameOf('实现社会消费品零售总额1935亿元，增长6%，总额连续15年领跑全市。', '15年', lastYearReview(2020))).toBe('社会消费品零售总额');
  });

  it('leaves names with no repeat, and one-character repeats, as they are', () => {
    expect(undoubledName('规模以上工业工业增加值')).toBe('规模以上工业增加值');
    expect(undoubledName('人人持证技能人才')).toBe('人人持证技能人才');
    expect(undoubledName('地区生产总值')).toBe('地区生产总值');
  });
});
