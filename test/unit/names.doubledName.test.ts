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
    expect(nameOf('实现社会消费品零售总额1935亿元，增长6%，总额连续15年领跑全市。', '15年', lastYearReview(2020))).toBe('社会消费品零售总额领跑全市年数'); // (session 35: a streak after its subject is named with what its years count)
  });

  it('leaves names with no repeat, and one-character repeats, as they are', () => {
    expect(undoubledName('规模以上工业工业增加值')).toBe('规模以上工业增加值');
    expect(undoubledName('人人持证技能人才')).toBe('人人持证技能人才');
    expect(undoubledName('地区生产总值')).toBe('地区生产总值');
  });
});

describe('a doubling the report writes itself', () => {
  // (Review32: words side by side that share a character read as a word said twice across their bounds.)
  it('is words side by side, left as written (outside: 龙华区 2024, 福田区 2018)', () => {
    expect(nameOf('深入开展“我帮企业找市场”等系列行动，新增减税降费及退税缓税缓费超35亿元。', '35亿元', lastYearReview(2024))).toBe('减税降费及退税缓税缓费');
    expect(nameOf('继续抓好城中村燃气改造和综合管廊建设。按照15个城中村“一村一策一方案”的总体思路，全面推进城中村更新改造和综合整治。', '15个', lastYearReview(2018))).toBe('城中村一村一策一方案');
  });

  it('is still said once where the join made it (宝安区 2016)', () => {
    expect(undoubledName('规模以上工业工业增加值', '规模以上工业总产值5447亿元，稳居全市第一，工业增加值1200亿元')).toBe('规模以上工业增加值');
  });
});
