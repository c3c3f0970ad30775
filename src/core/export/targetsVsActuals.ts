/**
 * Targets set against actuals of the same indicator within one report: this year's 地区生产总值 target
 * (增长6%以上, 2021) beside what was achieved (迈上2万亿元, the level the review ends on). The pairing is the core's own
 * target ↔ actual rule (references/targets.ts), so the table agrees with the cross-reference links in the editor.
 */
import { findTargetActualPairs } from '../references/targets';
import type { Indicator, ReportMeta } from '../types';
import { compareRanges, rangeKey } from '../positions';

export interface TargetActualPair {
  /** The indicator's name as the target states it (the actual's when the target has none). */
  readonly name: string;
  readonly target: Indicator;
  readonly actual: Indicator;
}

const NO_META: ReportMeta = { title: null, place: null, year: null, date: null, meeting: null, speaker: null };

/**
 * For every target whose indicator also has an actual in the report — same groupKey, else same name — the actual
 * the core links it to (the closest period before the target's, same unit and kind preferred, never an average or total over a span).
 * One row per target, in document order; figures with neither key nor name are never paired.
 */
export function pairTargetsWithActuals(indicators: readonly Indicator[], meta: ReportMeta = NO_META): TargetActualPair[] {
  // Figures without a groupKey but with a name are keyed by the name, so that they can pair too.
  const keyed: Indicator[] = [];
  const original = new Map<Indicator, Indicator>();
  const byRange = new Map<string, Indicator>();
  for (const indicator of indicators) {
    const key = pairKey(indicator);
    if (key === null) continue;
    const withKey = indicator.groupKey === key ? indicator : { ...indicator, groupKey: key };
    keyed.push(withKey);
    original.set(withKey, indicator);
    byRange.set(rangeKey(indicator.range), indicator);
  }
  const pairs: TargetActualPair[] = [];
  const paired = new Set<Indicator>();
  for (const reference of findTargetActualPairs(keyed, meta)) {
    const target = byRange.get(rangeKey(reference.from.range));
    const actual = byRange.get(rangeKey(reference.to.range));
    if (!target || !actual || target.status !== 'target' || actual.status !== 'actual' || paired.has(target)) continue;
    paired.add(target);
    pairs.push({ name: target.name ?? actual.name ?? '', target: original.get(target) ?? target, actual: original.get(actual) ?? actual });
  }
  return pairs.sort((a, b) => compareRanges(a.target.range, b.target.range));
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

