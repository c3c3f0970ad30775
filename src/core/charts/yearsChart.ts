/**
 * (a) One indicator across the years of one place. The rows are the core's crossReportSeries (the same series the
 * hover card's “across years” table and `govreport series` show): per year, the target that year's report set, the
 * actual given for it (usually by the next year's report) and met / missed read through the target's qualifier.
 * This file only turns those rows into chart points.
 */
import { additionsName, additionsSeries, crossReportSeries, samePlace } from '../workspace/series';
import type { IndexedReport } from '../workspace/series';
import { chartFigure, chartScale, figureValues, usualMeasure, usualName } from './figures';
import type { YearPoint, YearsChart } from './types';

/**
 * The indicator (grouping key and unit, as the index keys figures) across the reports of `place`, or undefined when
 * the folder holds no report of that place or none of its reports gives the indicator for a year.
 */
export function yearsChart(reports: readonly IndexedReport[], place: string, groupKey: string, unit: string | null, additions = false): YearsChart | undefined {
  const meta = reports.find((r) => r.meta.place === place)?.meta;
  if (!meta) return undefined;
  const ofPlace = samePlace(reports, meta);
  const yearByUri = new Map(ofPlace.map((r) => [r.uri, r.meta.year]));
  // A year can come back with neither (a figure of that year that is a target set by another year's report).
  // `additions`: the row of a year's additions apart from the stock's (series.ts additionsSeries).
  const rows = additions ? (additionsSeries(ofPlace, meta, groupKey, unit) ?? []) : crossReportSeries(ofPlace, meta, groupKey, unit);
  if (rows.length === 0) return undefined;
  const points = rows.map((row): YearPoint => ({
    year: row.year,
    ...(row.actual ? { actual: chartFigure(row.actual.uri, row.actual.indicator, yearByUri.get(row.actual.uri) ?? null) } : {}),
    ...(row.target ? { target: chartFigure(row.target.uri, row.target.indicator, yearByUri.get(row.target.uri) ?? null) } : {}),
    outcome: row.outcome,
  }));
  return {
    type: 'years',
    place,
    groupKey,
    ...(additions ? { additions: true as const } : {}),
    name: additions ? additionsName(usualName(ofPlace, groupKey, unit)) : usualName(ofPlace, groupKey, unit),
    measure: usualMeasure(rows.flatMap((row) => [row.actual?.indicator, row.target?.indicator].filter((i) => i !== undefined))),
    unit,
    points,
    scale: chartScale(figureValues(points.flatMap((p) => [p.actual, p.target])), unit),
  };
}
