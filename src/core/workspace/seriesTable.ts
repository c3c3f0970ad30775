/**
 * The series of every place of a set of reports (`govreport series DIR`, and any host that lists them): for every
 * place, every indicator (groupKey and unit) that appears in two or more of its reports gets one row per year — the
 * actual reported for that year, the target that year's report set, and whether the target was met (crossReportSeries
 * and outcome, series.ts). Pure: reads only the reports given.
 */
import type { Indicator } from '../types';
import { additionsName, additionsSeries, crossReportSeries, drawsOnTwoReports, replacesSameYear } from './series';
import { keysInTwoReports } from './seriesKeys';
import type { IndexedReport, Outcome, SeriesRow } from './series';

export interface SeriesEntry {
  readonly year: number;
  readonly actual?: SeriesRow['actual'];
  readonly target?: SeriesRow['target'];
  /**
   * met / missed when the year has a target and an actual; 'not reported' when it has a target and the next year's
   * report of the place is in the folder but gives no actual; null when there is nothing to compare (no target, or
   * no report of the next year to read the actual from).
   */
  readonly outcome: Outcome | null;
}

export interface IndicatorSeries {
  readonly groupKey: string;
  /** The name the reports use most often for it. */
  readonly name: string;
  readonly unit: string | null;
  readonly entries: readonly SeriesEntry[];
}

export interface PlaceSeries {
  readonly place: string;
  /** The place's reports, one per year (ascending). */
  readonly reports: readonly IndexedReport[];
  readonly indicators: readonly IndicatorSeries[];
}

export interface SeriesTable {
  readonly places: readonly PlaceSeries[];
  /** Reports that cannot join a series: no place or no year in their title block (or, for the year, file name). */
  readonly unplaced: readonly IndexedReport[];
  /**
   * Second reports of a place and year (e.g. a GBK original beside its UTF-8 copy): the first by path is kept, unless
   * replacesSameYear prefers a later one (only it has figures, or only its file name gives the year).
   */
  readonly duplicates: readonly IndexedReport[];
}

/** The series of every place of the reports. */
export function buildSeriesTable(reports: readonly IndexedReport[]): SeriesTable {
  const unplaced: IndexedReport[] = [];
  const duplicates: IndexedReport[] = [];
  const byPlace = new Map<string, Map<number, IndexedReport>>();
  for (const report of reports) {
    const { place, year } = report.meta;
    if (!place || year === null) {
      unplaced.push(report);
      continue;
    }
    const years = byPlace.get(place) ?? new Map<number, IndexedReport>();
    byPlace.set(place, years);
    const kept = years.get(year);
    if (!kept) years.set(year, report);
    else if (replacesSameYear(kept, report)) {
      duplicates.push(kept);
      years.set(year, report);
    } else duplicates.push(report);
  }
  const places: PlaceSeries[] = [];
  for (const [place, years] of byPlace) {
    const placeReports = [...years.values()].sort((a, b) => (a.meta.year ?? 0) - (b.meta.year ?? 0));
    const indicators = placeSeries(placeReports);
    places.push({ place, reports: placeReports, indicators });
  }
  places.sort((a, b) => a.place.localeCompare(b.place, 'zh-Hans-CN'));
  return { places, unplaced, duplicates };
}

function placeSeries(reports: readonly IndexedReport[]): IndicatorSeries[] {
  const meta = reports[0]?.meta;
  if (!meta) return [];
  const out: IndicatorSeries[] = [];
  const add = (groupKey: string, unit: string | null, rows: readonly SeriesRow[], named = (name: string): string => name): void => {
    // The rows must draw on two reports too (a target and an actual of the same report are one report).
    if (!drawsOnTwoReports(rows)) return;
    // The core already leaves the outcome empty when the next year's report is not in the folder.
    const entries = rows.map((row): SeriesEntry => ({ ...row, outcome: row.outcome }));
    out.push({ groupKey, name: named(usualName(rows, groupKey)), unit, entries });
  };
  // Candidates: a groupKey and unit with a yearly figure in two or more of the place's reports (seriesKeys.ts).
  for (const { groupKey, unit, addition } of keysInTwoReports(reports)) {
    // A year can come back with neither (a figure of that year that is a target set by another year's report).
    const rows = crossReportSeries(reports, meta, groupKey, unit);
    add(groupKey, unit, rows);
    // A year's additions (全年新增高新技术企业70家) beside a stock the reports give (达到1850家) are a row of their own,
    // named so (series.ts keeps them out of the stock's row).
    const added = addition ? additionsSeries(reports, meta, groupKey, unit, rows) : null;
    if (added) add(groupKey, unit, added, additionsName);
  }
  return out.sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN') || (a.unit ?? '').localeCompare(b.unit ?? ''));
}

function usualName(rows: readonly SeriesRow[], groupKey: string): string {
  return mostUsedName(rows.flatMap((row) => [row.target?.indicator, row.actual?.indicator]), groupKey);
}

/**
 * The name given most often among `figures` (all of one indicator: one key, one unit), the first given on a tie;
 * the key without its prefix (“lexicon:grp” → “grp”) when none has a name. The one naming rule of charts, the
 * series table and their CSV, whatever set of figures each counts (a folder's, or a series' rows).
 */
export function mostUsedName(figures: Iterable<Pick<Indicator, 'name'> | undefined>, groupKey: string): string {
  const names: Array<string | null> = [];
  for (const figure of figures) names.push(figure?.name ?? null);
  return mostFrequent(names) ?? groupKey.replace(/^[a-z]+:/u, '');
}

/** The value given most often (null and '' aside), the first given on a tie; null when there is none. */
export function mostFrequent(values: Iterable<string | null>): string | null {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [value, n] of counts) {
    if (n > bestCount) {
      best = value;
      bestCount = n;
    }
  }
  return best;
}

