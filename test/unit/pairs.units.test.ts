/**
 * A target and last year's actual of one indicator in units of different dimensions never judge each other (a user
 * trial saw 户 and 平方米 beside 元): counts in any classifier, a rate beside a level, or units that convert do.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { Indicator, ReportModel } from '../../src/core';
import { counterpartFigure } from '../../src/core/indicators/counterpart';
import { figureIn as figure } from '../support/figures';

// 河北 2010 (dev): the review's count of projects begun, and the year's investment target, quoted exactly.
const HEBEI_2010 = [
  '标题：河北省2010年政府工作报告',
  '一、2009年工作回顾',
  '新开工项目24800个，同比增加7646个，其中亿元以上项目增加904个。',
  '三、2010年主要任务',
  '开工一批，力争天威特高压输变电设备、曹妃甸码头二期工程、邯黄铁路等577个项目开工建设，年内完成投资1000亿元。',
].join('\n');

const pairedWith = (model: ReportModel, from: Indicator): Indicator[] =>
  model.references
    .filter((r) => r.kind === 'indicator' && r.from.range.start.line === from.range.start.line && r.from.range.start.character === from.range.start.character)
    .map((r) => model.indicators.find((i) => i.range.start.line === r.to.range.start.line && i.range.start.character === r.to.range.start.character)!);

describe('target ↔ actual across units', () => {
  const model = analyzeReport(HEBEI_2010);

  it('never sets an amount of money beside a count (项目 1000亿元 ↔ 新开工项目24800个)', () => {
    const money = figure(model, '1000亿元');
    expect([money.status, money.unit]).toEqual(['target', '元']);
    expect(pairedWith(model, money).map((a) => a.text)).not.toContain('24800个');
    expect(counterpartFigure(model.indicators, model.meta, money)?.text).not.toBe('24800个');
  });

  it('still pairs a count with a count (577个项目 ↔ 新开工项目24800个); a growth target beside a level is targetsTable.test.ts’s', () => {
    expect(pairedWith(model, figure(model, '577个')).map((a) => a.text)).toContain('24800个');
  });
});
