/**
 * Markdown tables of a report's indicators: every figure (the "Export indicators as Markdown" command) and the
 * targets set against the actuals of the same indicator ("Targets vs actuals"). Headings and values are worded in
 * the language the caller names (l10n/labels.ts); English by default.
 */
import { figurePhrase } from '../indicators/card';
import { tableLabels } from '../l10n/labels';
import type { TableLabels } from '../l10n/labels';
import type { DisplayLanguage } from '../l10n/translate';
import type { Indicator } from '../types';
import type { TargetActualPair } from './targetsVsActuals';

export type { TableLabels } from '../l10n/labels';

export interface MarkdownOptions {
  /** A level-1 heading above the table (“苏州市 2021：指标”); none when absent. */
  readonly title?: string;
  /** The display language of headings and values ('en' when absent). */
  readonly language?: DisplayLanguage;
  /** Labels of the caller's own, instead of the language's. */
  readonly labels?: TableLabels;
}

function labelsOf(options: MarkdownOptions): TableLabels {
  return options.labels ?? tableLabels(options.language ?? 'en');
}

const NONE = '—';

/**
 * Every figure as one GitHub-flavoured Markdown table: line (1-based), indicator, figure with its qualifier,
 * measure, kind, actual/target, period. Report text is escaped, so a “|” in a name cannot break the table.
 */
export function formatIndicatorsMarkdown(indicators: readonly Indicator[], options: MarkdownOptions = {}): string {
  const l = labelsOf(options);
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
  const l = labelsOf(options);
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
