import type { Indicator, Reference, ReportMeta } from '../types';

/**
 * This year's targets ↔ the same indicator's actual in the review (地区生产总值 “6%以上” for 2021 ↔ the 2020
 * growth), both ways. The actual chosen is the one closest before the target's period, same kind where possible.
 */
export function findTargetActualPairs(indicators: readonly Indicator[], meta: ReportMeta): Reference[] {
  const groups = new Map<string, Indicator[]>();
  for (const ind of indicators) {
    if (!ind.groupKey) continue;
    const list = groups.get(ind.groupKey) ?? [];
    list.push(ind);
    groups.set(ind.groupKey, list);
  }
  const out: Reference[] = [];
  for (const [key, list] of groups) {
    const targets = list.filter((i) => i.status === 'target');
    const actuals = list.filter((i) => i.status === 'actual');
    if (targets.length === 0 || actuals.length === 0) continue;
    const reverseDone = new Set<Indicator>();
    for (const t of targets) {
      const actual = bestActual(t, actuals, meta);
      if (!actual) continue;
      out.push({ kind: 'indicator', from: { range: t.range, text: t.text }, to: { range: actual.range, text: actual.text }, key: `indicator:${key}` });
      if (!reverseDone.has(actual)) {
        reverseDone.add(actual);
        out.push({ kind: 'indicator', from: { range: actual.range, text: actual.text }, to: { range: t.range, text: t.text }, key: `indicator:${key}` });
      }
    }
  }
  return out;
}

function bestActual(target: Indicator, actuals: readonly Indicator[], meta: ReportMeta): Indicator | undefined {
  const targetEnd = endYear(target.period) ?? meta.year ?? Number.POSITIVE_INFINITY;
  const score = (a: Indicator): number => {
    const end = endYear(a.period) ?? targetEnd - 1;
    const gap = end < targetEnd ? targetEnd - end : 100 + end - targetEnd;
    const sameKind = a.kind === target.kind ? 0 : 10;
    const sameUnit = a.unit === target.unit ? 0 : 50;
    // 净增 3000家 (target) answers 净增 2720家, not the 9772家 total: the same measure wins a tie.
    const sameMeasure = a.measure === target.measure || (isIncrement(a) === isIncrement(target)) ? 0 : 3;
    // On a tie the single year (2020) beats the five-year span ending that year (2016-2020).
    const span = a.period && /-/.test(a.period) ? 0.5 : 0;
    return gap + sameKind + sameUnit + sameMeasure + span;
  };
  let best: Indicator | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const a of actuals) {
    const s = score(a);
    if (s < bestScore) {
      best = a;
      bestScore = s;
    }
  }
  return bestScore < 50 ? best : undefined;
}

function isIncrement(i: Indicator): boolean {
  return /新增|净增|增加|新建|建成/.test(`${i.measure ?? ''}${i.name ?? ''}`);
}

function endYear(period: string | null): number | null {
  if (!period) return null;
  const m = /(\d{4})$/.exec(period);
  return m ? Number(m[1]) : null;
}
