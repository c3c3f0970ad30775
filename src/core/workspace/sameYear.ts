import type { IndexedReport } from './series';

/**
 * Whether `candidate` should stand for its place and year instead of `kept`, the report of that place and year met
 * first (in path order). The first one stays — a GBK original beside its UTF-8 copy is the same report — unless only
 * the candidate has figures: a copy too large to read figures from (a page holding the report many times) must not
 * blank out the year in every series, card and chart.
 */
export function replacesSameYear(kept: IndexedReport, candidate: IndexedReport): boolean {
  return kept.indicators.length === 0 && candidate.indicators.length > 0;
}

/** One report per year, by replacesSameYear: the reports in their order, with a year's replaced one swapped in place. */
export function onePerYear(reports: Iterable<IndexedReport>): Map<number, IndexedReport> {
  const byYear = new Map<number, IndexedReport>();
  for (const report of reports) {
    const year = report.meta.year;
    if (year === null) continue;
    const kept = byYear.get(year);
    if (!kept || replacesSameYear(kept, report)) byYear.set(year, report);
  }
  return byYear;
}
