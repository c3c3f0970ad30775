/**
 * A target its own group leaves alone is paired by name with last year's figure whose name opens with what the target
 * counts and goes on past it: the binder read the words after the subject into the actual's name (references/
 * targets.ts withTail). The class was read on 黑龙江 2025 (outside the corpus, links31): 粮食总产量再上新台阶，突破1600亿斤
 * ↔ 粮食产量1600亿斤以上; 1000个省级重点产业项目提速提质 ↔ 实施1000个重点产业项目.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { ReportModel } from '../../src/core';
import { counterpartFigure } from '../../src/core/indicators/counterpart';
import { readCorpus } from '../support/corpus';
import { figureIn } from '../support/figures';

function judgedBy(model: ReportModel, targetText: string): string | undefined {
  const target = figureIn(model, targetText);
  expect(target.status).toBe('target');
  return counterpartFigure(model.pairs, target)?.text;
}

describe('an actual named with words after what it counts', () => {
  it('河北 2010: 解决292万人饮水安全 is judged by 解决了378万农村人口的饮水安全问题 (named 解决饮水安全问题农村人口)', () => {
    const model = analyzeReport(readCorpus('local/hebei-2010.txt'));
    const actual = figureIn(model, '378万');
    expect(actual.name).toBe('解决饮水安全问题农村人口');
    expect(judgedBy(model, '292万人')).toBe('378万');
  });

  it('a figure of another size judges nothing: 1600亿斤 is no sequel of a target of 700亿斤', () => {
    const report = [
      '2026年政府工作报告',
      '一、2025年工作回顾',
      '全省粮食总产量再上新台阶，达到1600亿斤。',
      '二、2026年工作安排',
      '粮食产量稳定在700亿斤以上。',
    ].join('\n');
    const model = analyzeReport(report);
    expect(judgedBy(model, '700亿斤')).toBeUndefined();
    expect(figureIn(model, '1600亿斤').name).toBe('粮食总产量再上新台阶');
  });
});
