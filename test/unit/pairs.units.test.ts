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
    expect(counterpartFigure(model.pairs, money)?.text).not.toBe('24800个');
  });

  it('still pairs a count with a count in another classifier (安徽 2026, dev: 技改项目1200项 ↔ 技改项目1213个)', () => {
    const text = [
      '2026年安徽省政府工作报告',
      '一、2025年工作回顾',
      '出台重点产业提质升级系列举措，推进企业数字化转型、工业互联网发展，实施亿元以上重点技改项目1213个，创建国家级中小企业数字化转型试点城市。',
      '二、2026年重点工作',
      '深入推进以“智改数转网联绿色”为特征的新型技术改造工程，实施亿元以上技改项目1200项以上，新培育智能工厂。',
    ].join('\n');
    const anhui = analyzeReport(text);
    const target = figure(anhui, '1200项');
    expect(target.status).toBe('target');
    expect(pairedWith(anhui, target).map((a) => a.text)).toEqual(['1213个']);
    expect(counterpartFigure(anhui.pairs, target)?.text).toBe('1213个');
  });

  // 项目 alone says what kind of thing is counted, not which: the 577 projects named in the plan are not last year's
  // 24800 projects begun. The card refused the pair (a user trial: 福建 2026's 项目50个 ↔ 19个); the links now do too.
  it('never pairs a target named by a bare generic noun (577个项目 ↮ 新开工项目24800个), on the card and in the links alike', () => {
    const target = figure(model, '577个');
    expect(target.status).toBe('target');
    expect(pairedWith(model, target)).toEqual([]);
    expect(counterpartFigure(model.pairs, target)).toBeUndefined();
  });
});
