/**
 * A five-year review's amount of change (居民人均可支配收入五年增长近万元) is how much was added over the span, not the
 * level it ended at: it never stands for last year's actual beside this year's target (an eleventh trial saw the income
 * growth target's card say “↔ 2021-2025 actual: 增长 近万元”), while a level said reached (地区生产总值达到5002.5亿元)
 * still does.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { Indicator, ReportModel } from '../../src/core';
import { spanEndYear } from '../../src/core/indicators/spanEnd';
import { figureIn as figure } from '../support/figures';

// 保定市 2026 (outside the corpus): a sentence of the five-year review and the year's main targets, quoted exactly.
const BAODING_2026 = [
  '标题：2026年保定市政府工作报告',
  '“十四五”时期经济社会发展回顾',
  '实施民生实事112项，以一个个“小切口”，撬动民生服务“大提升”；居民人均可支配收入五年增长近万元、年均增速6.5%，群众生活更有品质、更有温度。让我们信心倍增的是，地区生产总值达到5002.5亿元，五年连续突破两个千亿大关，时隔21年重返全省第三。',
  '2026年工作安排',
  '主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长2%左右，规上工业增加值增长6.5%以上，固定资产投资增长6%左右，社会消费品零售总额增长5%左右，居民人均可支配收入增长6%左右，居民消费价格指数涨幅控制在2%左右。',
].join('\n');

const pairedWith = (model: ReportModel, from: Indicator): string[] =>
  model.references
    .filter((r) => r.kind === 'indicator' && r.from.range.start.line === from.range.start.line && r.from.range.start.character === from.range.start.character)
    .map((r) => model.indicators.find((i) => i.range.start.line === r.to.range.start.line && i.range.start.character === r.to.range.start.character)!.text);

describe('a review’s amount of change over five years', () => {
  const model = analyzeReport(BAODING_2026);
  const increase = figure(model, '万元');

  it('is dated over the span and stands for no single year', () => {
    expect(increase).toMatchObject({ status: 'actual', period: '2021-2025' });
    expect(spanEndYear(increase)).toBeNull();
  });

  it('never judges this year’s growth target; a level said reached still stands beside one', () => {
    const incomeTarget = model.indicators.filter((i) => i.text === '6%' && i.name?.includes('居民人均可支配收入'));
    expect(incomeTarget).toHaveLength(1);
    expect(pairedWith(model, incomeTarget[0]!)).not.toContain('万元');
    const level = figure(model, '5002.5亿元');
    expect(spanEndYear(level)).toBe(2025);
  });
});
