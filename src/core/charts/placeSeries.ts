/**
 * Which indicators of one place have a series across its years: the one rule that chart (a) (an indicator across
 * the years of a place) and the table of `govreport series` share, so that an indicator that has a chart has a row
 * there, and the other way round. An indicator (grouping key and unit, as the index keys figures) has a series when
 * its yearly figures appear in two or more of the place's reports and the series itself (crossReportSeries) draws on
 * two or more reports: a target and an actual read from the same report are one report, not a series.
 */
import { crossReportSeries } from '../workspace/series';
import type { IndexedReport, SeriesRow } from '../workspace/series';
import { yearOf } from './figures';
import { unitKey } from '../workspace/unitKey';

/** One indicator's series across the years of a place. */
export interface PlaceIndicatorSeries {
  readonly groupKey: string;
  readonly unit: string | null;
  /** One row per year with an actual or a target (crossReportSeries), years ascending. */
  readonly rows: readonly SeriesRow[];
}

const SEP = '\u0000';

/**
 * Every indicator of a place that has a series, in the order the reports first give it. `placeReports` are the
 * reports of one place (one per year, as samePlace or a folder index gives them).
 */
export function seriesOfPlace(placeReports: readonly IndexedReport[]): PlaceIndicatorSeries[] {
  if (placeReports.length < 2) return [];
  const out: PlaceIndicatorSeries[] = [];
  for (const { groupKey, unit } of keysInTwoReports(placeReports)) {
    const rows = indicatorSeries(placeReports, groupKey, unit);
    if (rows) out.push({ groupKey, unit, rows });
  }
  return out;
}

/** The rows of one indicator's series across a place's reports, or null when it has no series by the rule above. */
export function indicatorSeries(placeReports: readonly IndexedReport[], groupKey: string, unit: string | null): SeriesRow[] | null {
  const meta = placeReports[0]?.meta;
  if (!meta || placeReports.length < 2) return null;
  // A year can come back with neither (a figure of that year that is a target set by another year's report).
  const rows = crossReportSeries(placeReports, meta, groupKey, unit);
  const cited = new Set(rows.flatMap((r) => [r.actual?.uri, r.target?.uri]).filter((uri) => uri !== undefined));
  return cited.size >= 2 ? rows : null;
}

/** The keys (groupKey and unit) with a yearly figure in two or more of the reports. */
function keysInTwoReports(reports: readonly IndexedReport[]): Array<{ groupKey: string; unit: string | null }> {
  const seen = new Map<string, { groupKey: string; unit: string | null; uris: Set<string> }>();
  for (const report of reports) {
    for (const ind of report.indicators) {
      if (!ind.groupKey || yearOf(ind.period) === null) continue;
      const id = `${ind.groupKey}${SEP}${unitKey(ind.unit) ?? ''}`;
      const found = seen.get(id) ?? { groupKey: ind.groupKey, unit: unitKey(ind.unit), uris: new Set<string>() };
      found.uris.add(report.uri);
      seen.set(id, found);
    }
  }
  return [...seen.values()].filter((k) => k.uris.size >= 2);
}
