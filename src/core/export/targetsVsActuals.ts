/**
 * Targets set against actuals of the same indicator within one report: this year's 地区生产总值 target
 * (增长6%以上, 2021) beside what was achieved (迈上2万亿元, the level the review ends on). The rows are the model's own
 * pairs (model.pairs: references/targets.ts pairTargetsAndActuals), which the cross-reference links in the editor and
 * the hover card read too, so the table never disagrees with them.
 */
import type { Indicator, ReportModel } from '../types';
import { compareRanges } from '../positions';

export interface TargetActualPair {
  /** The indicator's name as the target states it (the actual's when the target has none). */
  readonly name: string;
  readonly target: Indicator;
  readonly actual: Indicator;
}

/**
 * Every target of the report that has a pair, with the actual the core pairs it with (the closest period before the
 * target's, same unit and kind preferred, never an average or total over a span; or the level the target's own
 * sentence starts from, as its card shows). One row per target, in document order.
 */
export function pairTargetsWithActuals(model: Pick<ReportModel, 'pairs'>): TargetActualPair[] {
  const rows: TargetActualPair[] = [];
  const seen = new Set<Indicator>();
  for (const { target, actual } of model.pairs) {
    if (seen.has(target)) continue;
    seen.add(target);
    rows.push({ name: target.name ?? actual.name ?? '', target, actual });
  }
  return rows.sort((a, b) => compareRanges(a.target.range, b.target.range));
}

/** The grouping key the core gives mentions of one indicator (lexicon id or normalised name), else the name. */
export function pairKey(indicator: Pick<Indicator, 'groupKey' | 'name'>): string | null {
  if (indicator.groupKey) return indicator.groupKey;
  const name = compactName(indicator);
  return name ? `name:${name}` : null;
}

/** The indicator's name without white space (a name split over a line break is one name), or undefined/null. */
export function compactName(indicator: Pick<Indicator, 'name'>): string | null | undefined {
  return indicator.name?.replace(/\s+/gu, '');
}

