/**
 * A rank won in a contest or on a list (荣获…第一名, 获评…第七名) is named by the contest or list, without the award verb
 * (rankGroups.ts withoutAward), and a year's 度 goes with the year (names.ts LEADING_NOISE). Lines of free outside texts
 * (src27): 盐田区 2017, 深圳市 2012, 2016, 罗湖区 2022.
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf } from '../support/names';

describe('a rank after an award verb is named by what it was won in', () => {
  it('drops 荣获, 获 and 获评 (盐田区 2017, 深圳市 2016, 罗湖区 2022)', () => {
    const yantian = '资助节能低碳与循环经济项目14个，新建充电桩129个，从我区始发的公交大巴在全市率先实现100%纯电动化，荣获市年度节能考核第一名。';
    expect(nameOf(yantian, '第一名', lastYearReview(2017))).toBe('市年度节能考核');
    expect(nameOf('完成“六五”普法任务。获中国法治政府评估第一名。', '第一名', lastYearReview(2016))).toBe('中国法治政府评估');
    expect(nameOf('经验做法全省推广。获评“2021年中国公平教育百佳县市”第七名。', '第七名', lastYearReview(2022))).toBe('中国公平教育百佳县市');
  });

  it('drops the year with its 度 (深圳市 2012)', () => {
    expect(nameOf('获2011年度中国十大创新城市第一名。', '第一名', lastYearReview(2012))).toBe('中国十大创新城市');
  });

  it('keeps 获批, which opens a noun of its own (南山区 2024)', () => {
    const line = '轨道交通五期15号线开工，20号线二期、27号线一期、29号线一期获批，南山获批里程47.5公里、车站38座，全市第一。';
    expect(nameOf(line, '47.5公里', lastYearReview(2024))).toContain('获批里程');
  });
});
