/**
 * A multiple whose clause is only 是 and its base (…19亿元，是全市平均水平的2.6倍) is of the figure before it: the base
 * (平均水平, 下达任务, 上年增量) is what it is compared with, not what it measures (extract.ts multipleOf). Lines of free
 * outside texts (src27): 罗湖区 2014, 盐田区 2017, 深圳市 2017; the same shape in 罗湖区 2015, 2018, 福田区 2014, 2016,
 * 南山区 2015, 深圳市 2015, 盐田区 2018.
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, namesOf } from '../support/names';

describe('a multiple of a base is the figure before it', () => {
  it('against an average (罗湖区 2014)', () => {
    const line = '每平方公里土地产出GDP19亿元，是全市平均水平的2.6倍。';
    expect(namesOf(line, ['19亿元', '2.6倍'], lastYearReview(2014))).toEqual(['每平方公里土地产出GDP', '每平方公里土地产出GDP']);
  });

  it('against a quota or last year\'s increase (盐田区 2017, 深圳市 2017)', () => {
    expect(namesOf('完成土地整备入库318万平方米，是下达任务的5.3倍。', ['5.3倍'], lastYearReview(2017))).toEqual(['土地整备入库']);
    const line = '新增国家级高新技术企业2513家，是上年增量的3倍以上，累计达8037家。';
    expect(namesOf(line, ['3倍', '8037家'], lastYearReview(2017))).toEqual(['国家级高新技术企业', '国家级高新技术企业']);
  });
});
