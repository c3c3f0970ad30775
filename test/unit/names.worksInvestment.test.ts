/**
 * A clause that is only 完成投资 after a count of works (实施重点项目47个，完成投资46.9亿元) names the investment in
 * those works, a different indicator from their count, not the works alone (investmentNames.ts).
 */
import { describe, expect, it } from 'vitest';
import { nameOf, lastYearReview } from '../support/names';

describe('money put into the works counted before', () => {
  it('names the works’ investment, not their count (outside: 海拉尔 2018; dev: 海拉尔 2019)', () => {
    const hailar = '全年实施重点项目47个，完成投资46.9亿元。';
    expect(nameOf(hailar, '46.9亿元', lastYearReview(2018))).toBe('重点项目完成投资');
    expect(nameOf(hailar, '47个', lastYearReview(2018))).toBe('重点项目');
    const y2019 = '（三）产业项目蓬勃发展。发展着力点不断向提升质量和效益上聚焦，年内开工项目57个，完成投资34.8亿元。';
    expect(nameOf(y2019, '34.8亿元', lastYearReview(2019))).toBe('开工项目完成投资');
  });

  it('reads a 共 and a sector in the count (outside: 海拉尔 2010s)', () => {
    expect(nameOf('全年共实施重点工业项目28个，完成投资33.9亿元。', '33.9亿元', lastYearReview(2016))).toBe('重点工业项目完成投资');
  });

  it('leaves a clause with its own subject alone (dev: 海拉尔 2019)', () => {
    const own = '教育重点项目完成投资1205万元，教育基础设施建设得到持续巩固。';
    expect(nameOf(own, '1205万元', lastYearReview(2019))).toBe('教育重点项目完成投资');
  });
});
