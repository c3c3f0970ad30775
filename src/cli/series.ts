/**
 * `govreport series DIR`: the cross-report indicator table of a folder of reports. For every place, every indicator
 * (groupKey and unit) that appears in two or more of its reports gets one row per year: the actual reported for
 * that year, the target that year's report set, and whether the target was met (the core's crossReportSeries and
 * outcome). Rendered as Markdown (a table per place) or RFC 4180 CSV (the project's CSV writer).
 */
import { fileURLToPath } from 'node:url';
import { relative, sep } from 'node:path';
import { crossReportSeries, figurePhrase, outcomeLabels, translator } from '../core';
import type { DisplayLanguage, IndexedReport, Outcome, SeriesRow } from '../core';
import { CSV_BOM, csvField, markdownCell, markdownTable, plainDecimal } from '../core/export';

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
  /** Second reports of a place and year (e.g. a GBK original beside its UTF-8 copy): the first by path is kept. */
  readonly duplicates: readonly IndexedReport[];
}

const YEAR = /^\d{4}$/u;

/** The series of every place of the index. Pure: reads only the reports given. */
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
    if (years.has(year)) duplicates.push(report);
    else years.set(year, report);
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
  // Candidates: a groupKey and unit with a yearly figure in two or more of the place's reports.
  const candidates = new Map<string, { groupKey: string; unit: string | null; uris: Set<string> }>();
  for (const report of reports) {
    for (const ind of report.indicators) {
      if (!ind.groupKey || !ind.period || !YEAR.test(ind.period)) continue;
      const id = `${ind.groupKey}\u0000${ind.unit ?? ''}`;
      const candidate = candidates.get(id) ?? { groupKey: ind.groupKey, unit: ind.unit, uris: new Set<string>() };
      candidate.uris.add(report.uri);
      candidates.set(id, candidate);
    }
  }
  const meta = reports[0]?.meta;
  if (!meta) return [];
  const out: IndicatorSeries[] = [];
  for (const { groupKey, unit, uris } of candidates.values()) {
    if (uris.size < 2) continue;
    // A year can come back with neither (a figure of that year that is a target set by another year's report).
    const rows = crossReportSeries(reports, meta, groupKey, unit).filter((r) => r.actual || r.target);
    // The rows must draw on two reports too (a target and an actual of the same report are one report).
    const cited = new Set(rows.flatMap((r) => [r.actual?.uri, r.target?.uri]).filter((u): u is string => u !== undefined));
    if (cited.size < 2) continue;
    // The core already leaves the outcome empty when the next year's report is not in the folder.
    const entries = rows.map((row): SeriesEntry => ({ ...row, outcome: row.outcome }));
    out.push({ groupKey, name: usualName(rows, groupKey), unit, entries });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN') || (a.unit ?? '').localeCompare(b.unit ?? ''));
}

