/**
 * RFC 4180 CSV of term frequencies and of a comparison, for `govreport terms --csv` and the editor's export: the same
 * conventions as the indicators CSV (src/core/export/csv.ts): UTF-8 BOM, CRLF after every record, `line` and `column`
 * 1-based, as the editor's status bar and the CLI's tables show them (a trial user found 0-based characters beside
 * 1-based lines here, and 1-based columns in the indicators CSV).
 */
import { CSV_BOM, csvField, plainDecimal } from '../export/csv';
import type { Range } from '../types';
import type { TermChange, TermComparison, TermCount } from './types';

export const TERM_CSV_COLUMNS = ['term', 'source', 'count', 'per10k', 'line', 'column'] as const;

export const TERM_CHANGE_CSV_COLUMNS = [
  'change', 'term', 'source', 'count', 'per10k', 'previousCount', 'previousPer10k', 'ratio', 'keyness',
  'line', 'column', 'previousLine', 'previousColumn',
] as const;

const CRLF = '\r\n';

/** Rates, ratios and keyness are rounded for people and spreadsheets (the core keeps full precision). */
export function roundTo(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function formatTermsCsv(terms: readonly TermCount[]): string {
  const rows = terms.map((t) => [t.term, t.source, String(t.count), plainDecimal(roundTo(t.per10k, 3)), ...lineAndColumn(t.first)]);
  return document(TERM_CSV_COLUMNS, rows);
}

/** One record per term of each list, in the order new, dropped, rising, falling (each list keeps its own order). */
export function formatTermChangesCsv(comparison: TermComparison, top = Infinity): string {
  const rows: string[][] = [];
  for (const change of ['new', 'dropped', 'rising', 'falling'] as const) {
    for (const c of comparison[change].slice(0, top)) rows.push(changeRow(change, c));
  }
  return document(TERM_CHANGE_CSV_COLUMNS, rows);
}

function changeRow(change: string, c: TermChange): string[] {
  return [
    change,
    c.term,
    c.source,
    String(c.count),
    plainDecimal(roundTo(c.per10k, 3)),
    String(c.previousCount),
    plainDecimal(roundTo(c.previousPer10k, 3)),
    c.ratio === null ? '' : plainDecimal(roundTo(c.ratio, 3)),
    plainDecimal(roundTo(c.keyness, 2)),
    ...lineAndColumn(c.first),
    ...lineAndColumn(c.previousFirst),
  ];
}

function lineAndColumn(range: Range | null): [string, string] {
  return range ? [String(range.start.line + 1), String(range.start.character + 1)] : ['', ''];
}

function document(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  const records = [columns.map(csvField).join(','), ...rows.map((row) => row.map(csvField).join(','))];
  return `${CSV_BOM}${records.map((record) => `${record}${CRLF}`).join('')}`;
}
