/**
 * The name the reader gives a figure of one sentence, read as a report of one part would hold it: the sentences the
 * names tests quote (from dev corpus reports or outside text) are placed under a part whose heading sets the time
 * the rules read (last year's review, a five-year review, this year's work).
 */
import { analyzeReport } from '../../src/core';

/** The report's year and the heading of the one part the sentence stands in. */
export interface Frame {
  readonly year: number;
  readonly part: string;
}

/** Last year's review in a report of `year` (the default: a 2026 report's 2025 review). */
export const lastYearReview = (year = 2026): Frame => ({ year, part: `一、${year - 1}年工作回顾` });
/** The five-year review of a 2026 report. */
export const FIVE_YEAR_REVIEW: Frame = { year: 2026, part: '一、“十四五”时期工作回顾' };
/** This year's work in a report of `year`. */
export const thisYearWork = (year: number): Frame => ({ year, part: `二、${year}年政府工作任务` });

/** The names of the figures written `figures` in `line`, in that order; throws when one is not read as a figure. */
export function namesOf(line: string, figures: readonly string[], frame: Frame = lastYearReview()): Array<string | null> {
  const found = analyzeReport(`${frame.year}年政府工作报告\n${frame.part}\n${line}\n`).indicators;
  return figures.map((written) => {
    const hit = found.find((i) => i.text === written);
    if (!hit) throw new Error(`${written} not found as a figure`);
    return hit.name;
  });
}

/** The name of the figure written `written` in `line` (see namesOf). */
export function nameOf(line: string, written: string, frame: Frame = lastYearReview()): string | null {
  return namesOf(line, [written], frame)[0] ?? null;
}
