/**
 * Names on excerpts of public reports OUTSIDE the labelled corpus (the corpus's own sources: the national reports of
 * aldohemsn/chinese-political-corpora, government_work_reports.jsonl; the 2026 provincial reports of
 * johncodes404/china-provincial-gov-reports-2026, output/2026_raw_text). Each case is a class of wrong names counted
 * by reading those reports, not one sentence: the rule that fixes it follows the clause's structure.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';

/** The names of the figures written `figures` in a one-part report made of `line`, in order. */
function namesOf(line: string, ...figures: string[]): Array<string | null> {
  const text = `2026年政府工作报告\n一、2025年工作回顾\n${line}\n`;
  const found = analyzeReport(text).indicators;
  return figures.map((f) => {
    const hit = found.find((i) => i.text === f);
    if (!hit) throw new Error(`${f} not found as a figure`);
    return hit.name;
  });
}

describe('a time frame written inside a name is when, not what', () => {
  it('drops a span of years after the subject (national 1986)', () => {
    expect(namesOf('我国农业生产长期发展缓慢，粮食产量在一九五三年到一九七八年间平均每年只增长五百多万吨。', '五百多万吨')).toEqual(['粮食产量']);
    expect(namesOf('我国农业总产值从一九五三年至一九八○年的二十八年间平均每年增长百分之三点五。', '百分之三点五')).toEqual(['农业总产值']);
  });

  it('drops one dated year and an old plan’s period, and the figure after goes on about the subject (national 1986)', () => {
    expect(namesOf('积累率在一九七八年高达百分之三十六点五，“六五”期间五年平均降到百分之三十左右。', '百分之三十六点五', '百分之三十')).toEqual(['积累率', '积累率']);
  });

  it('drops the year a comparison leaves at the end (national 1979)', () => {
    expect(namesOf('工业总产值一九七七年比一九七六年增长百分之十四点三。', '百分之十四点三')).toEqual(['工业总产值']);
  });

  it('drops a deictic span whole (这五年, 五年内, 近5年), never half of it (national 1986; 云南 2026)', () => {
    expect(namesOf('扣除物价上涨因素，这五年农民人均纯收入平均每年增长百分之十三点七。', '百分之十三点七')).toEqual(['农民人均纯收入']);
    expect(namesOf('五年内新增发电装机容量一千九百五十万千瓦。', '一千九百五十万千瓦')).toEqual(['发电装机容量']);
    expect(namesOf('每千人口托位数从0.5个增至4.8个。近5年人均预期寿命增量居全国第1位。', '第1位')).toEqual(['人均预期寿命增量']);
  });

  it('reads 增速 as the noun it is in every report: a streak after it keeps the subject (甘肃 2026)', () => {
    expect(namesOf('经济增速2022年以来连续16个季度高于全国平均水平。', '16个季度')).toEqual(['经济增速']);
  });
});

describe('a verb inside the noun phrase a classifier binds modifies its head noun', () => {
  it('runs on to the head noun (云南, 河南, 甘肃 2026)', () => {
    expect(namesOf('新增7名“两院”院士、9个全国重点实验室、1个国家级技术创新中心，高新技术企业数3年翻一番。', '1个')).toEqual(['国家级技术创新中心']);
    expect(namesOf('实施百亿斤粮食产能提升工程，推进66个粮食产能提升重点县和豫东平原整区域建设。', '66个')).toEqual(['粮食产能提升重点县']);
    expect(namesOf('深入推进各民族交往交流交融“三项计划”，打造1000个民族村寨旅游提升示范村、30个边境旅游示范村。', '1000个', '30个')).toEqual(['民族村寨旅游提升示范村', '边境旅游示范村']);
    expect(namesOf('优化重组全国重点实验室14家。组建13家企业创新联合体。', '13家')).toEqual(['企业创新联合体']);
  });

  it('still ends where the predicate begins: a predicate word on the way (获评, 在), or no head noun at the end', () => {
    expect(namesOf('全年有50家企业获评国家级绿色工厂。', '50家')).toEqual(['企业']);
    expect(namesOf('14项创新经验在全国推广。', '14项')).toEqual(['创新经验']);
    expect(namesOf('推动170家融资平台有序退出。', '170家')).toEqual(['融资平台']);
  });
});

describe('a count of places names the places by what they did or the title they hold', () => {
  it('opens a clause of its own after a comma, even when the figure before counted the same unit (云南 2026)', () => {
    expect(namesOf('新增学前普惠学位16万个，11个县（市、区）通过国家义务教育优质均衡县评估认定。', '16万个', '11个')).toEqual(['学前普惠学位', '通过国家义务教育优质均衡县评估认定县(市、区)']);
  });

  it('names places by the title they were given, with their note in brackets of either width (山西, 河南 2026)', () => {
    expect(namesOf('水土保持率提高到66.26%。13个县被命名为国家生态文明建设示范区，9个县（区）获评“两山”实践创新基地。', '13个', '9个')).toEqual(['国家生态文明建设示范区', '两山实践创新基地县(区)']);
    expect(namesOf('免费学前教育逐步推行，11个县被认定为国家义务教育优质均衡发展县。', '11个')).toEqual(['国家义务教育优质均衡发展县']);
  });

  it('still reads counts joined by a comma as one list when no noun follows the second (广西 2026, its 、 made a comma)', () => {
    expect(namesOf('城市公园、“口袋公园”保有量分别达到1436个，883个。', '1436个', '883个')).toEqual(['城市公园保有量', '口袋公园保有量']);
  });
});
