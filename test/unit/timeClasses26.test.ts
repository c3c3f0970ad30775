import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { figureByText as figure } from '../support/figures';

/**
 * Period classes of session 32 (period34), each checked on outside free texts (zizhengLLM source), quoted as written.
 */
describe('a place that 现有 the things counted is how things stand as the report is given, even in a plan\'s part', () => {
  // 现有的86个 (national 1993) and 新区现有22个 (坪山新区 2014, outside) were read as now; with the thing counted between 现有
  // and the count, the plan's part around it made the count a goal of the plan's five years.
  const plan = (body: string): string => '2016年宝安区政府工作报告\n同志们：\n过去五年工作回顾\n　　五年来，全区地区生产总值年均增长8%。\n' +
    '未来五年工作\n　　今后五年区政府工作的总体目标是：到2020年，全面完成各项任务。\n' + body + '\n';

  it('全区现有超10亿企业111家 (宝安 2016-2, outside): actual, the report\'s year; the plan\'s goal after it stays a goal', () => {
    const figures = analyzeReport(plan('　　做大做强支撑型大企业，发挥龙头引领作用。精准扶持大中企业。全区现有超10亿企业111家，超50亿企业14家，超百亿企业5家，这些企业是我区经济的重要支柱。必须针对企业需求，加大力度，一企一策、贴身服务，力争五年新增超20亿企业100家。')).indicators;
    expect(figure(figures, '111家')).toMatchObject({ status: 'actual', period: '2016' });
    expect(figure(figures, '100家')).toMatchObject({ status: 'target', period: '2016-2020' });
  });

  it('全区现有在库统计企业7.69万家 (宝安 2016-2, outside): actual, the report\'s year', () => {
    const figures = analyzeReport(plan('　　做精做优中小企业，激发内生动力。实施“四上”企业倍增计划。全区现有在库统计企业7.69万家，“四上”企业仅占4.2%。')).indicators;
    expect(figure(figures, '7.69万家')).toMatchObject({ status: 'actual', period: '2016' });
  });

  it('not past a 的: 占全国现有十二亿亩粮食耕地的百分之二十四 (national 1960, outside) is the year reviewed, not the report\'s', () => {
    const text = '各位代表：\n　　全国农业发展纲要要求：从一九五六年开始，在十二年内，粮食每亩平均年产量，在三种不同的地区，分别达到四百斤、五百斤和八百斤。这是四十条纲要的中心。一九五九年，达到和超过纲要这个规定的，已经有五百零四个县（包括相当于县的旗、市和大市辖的区，下同），占全国一千七百八十六个县的百分之二十八；已经有二亿八千六百七十七万亩粮食耕地，占全国现有十二亿亩粮食耕地的百分之二十四。\n';
    const figures = analyzeReport(text, { fileName: 'national/1960.txt' }).indicators;
    expect(figure(figures, '百分之二十四')).toMatchObject({ status: 'actual', period: '1959' });
  });
});
