/**
 * Markdown tables of a report's indicators: every figure (the "Export indicators as Markdown" command); the targets
 * year on year are written by targetsMarkdown.ts with this file's table and cell writers. Headings and values are
 * worded in the language the caller names (l10n/labels.ts); English by default.
 */
import { figurePhrase, shownMeasure } from '../indicators/card';
import { tableLabels } from '../l10n/labels';
import type { TableLabels } from '../l10n/labels';
import type { DisplayLanguage } from '../l10n/translate';
import type { Indicator } from '../types';

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
    // As the card and the targets table word it: 为/是 only say the figure is the indicator's value (a trial read
    // “· 为” in an exported table as a parsing error). The CSV and the CLI keep the model's measure.
    shownMeasure(i) ?? NONE,
    l.kinds[i.kind] ?? i.kind,
    l.statuses[i.status] ?? i.status,
    i.period ?? NONE,
  ]);
  return document(options.title, markdownTable(header, rows, ['right']));
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
