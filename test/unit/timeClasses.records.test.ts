import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { figureByText as figure } from '../support/figures';

/**
 * A record said of a year's figure (创近5年新高, 为近三年来最大降幅, 降至近十年最低) compares the year with the years
 * before it: it sets no span, neither for the figure nor for the clauses after it. A real-editor trial (session 26)
 * saw 湖南 2025's headline revenue, retail and industry growths dated 2020-2024 after the grain record before them.
 */
describe('a record over recent years is not a span', () => {
  it('粮食总产达615.6亿斤、创近5年新高；地方一般公共预算收入增长2.6% (湖南 2025, outside, verbatim): every figure is 2024', () => {
    const f = analyzeReport(
      '2025年湖南省政府工作报告\n\n一、2024年工作回顾\n\n' +
        '　　——经济发展贡献新担当。顶住经济下行压力，克服二季度增速回落影响，实现三季度增长4.6%、追平全国，四季度增长5.6%、高于全国0.2个百分点，全年增长4.8%、总量达5.3万亿元；耕地保护和粮食安全责任制考核居全国优秀，粮食总产达615.6亿斤、创近5年新高；地方一般公共预算收入增长2.6%、高于全国1.3个百分点，社会消费品零售总额增长5.4%、高于全国1.9个百分点，规模工业增加值增长7.3%、高于全国1.5个百分点。\n',
    ).indicators;
    for (const t of ['615.6亿斤', '2.6%', '5.4%', '7.3%']) expect(figure(f, t)).toMatchObject({ status: 'actual', period: '2024' });
  });

  it('分别下降16%和36%，为近三年来最大降幅 (zhejiang 2026, dev; the clause after the record is added): 2025', () => {
    const f = analyzeReport(
      '2026年浙江省政府工作报告\n\n一、2025年工作回顾\n\n' +
        '全省刑事立案数下降11.2%。电信网络诈骗案件受理数、案损数分别下降16%和36%，为近三年来最大降幅，生产安全事故起数下降12.5%。\n',
    ).indicators;
    for (const t of ['16%', '36%', '12.5%']) expect(figure(f, t)).toMatchObject({ status: 'actual', period: '2025' });
  });

  it('a span counted back is still one where no record follows: 近三年累计新增就业150万人 (a review): the last three years', () => {
    const f = analyzeReport('2025年政府工作报告\n\n一、2024年工作回顾\n\n近三年累计新增城镇就业150万人。\n').indicators;
    expect(figure(f, '150万人')).toMatchObject({ status: 'actual', period: '2022-2024' });
  });
});
