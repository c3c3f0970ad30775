/**
 * A clause whose subject is an attribute alone (总量, 规模, 增速) goes on about the indicator the figure before measured
 * (attributeLed.ts). Lines of outside district reports (深圳 free texts, not samples).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf, namesOf } from '../support/names';

describe('a clause opened by an attribute alone', () => {
  it('ranks the total of the indicator before (outside: 南山区 2016)', () => {
    expect(nameOf('济持续稳定增长，实现本地生产总值3715亿元，增长9.3%，总量保持全省区（县）第一。', '第一', lastYearReview(2016))).toBe('本地生产总值总量');
  });

  it('ranks the growth rate of the indicator before (outside: 宝安区 2025, 罗湖区 2024)', () => {
    expect(nameOf('全年地区生产总值5300.43亿元，同比增长6.8%，增速在全市行政区中保持第三名、连续四年高于全市。', '第三名', lastYearReview(2025))).toBe('地区生产总值增速');
    expect(nameOf('预计金融业增加值1000亿元左右、增长7.5%，增速在全市各金融集聚区中位居第一。', '第一', lastYearReview(2024))).toBe('金融业增加值增速');
  });

  it('shares the total of the indicator before out of the whole (outside: 罗湖区 2018, 南山区 2018)', () => {
    expect(nameOf('社会消费品零售总额1256亿元、增长9%，规模占全市五分之一、稳居第二。', '五分之一', lastYearReview(2018))).toBe('社会消费品零售总额规模占全市比重');
    expect(nameOf('固定资产投资突破1000亿元，达1096亿元，增长23.5%，总量超过全市1/5。', '1/5', lastYearReview(2018))).toBe('固定资产投资总量占全市比重');
  });

  it('levels the total across a semicolon (outside: 宝安区 2023)', () => {
    expect(namesOf('全年GDP同比增长3.5%，比全市高0.2个百分点，在全市六个超两千亿大区中排名第一；总量达到4702亿元，一年增加了280亿元。', ['4702亿元'], lastYearReview(2023))).toEqual(['GDP总量']);
  });

  it('leaves an attribute that opens a noun of its own (规模以上, 规模工业) alone', () => {
    expect(nameOf('预计全年实现地区生产总值3832亿元，增长8.7%；规模以上工业增加值1786亿元，增长7.0%。', '1786亿元', lastYearReview(2019))).toBe('规模以上工业增加值');
  });
});
