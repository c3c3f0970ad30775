import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { figureByText as figure } from '../support/figures';

/**
 * Period classes of session 33 (period36), each checked on outside free texts (src27), quoted as written, and on the
 * dev corpus.
 */
const corpus = (name: string): string => readFileSync(join(__dirname, '../fixtures/corpus/national', name), 'utf8');
describe('a time said after a figure of its own ；-clause stays in that clause', () => {
  // A time that comes after a figure is an aside about that figure (a record: 创下十年来的新高; a comparison: 超出过去3年
  // 增量总和); the clauses after the next ； report the year reviewed again, not that aside's years.
  const review = (heading: string, body: string): string => '各位代表：\n　　现在，我代表区人民政府，向大会报告政府工作，请予审议。\n　　' + heading + '\n' + body + '\n';

  it('龙华区 2022 (outside): 增速…创下龙华十年来的新高…；规模以上工业增加值1373亿元 is 2021, not the ten years', () => {
    const text = review('一、2021年以来工作回顾', '　　（二）着力促转型提效益增后劲。主要经济指标位于全市前列。地区生产总值2828亿元，增长10.2%，增速不仅创下龙华十年来的新高，而且还高于全市3.5个百分点，拉动全市经济增长0.9个百分点；规模以上工业增加值1373亿元，增长10.1%，高于全市5.1个百分点；社会消费品零售总额1214亿元，增长14.2%，高于全市4.6个百分点。');
    const figures = analyzeReport(text, { fileName: '龙华区-2022.txt' }).indicators;
    expect(figure(figures, '2828亿元')).toMatchObject({ status: 'actual', period: '2021' });
    expect(figure(figures, '1373亿元')).toMatchObject({ status: 'actual', period: '2021' });
    expect(figure(figures, '10.1%')).toMatchObject({ status: 'actual', period: '2021' });
    expect(figure(figures, '1214亿元')).toMatchObject({ status: 'actual', period: '2021' });
  });

  it('宝安区 2022 (outside): …超出过去3年增量总和；规上工业总产值从7394亿元跃升到9027亿元 is 2020 → 2021', () => {
    const text = review('一、过去一年工作回顾', '　　（二）经济发展实现历史性跨越。经济总量实现“三大跃升”：GDP从3847亿元跃升到4422亿元，增加575亿元、超出过去3年增量总和；规上工业总产值从7394亿元跃升到9027亿元，一年增加1633亿元、接近“十三五”五年增量总和；规上工业增加值从1677亿元跃升到2005亿元，占全市比重高达21.1%。');
    const figures = analyzeReport(text, { fileName: '宝安区-2022.txt' }).indicators;
    expect(figure(figures, '7394亿元')).toMatchObject({ status: 'actual', period: '2020' });
    expect(figure(figures, '9027亿元')).toMatchObject({ status: 'actual', period: '2021' });
    expect(figure(figures, '1633亿元')).toMatchObject({ status: 'actual', period: '2021' });
    expect(figure(figures, '1677亿元')).toMatchObject({ status: 'actual', period: '2020' });
    expect(figure(figures, '21.1%')).toMatchObject({ status: 'actual', period: '2021' });
  });

  it('a time that opens its ；-clause still holds past the ； (2011年，…；…): only one said after a figure is closed', () => {
    const text = review('一、过去一年工作回顾', '　　2021年，全区地区生产总值增长6%；一般公共预算收入120亿元，增长8%。');
    const figures = analyzeReport(text, { fileName: '某区-2022.txt' }).indicators;
    expect(figure(figures, '120亿元')).toMatchObject({ status: 'actual', period: '2021' });
  });

  it('national 1957 (dev): …接近了第一个五年計划最后一年的指标；粮食…的产量为三千六百五十亿斤 is 1956, the year the sentence opens with', () => {
    const figures = analyzeReport(corpus('1957.txt'), { fileName: 'national/1957.txt' }).indicators;
    const grain = figures.filter((f) => f.range.start.line === 29);
    expect(grain.find((f) => f.text === '三千六百五十亿斤')).toMatchObject({ status: 'actual', period: '1956' });
    expect(grain.find((f) => f.text === '一百五十四亿斤')).toMatchObject({ status: 'actual', period: '1956' });
  });
});

describe('用N年时间 with N in digits is a goal over the next N years, as 用三年时间 is', () => {
  it('福田区 2014 (outside): 拟用3年时间分批分期实施辖区168个老住宅区45269户居民管道燃气改造 is 2014-2016', () => {
    const text = '各位代表：\n　　现在，我代表区人民政府，向大会报告政府工作，请予审议。\n　　二、2014年工作安排\n　　启动福田区老住宅区管道燃气改造工作。拟用3年时间分批分期实施辖区168个老住宅区45269户居民管道燃气改造，2014年先期启动梅林街道梅兴苑、红梅苑等7个小区。\n';
    const figures = analyzeReport(text, { fileName: '福田区-2014.txt' }).indicators;
    expect(figure(figures, '168个')).toMatchObject({ status: 'target', period: '2014-2016' });
    expect(figure(figures, '45269户')).toMatchObject({ status: 'target', period: '2014-2016' });
  });
});

describe('a multiple of the level N years back (是五年前的1.9倍) runs over the years since, as 为1982年的3.4倍 does', () => {
  const review = (year: number, body: string): string => '各位代表：\n　　现在，我代表市人民政府，向大会报告政府工作，请予审议。\n　　一、过去五年工作回顾\n' + body + '\n　　二、' + String(year) + '年工作安排\n　　今年要继续努力。\n';

  it('宝安区 2016-2 (outside): 一般预算收入187亿元，是五年前的3倍 is 2011-2015, not 2010', () => {
    const figures = analyzeReport(review(2016, '　　经济综合实力大幅提升。“十二五”期末，两税总额470亿元，年均增长14.8%；一般预算收入187亿元，是五年前的3倍。'), { fileName: '宝安区-2016.txt' }).indicators;
    expect(figure(figures, '3倍')).toMatchObject({ status: 'actual', period: '2011-2015' });
  });

  it('深圳市 2015 (outside): 全社会研发投入达到643亿元，是五年前的2.3倍 is 2010-2014', () => {
    const figures = analyzeReport(review(2015, '　　发展的“技术含量”显著提升。全社会研发投入达到643亿元，是五年前的2.3倍，占GDP的4.02%。'), { fileName: '深圳市-2015.txt' }).indicators;
    expect(figure(figures, '2.3倍')).toMatchObject({ status: 'actual', period: '2010-2014' });
  });
});

describe('十年来 in a record (创下…十年来的新高) does not date the figures after it, as 近N年 in a record does not', () => {
  it('龙华区 2022 (outside): 增速不仅创下龙华十年来的新高，而且还高于全市3.5个百分点，拉动全市经济增长0.9个百分点 is 2021', () => {
    const text = '各位代表：\n　　现在，我代表区人民政府，向大会报告政府工作，请予审议。\n　　一、2021年以来工作回顾\n　　主要经济指标位于全市前列。地区生产总值2828亿元，增长10.2%，增速不仅创下龙华十年来的新高，而且还高于全市3.5个百分点，拉动全市经济增长0.9个百分点。\n';
    const figures = analyzeReport(text, { fileName: '龙华区-2022.txt' }).indicators;
    expect(figure(figures, '3.5个百分点')).toMatchObject({ status: 'actual', period: '2021' });
    expect(figure(figures, '0.9个百分点')).toMatchObject({ status: 'actual', period: '2021' });
  });
});
