/**
 * A year in Chinese numerals written without its 年 (一九八○比一九七五年, 一九七九和一九八○两年, 一九五八粮食的指标) is a time,
 * never a name; nor is a run of past plans (在过去的几个五年计划期间) — names.ts, withYearWord and LEADING_NOISE.
 */
import { describe, expect, it } from 'vitest';
import { namesOf, lastYearReview, FIVE_YEAR_REVIEW } from '../support/names';

describe('a year without its 年 is no name', () => {
  it('reads the noun after a run of two years (outside: national 1954)', () => {
    const line = '五年來國家財政用於經濟建設的經費共達三百二十八萬億元，其中在一九五三和一九五四兩年合計就有二百萬億元。';
    expect(namesOf(line, ['二百萬億元'], lastYearReview(1954))).toEqual(['国家财政用于经济建设经费']);
  });

  it('reads the indicator after a year that opens a clause (outside: national 1958)', () => {
    const line = '以粮食和棉花的产量来说，一九五八粮食的指标为三千九百二十亿斤，比上一年增加二百二十亿斤，增长百分之五点九。';
    const names = namesOf(line, ['三千九百二十亿斤', '二百二十亿斤'], { year: 1958, part: '一、一九五八年的国民经济计划' });
    for (const n of names) expect(n).not.toMatch(/一九/);
    expect(names[0]).toMatch(/^粮食/);
  });

  it('leaves a year compared with a base year nameless, and a run of past plans is when, not what (outside: national 1986)', () => {
    const line = '在过去的几个五年计划期间，财政收入增加最多的是“五五”时期，一九八○比一九七五年增加二百二十六亿元，而“六五”期间的增加额大大超过“五五”间期，一九八五年比一九八○年增加七百八十六亿元，在国家财政收入增加的同时，预算外资金也大幅度增加，一九八五年达到一千四百三十亿元。';
    const names = namesOf(line, ['二百二十六亿元', '七百八十六亿元', '一千四百三十亿元'], { ...FIVE_YEAR_REVIEW, year: 1986, part: '一、“六五”期间的成就' });
    for (const n of names) expect(n ?? '').not.toMatch(/一九|过去/);
    expect(names[2]).toBe('预算外资金');
  });
});