function usualName(rows: readonly SeriesRow[], groupKey: string): string {
  const counts = new Map<string, number>();
  for (const row of rows) {
    for (const ind of [row.target?.indicator, row.actual?.indicator]) {
      if (ind?.name) counts.set(ind.name, (counts.get(ind.name) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, n] of counts) {
    if (n > bestCount) {
      best = name;
      bestCount = n;
    }
  }
  return best ?? groupKey.replace(/^[a-z]+:/u, '');
}

/** A report's file as a path relative to the folder given (forward slashes), or its URI when it is not a file. */
export function sourceLabel(uri: string, dir: string): string {
  try {
    return fileLabel(fileURLToPath(uri), dir);
  } catch {
    return uri;
  }
}

/** A path relative to the folder given, with forward slashes. */
export function fileLabel(path: string, dir: string): string {
  return relative(dir, path).split(sep).join('/');
}

/** The CSV columns of `govreport series --csv`, in order. Values in base units, as in `indicators --csv`. */
export const SERIES_CSV_COLUMNS = [
  'place', 'indicator', 'unit', 'year', 'actual', 'target', 'targetMax', 'qualifier', 'outcome', 'actualText', 'targetText', 'actualSource', 'targetSource',
] as const;

/**
 * The series as RFC 4180 CSV (UTF-8 BOM, CRLF after every record), one record per place, indicator and year;
 * empty fields for what a year lacks (an outcome is empty when there is nothing to compare).
 */
export function formatSeriesCsv(table: SeriesTable, dir: string): string {
  const records: string[][] = [[...SERIES_CSV_COLUMNS]];
  for (const place of table.places) {
    for (const series of place.indicators) {
      for (const e of series.entries) {
        const actual = e.actual?.indicator;
        const target = e.target?.indicator;
        records.push([
          place.place,
          series.name,
          series.unit ?? '',
          String(e.year),
          actual ? plainDecimal(actual.value) : '',
          target ? plainDecimal(target.value) : '',
          target?.valueMax === undefined ? '' : plainDecimal(target.valueMax),
          target?.qualifier ?? '',
          e.outcome ?? '',
          actual ? figurePhrase(actual) : '',
          target ? figurePhrase(target) : '',
          e.actual ? sourceLabel(e.actual.uri, dir) : '',
          e.target ? sourceLabel(e.target.uri, dir) : '',
        ]);
      }
    }
  }
  return `${CSV_BOM}${records.map((record) => `${record.map(csvField).join(',')}\r\n`).join('')}`;
}

const NONE = '—';

/**
 * The series as Markdown: a heading with what was read, then per place a heading (its years and reports) and one
 * table of indicator, unit, year, actual, target and outcome. The table's headings and outcomes are worded in the
 * language given; the prose around them is English.
 */
export function formatSeriesMarkdown(table: SeriesTable, dir: string, totalReports: number, language: DisplayLanguage = 'en'): string {
  const t = translator(language);
  const outcomes = outcomeLabels(language);
  const header = [t('Indicator'), t('Unit'), t('Year'), t('Actual'), t('Target'), t('Outcome')];
  const parts: string[] = [`# Indicator series: ${markdownCell(dir)}`, ''];
  const listed = table.places.filter((p) => p.indicators.length > 0);
  parts.push(
    `${plural(totalReports, 'report')} of ${plural(table.places.length, 'place')}; ${listed.length} with an indicator in two or more reports. ` +
      'Actual: the figure given for the year (usually by the next year’s report); target: the figure the year’s own report set; ' +
      'outcome: the actual against the target, read through its qualifier (以上, 左右, 以内 …) — “not reported” when the next ' +
      'year’s report is here but gives no actual, “—” when there is nothing to compare.',
  );
  const notes: string[] = [];
  if (table.unplaced.length > 0) notes.push(`${plural(table.unplaced.length, 'report')} without a place or year left out: ${sources(table.unplaced, dir)}.`);
  if (table.duplicates.length > 0) notes.push(`${plural(table.duplicates.length, 'second report')} of a place and year left out: ${sources(table.duplicates, dir)}.`);
  for (const note of notes) parts.push('', note);
  if (listed.length === 0) {
    parts.push('', '(no indicator appears in two or more reports of the same place)');
    return `${parts.join('\n')}\n`;
  }
  for (const place of listed) {
    const years = place.reports.map((r) => r.meta.year ?? 0);
    parts.push('', `## ${markdownCell(place.place)} — ${plural(place.reports.length, 'report')} (${yearList(years)})`, '');
    const rows: string[][] = [];
    for (const series of place.indicators) {
      for (const e of series.entries) {
        rows.push([
          series.name,
          series.unit ?? NONE,
          String(e.year),
          e.actual ? figurePhrase(e.actual.indicator) : '',
          e.target ? figurePhrase(e.target.indicator) : '',
          e.outcome ? outcomes[e.outcome] : e.target ? NONE : '',
        ]);
      }
    }
    parts.push(markdownTable(header, rows, ['left', 'left', 'right']).trimEnd());
  }
  return `${parts.join('\n')}\n`;
}

function sources(reports: readonly IndexedReport[], dir: string): string {
  const shown = reports.slice(0, 5).map((r) => markdownCell(sourceLabel(r.uri, dir)));
  return reports.length > shown.length ? `${shown.join(', ')} and ${reports.length - shown.length} more` : shown.join(', ');
}

/** 2015, 2016, 2017, 2019 → “2015–2017, 2019”. */
export function yearList(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const spans: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    spans.push(j === i ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return spans.join(', ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
