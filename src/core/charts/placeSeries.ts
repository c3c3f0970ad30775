/**
 * Which indicators of one place have a series across its years: the one rule that chart (a) (an indicator across
 * the years of a place) and the table of `govreport series` share, so that an indicator that has a chart has a row
 * there, and the other way round. An indicator (grouping key and unit, as the index keys figures) has a series when
 * its yearly figures appear in two or more of the place's reports and the series itself (crossReportSeries) draws on
 * two or more reports: a target and an actual read from the same report are one report, not a series.
 */
import { additionsSeries, crossReportSeries, drawsOnTwoReports } from '../workspace/series';
import { keysInTwoReports } from '../workspace/seriesKeys';
import type { IndexedReport, SeriesRow } from '../workspace/series';

/** One indicator's series across the years of a place. */
export interface PlaceIndicatorSeries {
  readonly groupKey: string;
  readonly unit: string | null;
  /** One row per year with an actual or a target (crossReportSeries), years ascending. */
  readonly rows: readonly SeriesRow[];
  /** The row of a year's additions (新增70家), drawn apart from the stock the reports also give (达到1850家). */
  readonly additions?: true;
}

/**
 * Every indicator of a place that has a series, in the order the reports first give it. `placeReports` are the
 * reports of one place (one per year, as samePlace or a folder index gives them).
 */
export function seriesOfPlace(placeReports: readonly IndexedReport[]): PlaceIndicatorSeries[] {
  const meta = placeReports[0]?.meta;
  if (!meta || placeReports.length < 2) return [];
  const out: PlaceIndicatorSeries[] = [];
  for (const { groupKey, unit, addition } of keysInTwoReports(placeReports)) {
    const main = crossReportSeries(placeReports, meta, groupKey, unit);
    const rows = seriesOfTwoReports(main);
    if (rows) out.push({ groupKey, unit, rows });
    // A year's additions beside the stock are a series of their own, as `govreport series` lists them (“X（新增）”);
    // the main row computed above is the one additionsSeries compares with.
    const added = addition ? seriesOfTwoReports(additionsSeries(placeReports, meta, groupKey, unit, main)) : null;
    if (added) out.push({ groupKey, unit, rows: added, additions: true });
  }
  return out;
}

/**
 * The rows of one indicator's series across a place's reports, or null when it has no series by the rule above.
 * `additions`: the row of a year's additions, null when they are no row apart from the stock's (the reports give no
 * stock, so the main row is theirs already, or they give no additions).
 */
export function indicatorSeries(placeReports: readonly IndexedReport[], groupKey: string, unit: string | null, additions = false): SeriesRow[] | null {
  const meta = placeReports[0]?.meta;
  if (!meta || placeReports.length < 2) return null;
  // A year can come back with neither (a figure of that year that is a target set by another year's report).
  return seriesOfTwoReports(additions ? additionsSeries(placeReports, meta, groupKey, unit) : crossReportSeries(placeReports, meta, groupKey, unit));
}

/** The rows when they draw on two or more reports (series.ts drawsOnTwoReports), else null. */
function seriesOfTwoReports(rows: SeriesRow[] | null): SeriesRow[] | null {
  return rows && drawsOnTwoReports(rows) ? rows : null;
}
