/**
 * Targets year on year as a Markdown document: the same table the Targets view paints (buildTargetsTable), for an
 * analyst who pastes it into a note or a brief. Pure; the labels come from the caller in the display language, the
 * same labels the view's page uses, so the two never word a column differently.
 */
import { measuredPhrase } from '../indicators/card';
import type { Outcome } from '../workspace/series';
import { markdownCell, markdownTable } from './markdown';
import { filledTargetsColumns } from './targetsTable';
import type { TableFigure, TargetsColumn, TargetsRow, TargetsTable } from './targetsTable';

export interface TargetsTableLabels {
  /** The page heading, also the tab title: “Targets 2021 vs 2020 — 苏州市”. */
  readonly title: string;
  readonly indicator: string;
  /** Column headings: “Target 2021”, “Target 2020”, “Actual 2020”, “2020 target met?”. */
  readonly thisTarget: string;
  readonly lastTarget: string;
  readonly lastActual: string;
  readonly outcome: string;
  readonly outcomes: Readonly<Record<Outcome, string>>;
  /** The group headings when the report sets out headline targets: “Main targets”, then “Other targets”. */
  readonly mainTargets: string;
  readonly otherTargets: string;
  /** Heading of the targets last year's report set and this year's no longer does (with their count). */
  readonly dropped: string;
  /** Shown instead of the table when this year's report sets no target for its year. */
  readonly noTargets: string;
  /** Notes above the table (last year's report missing, still indexing …). */
  readonly notes: readonly string[];
}

/**
 * What a figure's cell shows: its measure as the card words it (为/是 say nothing: 城镇调查失业率为5.2% → 5.2%), and
 * its period when it is not the column's year (a five-year review's 迈上2万亿元, 2016-2020, under “Actual 2020”).
 */
export function tableFigureText(figure: TableFigure, columnYear: number): { readonly phrase: string; readonly period: string | null } {
  const { indicator } = figure;
  return { phrase: measuredPhrase(indicator), period: indicator.period !== null && indicator.period !== String(columnYear) ? indicator.period : null };
}

const NONE = '—';

/**
 * The table as GitHub-flavoured Markdown: a level-1 heading, the notes, then one table (or one per group: the year's
 * headline targets first, as the view shows them), and the targets last year's report set and this year's does not.
 * Every cell is escaped (markdownCell), so report text cannot break the table. Ends with a newline.
 */
export function formatTargetsTableMarkdown(table: TargetsTable, labels: TargetsTableLabels): string {
  const cell = (figure: TableFigure | undefined, year: number): string => {
    if (!figure) return NONE;
    const { phrase, period } = tableFigureText(figure, year);
    return period === null ? phrase : `${phrase} (${period})`;
  };
  const outcome = (value: Outcome | null): string => (value === null ? NONE : labels.outcomes[value]);
  // Only the columns some row fills, as the view's page shows them (filledTargetsColumns).
  const columns = filledTargetsColumns(table);
  const cellOf: Record<TargetsColumn, (r: TargetsRow) => string> = {
    thisTarget: (r) => cell(r.thisTarget, table.year),
    lastTarget: (r) => cell(r.lastTarget, table.year - 1),
    lastActual: (r) => cell(r.lastActual, table.year - 1),
    outcome: (r) => outcome(r.outcome),
  };
  const header = [labels.indicator, ...columns.map((c) => labels[c])];
  const rows = (list: readonly TargetsRow[]): string => markdownTable(header, list.map((r) => [r.name || NONE, ...columns.map((c) => cellOf[c](r))]));

  const parts: string[] = [`# ${markdownCell(labels.title)}\n`];
  for (const note of labels.notes) parts.push(`${markdownCell(note)}\n`);
  const main = table.rows.filter((r) => r.main === true);
  if (table.rows.length === 0) parts.push(`${markdownCell(labels.noTargets)}\n`);
  else if (main.length > 0 && main.length < table.rows.length) {
    parts.push(`## ${markdownCell(labels.mainTargets)}\n`, rows(main));
    parts.push(`## ${markdownCell(labels.otherTargets)}\n`, rows(table.rows.filter((r) => r.main !== true)));
  } else parts.push(rows(table.rows));
  if (table.dropped.length > 0) parts.push(`## ${markdownCell(labels.dropped)}\n`, rows(table.dropped));
  return parts.join('\n');
}
