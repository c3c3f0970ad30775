import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { Indicator } from '../../src/core';
import { figureByText as figure } from '../support/figures';

/**
 * Period classes of session 20's periods round, found on unseen national years (aldohemsn/chinese-political-corpora)
 * and dev reports, each on a real sentence quoted exactly.
 */

describe('a plan named as where the target compared with was set does not date the figure', () => {
  // National 1958 (outside): the review of 1957 says how far 1957 went past the first plan's target for 1957.
  const report1958 = (): Indicator[] =>
    analyzeReport(
      '1958年政府工作报告\n\n各位代表：\n\n一、一九五七年国民经济计划的执行情况\n\n' +
        '　　一九五七年的工业总产值（不包括手工业产值，下同），包括原有企业和新建企业的在内，预计达到六百二十八亿一千万元（按一九五二年不变价格计算），超过年度计划百分之四点一，比上一年增长百分之六点九，超过第一个五年计划所规定的一九五七年的指标百分之十七点三。\n\n' +
        '　　根据预计数字，一九五三年到一九五七年五年基本建设总投资额累计完成四百八十七亿七千七百万元，超过第一个五年计划总投资额百分之十四点一。\n',
    ).indicators;

  it('超过第一个五年计划所规定的一九五七年的指标百分之十七点三: 1957, not the plan 1953-1957', () => {
    expect(figure(report1958(), '百分之十七点三')).toMatchObject({ status: 'actual', period: '1957' });
    expect(figure(report1958(), '百分之六点九')).toMatchObject({ status: 'actual', period: '1957' });
  });

  it('超过第一个五年计划总投资额百分之十四点一 is still the plan\'s: the five years\' total went past the plan\'s total', () => {
    expect(figure(report1958(), '百分之十四点一')).toMatchObject({ status: 'actual', period: '1953-1957' });
  });

  it('“十二五”确定的9项约束性指标 (no comparison before the plan) still counts the plan\'s own targets', () => {
    const f = analyzeReport(
      '2016年政府工作报告\n\n各位代表：\n\n一、“十二五”时期工作回顾\n\n' +
        '　　五年来，我们全面完成了“十二五”规划确定的目标任务。“十二五”确定的9项约束性指标全部完成。\n',
    ).indicators;
    expect(figure(f, '9项')?.period).toBe('2011-2015');
  });
});

describe('a change after a base year said earlier in the sentence spans the years after the base, as a growth does', () => {
  it('一九八一年国内财政收入比一九七八年减少一百多亿元，减少近百分之十 (national 1982, dev): both 1979-1981', () => {
    const f = analyzeReport(
      '1982年政府工作报告\n\n各位代表：\n\n一、经济调整取得重大进展\n\n' +
        '　　财政收入连年下降的趋势开始扭转，这是经济调整工作取得明显成效的综合反映。从一九七九年起，由于调整经济和解决长期以来特别是十年内乱遗留下来的大量问题，国家财政收入连续三年下降。一九八一年国内财政收入比一九七八年减少一百多亿元，减少近百分之十。\n',
    ).indicators;
    expect(figure(f, '一百多亿元')?.period).toBe('1979-1981');
    expect(figure(f, '百分之十')).toMatchObject({ status: 'actual', period: '1979-1981' });
  });
});
