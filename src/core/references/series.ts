import type { Indicator, ReportMeta } from '../types';

/** One report of the workspace as the cross-report index keeps it. */
export interface IndexedReport {
  readonly uri: string;
  readonly meta: ReportMeta;
  readonly indicators: readonly Indicator[];
}

export type Outcome = 'met' | 'missed' | 'not reported';

export interface SeriesRow {
  readonly year: number;
  /** The actual for that year, reported in the next year's report (or in that year's own report when it is a review). */
  readonly actual?: { readonly uri: string; readonly indicator: Indicator };
  /** The target set for that year in that year's report. */
  readonly target?: { readonly uri: string; readonly indicator: Indicator };
  readonly outcome: Outcome | null;
}

/** Reports of the same place, one per year (the first one wins when a place has two files for a year). */
export function samePlace(reports: readonly IndexedReport[], meta: ReportMeta): IndexedReport[] {
  if (!meta.place) return [];
  const byYear = new Map<number, IndexedReport>();
  for (const r of reports) {
    if (r.meta.place !== meta.place || r.meta.year === null || byYear.has(r.meta.year)) continue;
    byYear.set(r.meta.year, r);
  }
  return [...byYear.values()];
}

/**
 * The indicator's values and targets across the reports of the same place, one row per year: the target a report
 * sets for its own year, the actual the next report gives for it, and whether the target was met.
 */
export function crossReportSeries(reports: readonly IndexedReport[], meta: ReportMeta, groupKey: string, unit: string | null): SeriesRow[] {
  const byYear = new Map<number, { actual?: SeriesRow['actual']; target?: SeriesRow['target'] }>();
  const place = samePlace(reports, meta);
  const reportYears = new Set(place.map((r) => r.meta.year));
  for (const r of place) {
    for (const ind of r.indicators) {
      if (ind.groupKey !== groupKey || ind.unit !== unit || !ind.period || !/^\d{4}$/.test(ind.period)) continue;
      const year = Number(ind.period);
      const row = byYear.get(year) ?? {};
      if (ind.status === 'target' && year === r.meta.year && !row.target) row.target = { uri: r.uri, indicator: ind };
      // An actual answers a target only when it measures the same thing the same way (growth vs growth).
      if (ind.status === 'actual' && !row.actual && (!row.target || row.target.indicator.kind === ind.kind)) row.actual = { uri: r.uri, indicator: ind };
      byYear.set(year, row);
    }
  }
  return [...byYear.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, row]) => {
      const actual = row.actual && row.target && row.actual.indicator.kind !== row.target.indicator.kind ? undefined : row.actual;
      // “Not reported” only when the report that would give the actual (next year's) is indexed; a gap in the
      // years is not the report's silence.
      const result = row.target ? (actual || reportYears.has(year + 1) ? outcome(row.target.indicator, actual?.indicator) : null) : null;
      return { year, ...(actual ? { actual } : {}), ...(row.target ? { target: row.target } : {}), outcome: result };
    });
}

/** Whether an actual meets a target, read through the target's qualifier (以上 / 以内 / 左右 …). */
export function outcome(target: Indicator, actual: Indicator | undefined): Outcome {
  if (!actual) return 'not reported';
  const t = target.value;
  const a = actual.value;
  switch (target.qualifier) {
    case '以内':
    case '以下':
      return a <= (target.valueMax ?? t) ? 'met' : 'missed';
    case '左右': {
      const tolerance = target.unit === '%' ? 0.5 : Math.abs(t) * 0.05;
      return Math.abs(a - t) <= tolerance || a >= t ? 'met' : 'missed';
    }
    default:
      return a >= t ? 'met' : 'missed';
  }
}
