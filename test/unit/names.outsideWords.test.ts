/**
 * Names on excerpts of public reports OUTSIDE the labelled corpus (national reports of aldohemsn/chinese-political-
 * corpora, government_work_reports.jsonl; 2026 provincial reports of johncodes404/china-provincial-gov-reports-2026,
 * output/2026_raw_text), session 10: classes of wrong names counted by reading those reports — a word cut at a
 * character the rules read as noise (条约, 比较), a time frame or a bare 有 taken for the name, a verb with its result
 * before the noun a count or amount measures.
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

describe('a word that ends or holds a noise character stays whole', () => {
  it('keeps the 约 of 条约 and 公约 (national 1998)', () => {
    expect(namesOf('五年来，我国缔结或者参加国际条约187个。', '187个')).toEqual(['国际条约']);
    expect(namesOf('中国历来重视人权问题，已经加入17个国际人权公约，签署了联合国两个人权公约。', '17个')).toEqual(['国际人权公约']);
  });

  it('drops 大 with the 约 it goes with (national 1995)', () => {
    expect(namesOf('涨幅仍然高达百分之二十一点七，其中食品价格上涨的因素大约有十三个百分点左右。', '十三个百分点')).toEqual(['食品价格上涨的因素']);
  });

  it('reads 比较 as an adverb, not a comparison base (national 1960)', () => {
    expect(namesOf('水土流失比较严重的面积有一百五十万平方公里，初步进行了保持水土措施的有六十万平方公里。', '一百五十万平方公里')).toEqual(['水土流失比较严重的面积']);
  });

  it('keeps 高标准农田 whole, and a leading verb joined to a second by 和 (广西 2026)', () => {
    expect(namesOf('完成46.1万亩高标准农田建设，粮食播种面积、总产量“六连增”。', '46.1万亩')).toEqual(['高标准农田']);
    expect(namesOf('植树造林479万亩，修复和新造红树林7695亩。', '7695亩')).toEqual(['修复和新造红树林']);
  });
});

describe('a time frame or a bare 有 names nothing', () => {
  it('drops a look back (在过去四年中) and a term (在十二年内) (national 1960)', () => {
    expect(namesOf('全国粮食总产量，在过去四年中共增加了一千九百零五亿斤。', '一千九百零五亿斤')).toEqual(['粮食总产量']);
    expect(namesOf('实现纲要所提出的灌溉面积在十二年内达到九亿亩的要求。', '九亿亩')).toEqual(['纲要所提出的灌溉面积']);
  });

  it('takes the noun after 全国有 (the year’s 初 dropped too) (national 1960)', () => {
    expect(namesOf('一九五八年初全国有七十四万多个高级农业生产合作社。', '七十四万多个')).toEqual(['高级农业生产合作社']);
  });

  it('drops a comparison basis without its 按 (同口径增长) (广西 2026)', () => {
    expect(namesOf('争取中央转移支付资金4113.7亿元、同口径增长5.6%。', '5.6%')).toEqual(['中央转移支付资金']);
  });
});

describe('a verb with its result before a figure leaves the name to the noun after it', () => {
  it('办起, 建立起, 还办了 (national 1960)', () => {
    expect(namesOf('到一九五九年底，全国农村已经办起三百九十万个食堂。', '三百九十万个')).toEqual(['食堂']);
    expect(namesOf('各地人民公社已经建立起五千四百多万亩种子基地。', '五千四百多万亩')).toEqual(['种子基地']);
    expect(namesOf('各地人民公社还办了三万多所农业中学，在校学生二百九十六万人。', '三万多所', '二百九十六万人')).toEqual(['农业中学', '在校学生']);
  });

  it('办成 before a count, and 为民 never cut to 民 (甘肃 2026)', () => {
    expect(namesOf('每年高质量办成10件为民实事。', '10件')).toEqual(['为民实事']);
  });

  it('still names a figure by the noun before a verb that takes no result (广西 2026)', () => {
    expect(namesOf('新增工信部卓越级智能工厂4家，新培育智能制造标杆企业12家。', '4家', '12家')).toEqual(['工信部卓越级智能工厂', '新培育智能制造标杆企业']);
  });
});
