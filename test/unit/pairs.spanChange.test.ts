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

// 内蒙古 2026 (outside the corpus), quoted exactly: an average over the span said in the name, not the measure.
const NEIMENGGU_2026 = [
  '2026年内蒙古自治区政府工作报告',
  '“十四五”时期发展成就和2025年工作回顾',
  '——这五年服务国家大局能力不断增强。年均煤炭产量保持在12亿吨以上，累计为29个省份保供煤炭超35亿吨、居全国首位。',
  '二、2026年工作安排',
  '一要做好煤炭保供和转化文章。建强国家煤炭供应保障基地，煤炭产量稳定在12.5亿吨以上，坚决完成国家保供煤任务。',
].join('\n');

describe('an average over five years said in the name (年均煤炭产量)', () => {
  const model = analyzeReport(NEIMENGGU_2026);
  const average = figure(model, '12亿吨');
  const target = figure(model, '12.5亿吨');

  it('stands for no single year, and judges no target of the year', () => {
    expect(average).toMatchObject({ status: 'actual', period: '2021-2025' });
    expect(target.status).toBe('target');
    expect(spanEndYear(average)).toBeNull();
    expect(pairedWith(model, target)).toEqual([]);
  });
});
