/**
 * RFC 4180 CSV of a report's indicators, the one writer shared by `govreport indicators --csv` and the editor's
 * "Export indicators as CSV" command (moved here from src/cli/indicators.ts so that both read the same code).
 */
import { figureOnOneLine } from '../indicators/card';
import { entryNameIn, entryOfGroup } from '../lexicon';
import type { Indicator, ReportMeta } from '../types';

/**
 * The CSV columns, in order. `file` (as the caller names it: the path given to the CLI, the workspace-relative path
 * in the editor), `place` and `reportYear` are the report's (not the figure's: its year is `period`), so that the
 * rows of several reports stack in one sheet and each line number still says which text it points into. `line` and `column` are
 * 1-based, as the editor's status bar shows them (Ln 28, Col 20): a CSV is read by people, in a spreadsheet, beside
 * the editor. (The JSON contract keeps VS Code's 0-based positions.) `standardName` is the lexicon's name of the
 * indicator (地区生产总值 for a 生产总值 or a GDP of the text; 国内生产总值 in a national report), empty outside the
 * lexicon: a trial user could not group a report's 生产总值 actual with its 地区生产总值 target in a spreadsheet, though
 * the card knew both.
 */
export const CSV_COLUMNS = [
  'file',
  'place',
  'reportYear',
  'line',
  'column',
  'text',
  'value',
  'valueMax',
  'unit',
  'name',
  'standardName',
  'measure',
  'kind',
  'status',
  'qualifier',
  'period',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** UTF-8 byte order mark: without it Excel reads a CSV file in the locale's ANSI code page and garbles Chinese. */
export const CSV_BOM = '\ufeff';

const CRLF = '\r\n';

/** A report whose figures go into the CSV: its file's name, its place and year (either may be unknown), its figures. */
export interface CsvReport {
  readonly file: string;
  readonly meta: Pick<ReportMeta, 'place' | 'year'>;
  readonly indicators: readonly Indicator[];
}

/** The lexicon's standard name of a figure's indicator (its group is the lexicon entry's) as the report's place words it, or ''. */
function standardName(indicator: Indicator, place: string | null): string {
  const entry = entryOfGroup(indicator.groupKey);
  return entry ? entryNameIn(entry, place) : '';
}

/** One CSV row of an indicator, as strings: null and absent values are empty fields. */
export function indicatorCsvRow(report: Omit<CsvReport, 'indicators'>, indicator: Indicator): Record<CsvColumn, string> {
  return {
    file: report.file,
    place: report.meta.place ?? '',
    reportYear: report.meta.year === null ? '' : String(report.meta.year),
    line: String(indicator.range.start.line + 1),
    column: String(indicator.range.start.character + 1),
    // As written, on one line: a spreadsheet cell holds no page break or zero-width mark of a split figure.
    text: figureOnOneLine(indicator.text),
    value: plainDecimal(indicator.value),
    valueMax: indicator.valueMax === undefined ? '' : plainDecimal(indicator.valueMax),
    unit: indicator.unit ?? '',
    name: indicator.name ?? '',
    standardName: standardName(indicator, report.meta.place),
    measure: indicator.measure ?? '',
    kind: indicator.kind,
    status: indicator.status,
    qualifier: indicator.qualifier ?? '',
    period: indicator.period ?? '',
  };
}

/**
 * The indicators of one or more reports as one RFC 4180 CSV document: a header row, one record per indicator in the
 * reports' order, every record (the last
 * one included) ended by CRLF, fields holding a comma, a double quote, CR or LF enclosed in double quotes with
 * inner quotes doubled. Starts with a UTF-8 BOM so that Excel opens the Chinese text correctly.
 */
export function formatIndicatorsCsv(reports: readonly CsvReport[]): string {
  const records = [CSV_COLUMNS.map(csvField).join(',')];
  for (const report of reports) {
    for (const indicator of report.indicators) {
      const row = indicatorCsvRow(report, indicator);
      records.push(CSV_COLUMNS.map((column) => csvField(row[column])).join(','));
    }
  }
  return `${CSV_BOM}${records.map((record) => `${record}${CRLF}`).join('')}`;
}

/** One RFC 4180 field: quoted only when it must be. */
export function csvField(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Numbers as plain decimals for spreadsheets: 3480000000000, not 3.48e+12 (JSON's and JavaScript's notation
 * switches to exponents only at 1e21 and below 1e-6; spell those out too).
 */
export function plainDecimal(value: number): string {
  if (!Number.isFinite(value)) return '';
  const plain = String(value);
  if (!/e/i.test(plain)) return plain;
  // toFixed handles up to 100 fraction digits; large magnitudes via BigInt when integral.
  if (Math.abs(value) >= 1 && Number.isInteger(value)) return BigInt(value).toString();
  return value.toFixed(20).replace(/0+$/u, '').replace(/\.$/u, '');
}
