/**
 * Renderings of the indicators for `govreport indicators FILE`: an aligned terminal table, RFC 4180 CSV for
 * spreadsheets, and (through ./contract) the contract's Indicator objects as JSON.
 */
import { kindLabels, positionCell, statusLabels } from '../core';
import type { DisplayLanguage, Indicator } from '../core';
import { shellQuote } from './format';
import { alignColumns, clean, truncateToWidth } from './text';

const TABLE_COLUMNS = ['line', 'text', 'name', 'measure', 'kind', 'status', 'qualifier', 'period'] as const;
const MAX_NAME_WIDTH = 40;
const MAX_TEXT_WIDTH = 24;
const NONE = '—';

/**
 * The indicators as a table aligned for a terminal (CJK characters count as two columns), 1-based line numbers
 * first, followed by a one-line summary and how to get the full data. The header names the fields (as in --csv);
 * kind and status are worded as the editor words them, in the language given:
 *
 *   line  text     name          measure   kind         status  qualifier  period
 *   31    6.1%     地区生产总值  年均增长  growth rate  actual  —          2016-2020
 *
 * On a one-line report written with \r\n escapes every figure is on line 1: there the line column reads line:column
 * (1:255, core positionCell, as govreport refs prints positions) when `lineOf` gives the report's physical lines.
 */
export function formatIndicatorTable(
  file: string,
  indicators: readonly Indicator[],
  language: DisplayLanguage = 'en',
  lineOf?: (line: number) => string | undefined,
): string[] {
  const hint = `Run "govreport indicators ${shellQuote(file)} --csv" for a spreadsheet (values in base units), or "--json" for the contract objects.`;
  if (indicators.length === 0) return ['(no indicators found)', '', hint];
  const kinds = kindLabels(language);
  const statuses = statusLabels(language);
  const rows: string[][] = indicators.map((i) => [
    positionCell(i.range.start, lineOf?.(i.range.start.line)),
    truncateToWidth(clean(i.text), MAX_TEXT_WIDTH),
    truncateToWidth(clean(i.name ?? NONE), MAX_NAME_WIDTH),
    clean(i.measure ?? NONE),
    kinds[i.kind] ?? i.kind,
    statuses[i.status] ?? i.status,
    i.qualifier ?? NONE,
    i.period ?? NONE,
  ]);
  const header: string[] = [...TABLE_COLUMNS];
  const actual = indicators.filter((i) => i.status === 'actual').length;
  const summary = `${indicators.length} indicator${indicators.length === 1 ? '' : 's'}: ${actual} actual, ${indicators.length - actual} target`;
  const columns = rows.some((row) => row[0]!.includes(':')) ? ['Positions are line:column, both 1-based: the report is one line, its breaks written as \\r\\n.'] : [];
  return [...alignColumns(header, rows), '', summary, ...columns, hint];
}
