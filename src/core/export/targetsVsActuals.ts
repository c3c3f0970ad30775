/**
 * Targets set against actuals of the same indicator within one report: this year's 地区生产总值 target
 * (增长6%以上, 2021) beside what was achieved (年均增长6.1%, 2016-2020).
 */
import type { Indicator } from '../types';

export interface TargetActualPair {
  /** The indicator's name as the target states it (the actual's when the target has none). */
  readonly name: string;
  readonly target: Indicator;
  readonly actual: Indicator;
}

/**
 * For every target whose indicator also has an actual in the report (same groupKey, else same name), the actual
 * that compares best: same kind and unit (a growth rate with a growth rate), else same kind, else same unit, else
 * any but a rank or other kind; among those the most recent period that does not end after the target's, and the last mentioned on a tie.
 * One row per target, in document order; figures without a name or key are never paired.
 */
export function pairTargetsWithActuals(indicators: readonly Indicator[]): TargetActualPair[] {
  const actuals = new Map<string, Indicator[]>();
  for (const indicator of indicators) {
    if (indicator.status !== 'actual') continue;
    const key = pairKey(indicator);
    if (key === null) continue;
    const list = actuals.get(key);
    if (list) list.push(indicator);
    else actuals.set(key, [indicator]);
  }
  const pairs: TargetActualPair[] = [];
  for (const target of indicators) {
    if (target.status !== 'target') continue;
    const key = pairKey(target);
    const candidates = key === null ? undefined : actuals.get(key);
    if (!candidates) continue;
    const actual = bestActual(target, candidates);
    if (!actual) continue;
    pairs.push({ name: target.name ?? actual.name ?? key ?? '', target, actual });
  }
  return pairs.sort((a, b) => a.target.range.start.line - b.target.range.start.line || a.target.range.start.character - b.target.range.start.character);
}

/** The grouping key the core gives mentions of one indicator (lexicon id or normalised name), else the name. */
export function pairKey(indicator: Pick<Indicator, 'groupKey' | 'name'>): string | null {
  if (indicator.groupKey) return indicator.groupKey;
  const name = indicator.name?.replace(/\s+/gu, '');
  return name ? `name:${name}` : null;
}

const INCOMPARABLE: ReadonlySet<Indicator['kind']> = new Set(['rank', 'other']);

function bestActual(target: Indicator, actuals: readonly Indicator[]): Indicator | undefined {
  const targetEnd = periodEnd(target.period);
  let best: Indicator | undefined;
  let bestScore: readonly number[] = [];
  for (const actual of actuals) {
    // A rank (全国第四) or a streak (连续三年) says nothing against a growth rate or an amount.
    if (actual.kind !== target.kind && INCOMPARABLE.has(actual.kind)) continue;
    const end = periodEnd(actual.period);
    const score = [
      (actual.kind === target.kind ? 2 : 0) + (actual.unit === target.unit ? 1 : 0),
      // Periods after the target's are not a baseline; unknown periods rank last.
      end === null ? -1 : targetEnd !== null && end > targetEnd ? -0.5 : 1,
      end ?? -Infinity,
    ];
    if (!best || greaterOrEqual(score, bestScore)) {
      best = actual;
      bestScore = score;
    }
  }
  return best;
}

/** Lexicographic ≥, so that among equals the later actual in document order wins. */
function greaterOrEqual(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

/** The last year of "2016-2020" or "2021"; null when the period is unknown or unreadable. */
function periodEnd(period: string | null): number | null {
  if (!period) return null;
  const years = period.match(/\d{4}/gu);
  const last = years?.[years.length - 1];
  return last === undefined ? null : Number(last);
}
