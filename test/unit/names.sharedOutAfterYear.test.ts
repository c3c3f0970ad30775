/**
 * A 分别 list shares out the subjects the clause before names, when that clause opens with a year or names a pollutant
 * with digits (PM2.5): neither is a figure of the clause (clauseNames.ts previousClauseSubject). Real lines of src32
 * reports, outside ../shared/corpus, and of dev national 1980.
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, namesOf } from '../support/names';

describe('a 分别 list after a clause that opens with a year', () => {
  it('takes the subjects of that clause, PM2.5 among them (src32 唐县-2020 line 17, 0-based)', () => {
    const line = '坚决打好蓝天保卫战，2019年空气综合指数、PM2.5浓度实现“双下降”，分别下降2.31%、7.89%，扭转了全省排名持续靠后的局面。';
    expect(namesOf(line, ['2.31%', '7.89%'], lastYearReview(2020))).toEqual(['空气综合指数', 'PM2.5浓度']);
  });

  it('takes them after a year alone, too (src32 米易县-2024 line 19)', () => {
    const line = '发布米易红糖等首批县级天府旅游名品6个。2021年旅游收入、游客人数再创新高，分别增长16.4%、15.8%，入选中国康养产业发展百强县市。';
    expect(namesOf(line, ['16.4%', '15.8%'], lastYearReview(2022))).toEqual(['旅游收入', '游客人数']);
  });

  it('leaves a year before a bare predicate, which has no subject of its own (dev national 1980 line 48)', () => {
    const line = '长期亏损的国营农场，1979年有了盈利，由上年亏损9，000万元转为盈利3亿多元。';
    expect(namesOf(line, ['9，000万元'], lastYearReview(1980))[0]).not.toBe('盈利');
  });
});
