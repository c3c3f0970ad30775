import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { figureByText as figure } from '../support/figures';

/**
 * Period classes of session 31 (period33), each checked on outside free texts (zizhengLLM source), quoted as written.
 */
describe('a figure after 突破/超过 in a five-year plan\'s goals is a level to reach by the plan\'s end', () => {
  // 突破/超过 right before the figure is read as its qualifier, so the figure has no measure; a count with no measure in a
  // plan's goals was read as work added up over the plan (城镇棚户区住房改造2000万套). The threshold verb says a level.
  const plan = (body: string): string => '2021年坪山区政府工作报告\n各位代表：\n　　一、过去五年工作回顾\n　　五年来，全区地区生产总值年均增长8%。\n' +
    '　　二、未来五年奋斗目标和主要任务\n　　未来五年，我们要努力做好以下八方面工作：\n　　（一）加快打造先进制造业集群，推动经济高质量发展\n' + body + '\n';

  it('行业产值突破400亿元、企业数量突破1500家 (坪山 2021-2, outside): both 2025', () => {
    const figures = analyzeReport(plan('　　做大生物医药产业，打造大湾区生物医药产业核心引擎，形成“医教研产”全流程生物医药产业链，行业产值突破400亿元、企业数量突破1500家。')).indicators;
    expect(figure(figures, '400亿元')?.period).toBe('2025');
    expect(figure(figures, '1500家')?.period).toBe('2025');
  });

  it('国家高新技术企业突破800家 after 引进…企业10家以上 (罗湖 2021-2, outside): the level 2025, the count brought in the span', () => {
    const figures = analyzeReport(plan('　　培育壮大创新主体。创新载体达到150个以上，每万人发明专利拥有量达到40件。引进营收10亿元以上重点科技创新型企业10家以上，国家高新技术企业突破800家。')).indicators;
    expect(figure(figures, '800家')?.period).toBe('2025');
    expect(figure(figures, '150个')?.period).toBe('2025');
    expect(figure(figures, '10家')?.period).toBe('2021-2025');
  });

  it('全社会研发支出占GDP比重超过5% (宝安 2021-2, outside): a share to reach, though the name holds 支出', () => {
    const figures = analyzeReport(plan('　　智创高地引擎功能更加强劲。GDP达到6000亿元以上，工业总产值突破10000亿元，数字经济核心产业增加值占GDP比重超过25%，全社会研发支出占GDP比重超过5%。')).indicators;
    expect(figure(figures, '5%')?.period).toBe('2025');
    expect(figure(figures, '25%')?.period).toBe('2025');
  });
});
