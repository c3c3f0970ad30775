/**
 * A count whose noun after it opens with a verb but ends with a counted head (审批事项, 分散养殖场) counts that noun, whatever
 * stands before the count — a department, a place, a verb the dictionary lacks (countedAfter.ts). Before, the words in
 * front named it (市直部门, 区直属部门, 玖兴肉鸡, 牵头重组). Lines of outside free texts (src32, src27).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf, namesOf } from '../support/names';

describe('the noun after a count that ends with a counted head, a verb inside it', () => {
  it('names the items a department handles by the items, not the department (outside: 保定 2018, 坪山新区 2014)', () => {
    expect(nameOf('"放管服"改革不断深化，"两个代办"升级版全面推行，37个市直部门395项审批事项实现网上办理,全省"多证合一、一照一码"商事登记制度改革现场会在我市召开。', '395项', lastYearReview(2018))).toBe('审批事项');
    expect(namesOf('行政审批制度改革成效明显，对区直属部门235项行政审批事项，削减55项，保留8项，其余172项悉数转为即来即办的行政服务事项，实现了“少、转、快”的预期目标。', ['235项', '55项'], lastYearReview(2014))).toEqual(['行政审批事项', '行政审批事项']);
  });

  it('names the works built by the works, not by whose they are (outside: 涞源县 2020)', () => {
    expect(nameOf('新建玖兴肉鸡100个分散养殖场，全县肉鸡年出栏达到8100万只，饲料厂建成投用。', '100个', lastYearReview(2020))).toBe('分散养殖场');
  });
});

describe('the noun after a count, read past a whole place or 规上 the cleaned read dropped or wrote out', () => {
  it('names the count by the noun after a verb the dictionary lacks (outside: 河北 2024, 深圳 2026, 宝安区 2019)', () => {
    expect(nameOf('牵头重组4家全国重点实验室。', '4家', lastYearReview(2024))).toBe('重点实验室');
    expect(nameOf('组建全新机制的深圳医学科学院，新设或重组20家全国重点实验室，新增17家国家企业技术中心。', '20家')).toBe('重点实验室');
    expect(nameOf('清理“散乱污危”园区33个，腾出产业空间91万平方米，新入驻19家规上企业增加产值62.3亿元。', '19家', lastYearReview(2019))).toBe('规模以上企业');
  });
});
