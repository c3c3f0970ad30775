/**
 * Markdown tables of a report's indicators: every figure (the "Export indicators as Markdown" command) and the
 * targets set against the actuals of the same indicator ("Targets vs actuals"). Labels come from the caller so the
 * editor can localise them; the defaults are English.
 */
import { figurePhrase } from '../indicators/card';
import type { Indicator, IndicatorKind } from '../types';
import type { TargetActualPair } from './targetsVsActuals';

export interface TableLabels {
  readonly line: string;
  readonly indicator: string;
  readonly figure: string;
  readonly measure: string;
  readonly kind: string;
  readonly status: string;
  readonly period: string;
  readonly actual: string;
  readonly target: string;
  readonly qualifier: string;
  readonly kinds: Readonly<Record<IndicatorKind, string>>;
  readonly statuses: Readonly<Record<Indicator['status'], string>>;
  /** A value with its period: “6.1% (2016-2020)”, “6.1%（2016-2020）”. */
  readonly withPeriod: (value: string, period: string) => string;
}

export const ENGLISH_TABLE_LABELS: TableLabels = {
  line: 'Line',
  indicator: 'Indicator',
  figure: 'Figure',
  measure: 'Measure',
  kind: 'Kind',
  status: 'Actual/target',
  period: 'Period',
  actual: 'Actual',
  target: 'Target',
  qualifier: 'Qualifier',
  kinds: { growth: 'growth rate', share: 'share / ratio', level: 'level / total', change: 'change', count: 'count', rank: 'rank', other: 'other' },
  statuses: { actual: 'actual', target: 'target' },
  withPeriod: (value, period) => `${value} (${period})`,
};

export interface MarkdownOptions {
  /** A level-1 heading above the table (“苏州市 2021 政府工作报告 — 指标”); none when absent. */
  readonly title?: string;
  readonly labels?: TableLabels;
}

const NONE = '—';

/**
 * Every figure as one GitHub-flavoured Markdown table: line (1-based), indicator, figure with its qualifier,
 * measure, kind, actual/target, period. Report text is escaped, so a “|” in a name cannot break the table.
 */
export function formatIndicatorsMarkdown(indicators: readonly Indicator[], options: MarkdownOptions = {}): string {
  const l = options.labels ?? ENGLISH_TABLE_LABELS;
  const header = [l.line, l.indicator, l.figure, l.measure, l.kind, l.status, l.period];
  const rows = indicators.map((i) => [
    String(i.range.start.line + 1),
    i.name ?? NONE,
    figurePhrase(i),
    i.measure ?? NONE,
    l.kinds[i.kind] ?? i.kind,
    l.statuses[i.status] ?? i.status,
    i.period ?? NONE,
  ]);
  return document(options.title, markdownTable(header, rows, ['right']));
}

/**
 * One row per target that has an actual of the same indicator: the indicator, the actual (measure, figure,
 * period), the target (measure, figure, period) and the target's qualifier (以上, 左右 …).
 */
export function formatTargetsVsActualsMarkdown(pairs: readonly TargetActualPair[], options: MarkdownOptions = {}): string {
  const l = options.labels ?? ENGLISH_TABLE_LABELS;
  const header = [l.indicator, l.actual, l.target, l.qualifier];
  const rows = pairs.map(({ name, actual, target }) => [
    name,
    valueWithPeriod(actual, figurePhrase(actual), l),
    valueWithPeriod(target, target.text, l),
    target.qualifier ?? NONE,
  ]);
  return document(options.title, markdownTable(header, rows));
}

function valueWithPeriod(indicator: Indicator, figure: string, l: TableLabels): string {
  const value = indicator.measure ? `${indicator.measure} ${figure}` : figure;
  return indicator.period ? l.withPeriod(value, indicator.period) : value;
}

function document(title: string | undefined, table: string): string {
  const heading = title ? `# ${markdownCell(title)}\n\n` : '';
  return `${heading}${table}`;
}

/**
 * A GFM table: header, delimiter row, one line per row, every cell escaped; `align` sets columns to "right"
 * (numbers) by index. Ends with a newline.
 */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly ('left' | 'right')[] = []): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(markdownCell).join(' | ')} |`;
  const delimiter = `|${header.map((_, c) => (align[c] === 'right' ? ' ---: ' : ' --- ')).join('|')}|`;
  const body = rows.map((row) => line(header.map((_, c) => row[c] ?? '')));
  return `${[line(header), delimiter, ...body].join('\n')}\n`;
}

/**
 * Report text as a table cell: data, never Markdown. Backslashes and every character that Markdown could read as
 * inline syntax are escaped (“|” would end the cell), line breaks become spaces, and an empty cell stays empty.
 */
export function markdownCell(text: string): string {
  return text
    .replace(/[\r\n]+/gu, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~]/gu, '\\$&');
}
