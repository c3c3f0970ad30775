/**
 * A chart's data as RFC 4180 CSV (the project's writer: UTF-8 BOM, CRLF after every record, fields quoted only
 * when they must be). Values are in base units, as in `govreport indicators --csv` and `govreport series --csv`;
 * `…Line` columns are 1-based, as editors show lines.
 */
import { CSV_BOM, csvField, plainDecimal } from '../export/csv';
import { fileOfUri } from './figures';
import type { ChartData, ChartFigure, ChartLink, PlacesChart, TermsChart, YearsChart } from './types';

/** How the CSV names a report: the editor gives its workspace-relative path (two folders may each hold a 2024.txt). */
export type CsvPathOf = (link: Pick<ChartLink, 'uri' | 'file'>) => string;
const fileName: CsvPathOf = (link) => link.file;

export const YEARS_CSV_COLUMNS = [
  'place', 'indicator', 'unit', 'year', 'actual', 'target', 'targetMax', 'qualifier', 'outcome',
  'actualText', 'targetText', 'actualFile', 'actualLine', 'targetFile', 'targetLine',
] as const;

export const PLACES_CSV_COLUMNS = [
  'rank', 'place', 'indicator', 'unit', 'year', 'status', 'value', 'valueMax', 'qualifier', 'text', 'outcome', 'file', 'line',
] as const;

export const TERMS_CSV_COLUMNS = ['term', 'year', 'place', 'per10k', 'count', 'file', 'line'] as const;

/** The chart's data as CSV, one record per point. */
export function formatChartCsv(chart: ChartData, pathOf: CsvPathOf = fileName): string {
  switch (chart.type) {
    case 'years':
      return csv([[...YEARS_CSV_COLUMNS], ...yearsRecords(chart, pathOf)]);
    case 'places':
      return csv([[...PLACES_CSV_COLUMNS], ...placesRecords(chart, pathOf)]);
    case 'terms':
      return csv([[...TERMS_CSV_COLUMNS], ...termsRecords(chart, pathOf)]);
  }
}

function yearsRecords(chart: YearsChart, pathOf: CsvPathOf): string[][] {
  return chart.points.map((p) => [
    chart.place,
    chart.name,
    chart.unit ?? '',
    String(p.year),
    p.actual ? plainDecimal(p.actual.value) : '',
    p.target ? plainDecimal(p.target.value) : '',
    p.target?.valueMax === undefined ? '' : plainDecimal(p.target.valueMax),
    p.target?.qualifier ?? '',
    p.outcome ?? '',
    p.actual?.phrase ?? '',
    p.target?.phrase ?? '',
    p.actual ? pathOf(p.actual) : '',
    line(p.actual),
    p.target ? pathOf(p.target) : '',
    line(p.target),
  ]);
}

function placesRecords(chart: PlacesChart, pathOf: CsvPathOf): string[][] {
  return chart.bars.map((bar, i) => [
    String(i + 1),
    bar.place,
    chart.name,
    chart.unit ?? '',
    String(chart.year),
    chart.status,
    plainDecimal(bar.figure.value),
    bar.figure.valueMax === undefined ? '' : plainDecimal(bar.figure.valueMax),
    bar.figure.qualifier ?? '',
    bar.figure.phrase,
    bar.outcome ?? '',
    pathOf(bar.figure),
    line(bar.figure),
  ]);
}

function termsRecords(chart: TermsChart, pathOf: CsvPathOf): string[][] {
  return chart.series.flatMap((s) =>
    s.points.map((p) => [
      s.term,
      String(p.year),
      p.place ?? '',
      plainDecimal(p.per10k),
      p.count === undefined ? '' : String(p.count),
      pathOf({ uri: p.uri, file: p.file ?? fileOfUri(p.uri) }),
      p.range ? String(p.range.start.line + 1) : '',
    ]),
  );
}

function line(figure: ChartFigure | undefined): string {
  return figure ? String(figure.range.start.line + 1) : '';
}

function csv(records: readonly string[][]): string {
  return `${CSV_BOM}${records.map((record) => `${record.map(csvField).join(',')}\r\n`).join('')}`;
}
