/** Helpers of the target ↔ actual pairing tests: a report of one review line and one plan line, and a target's actual. */
import { expect } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { Indicator, ReportModel } from '../../src/core';
import { counterpartFigure } from '../../src/core/indicators/counterpart';

/** The text of the actual the plan's figure written `targetText` is judged by (the plan's figure, not the review's so written). */
export function judgedBy(model: ReportModel, targetText: string): string | undefined {
  const target = model.indicators.find((i) => i.text === targetText && i.status === 'target');
  expect(target, targetText).toBeDefined();
  return counterpartFigure(model.pairs, target as Indicator)?.text;
}

/** A report of `year`: a review part holding `review`, then this year's part holding `plan` (lines quoted from real text). */
export function reviewAndPlan(year: number, review: string, plan: string): ReportModel {
  return analyzeReport([`${year}年政府工作报告`, `一、${year - 1}年工作回顾`, review, `二、${year}年工作安排`, plan].join('\n'));
}
