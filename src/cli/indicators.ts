/**
 * Renderings of the indicators for `govreport indicators FILE`: an aligned terminal table, RFC 4180 CSV for
 * spreadsheets, and (through ./contract) the contract's Indicator objects as JSON.
 */
import type { Indicator } from '../core';
import { shellQuote } from './format';

/** The CSV columns, in order. `line` is 1-based (as editors show it); `character` is the contract's 0-based UTF-16 offset. */
export const CSV_COLUMNS = ['line', 'character', 'text', 'value', 'valueMax', 'unit', 'name', 'measure', 'kind', 'status', 'qualifier', 'period'] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** UTF-8 byte order mark: without it Excel reads a CSV file in the locale's ANSI code page and garbles Chinese. */
export const CSV_BOM = '\ufeff';

const CRLF = '\r\n';

/** One CSV row of an indicator, as strings: null and absent values are empty fields. */
export function indicatorCsvRow(indicator: Indicator): Record<CsvColumn, string> {
  return {
    line: String(indicator.range.start.line + 1),
    character: String(indicator.range.start.character),
    text: indicator.text,
    value: formatNumber(indicator.value),
    valueMax: indicator.valueMax === undefined ? '' : formatNumber(indicator.valueMax),
    unit: indicator.unit ?? '',
    name: indicator.name ?? '',
    measure: indicator.measure ?? '',
    kind: indicator.kind,
    status: indicator.status,
    qualifier: indicator.qualifier ?? '',
    period: indicator.period ?? '',
  };
}

/**
 * The indicators as an RFC 4180 CSV document: a header row, one record per indicator, every record (the last
 * one included) ended by CRLF, fields holding a comma, a double quote, CR or LF enclosed in double quotes with
 * inner quotes doubled. Starts with a UTF-8 BOM so that Excel opens the Chinese text correctly.
 */
export function formatIndicatorsCsv(indicators: readonly Indicator[]): string {
  const records = [CSV_COLUMNS.map(csvField).join(',')];
  for (const indicator of indicators) {
    const row = indicatorCsvRow(indicator);
    records.push(CSV_COLUMNS.map((column) => csvField(row[column])).join(','));
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
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const plain = String(value);
  if (!/e/i.test(plain)) return plain;
  // toFixed handles up to 100 fraction digits; large magnitudes via BigInt when integral.
  if (Math.abs(value) >= 1 && Number.isInteger(value)) return BigInt(value).toString();
  return value.toFixed(20).replace(/0+$/u, '').replace(/\.$/u, '');
}

const TABLE_COLUMNS = ['line', 'text', 'name', 'measure', 'kind', 'status', 'qualifier', 'period'] as const;
const MAX_NAME_WIDTH = 40;
const MAX_TEXT_WIDTH = 24;
const NONE = '—';

/**
 * The indicators as a table aligned for a terminal (CJK characters count as two columns), 1-based line numbers
 * first, followed by a one-line summary and how to get the full data:
 *
 *   line  text     name          measure   kind    status  qualifier  period
 *   31    6.1%     地区生产总值  年均增长  growth  actual  —          2016-2020
 */
export function formatIndicatorTable(file: string, indicators: readonly Indicator[]): string[] {
  const hint = `Run "govreport indicators ${shellQuote(file)} --csv" for a spreadsheet (values in base units), or "--json" for the contract objects.`;
  if (indicators.length === 0) return ['(no indicators found)', '', hint];
  const rows: string[][] = indicators.map((i) => [
    String(i.range.start.line + 1),
    truncateToWidth(clean(i.text), MAX_TEXT_WIDTH),
    truncateToWidth(clean(i.name ?? NONE), MAX_NAME_WIDTH),
    clean(i.measure ?? NONE),
    i.kind,
    i.status,
    i.qualifier ?? NONE,
    i.period ?? NONE,
  ]);
  const header: string[] = [...TABLE_COLUMNS];
  const widths = header.map((h, c) => Math.max(displayWidth(h), ...rows.map((row) => displayWidth(row[c] ?? ''))));
  const render = (cells: readonly string[]): string =>
    cells
      .map((cell, c) => (c === cells.length - 1 ? cell : padEndToWidth(cell, widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  const actual = indicators.filter((i) => i.status === 'actual').length;
  const summary = `${indicators.length} indicator${indicators.length === 1 ? '' : 's'}: ${actual} actual, ${indicators.length - actual} target`;
  return [render(header), ...rows.map(render), '', summary, hint];
}

/**
 * Columns a string takes in a terminal: East Asian wide and fullwidth characters (CJK ideographs, kana, hangul,
 * fullwidth forms, CJK punctuation) take two, combining marks and zero-width characters none, the rest one.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch.codePointAt(0) ?? 0);
  return width;
}

function charWidth(cp: number): number {
  if (cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0x2060 || cp === 0xfeff) return 0;
  if ((cp >= 0x0300 && cp <= 0x036f) || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

function padEndToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function truncateToWidth(text: string, maxWidth: number): string {
  if (displayWidth(text) <= maxWidth) return text;
  let out = '';
  let width = 0;
  for (const ch of text) {
    const w = charWidth(ch.codePointAt(0) ?? 0);
    if (width + w > maxWidth - 1) break;
    out += ch;
    width += w;
  }
  return `${out}…`;
}

/** No control characters reach the terminal. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/gu, ' ').trim();
}
