/** Plain-text renderings for the terminal: the outline tree and the analysis summary. */
import { positionCell } from '../core';
import type { LaterReport, OutlineNode, ReportModel } from '../core';
import type { ReportEncoding } from '../node/readReport';
// clean(): no control characters reach the terminal (a title could hold \r or an escape sequence).
import { clean } from './text';
import nls from '../../package.nls.json';

/** The command's title as the Command Palette shows it (a trial user looked for the hint's older wording in vain). */
const TREAT_AS_REPORT = nls['command.treatAsReport'];

const MAX_TITLE_CODE_POINTS = 60;

/**
 * The outline as an indented tree, one heading per line, the 1-based line number first so that it stays aligned
 * whatever the width of the CJK text:
 *
 *   L9    一、“十三五”时期和2020年工作回顾
 *   L15     1. 五年来，经济发展量质齐升，创新转型持续深化，综合实力显著增强
 *
 * On a one-line report written with \r\n escapes every heading is on line 1, so the column is said too (L1:227, core
 * positionCell) when `lineOf` gives the report's physical lines.
 */
export function formatOutlineTree(outline: readonly OutlineNode[], lineOf?: (line: number) => string | undefined): string[] {
  const rows: { line: string; depth: number; text: string }[] = [];
  const walk = (nodes: readonly OutlineNode[], depth: number): void => {
    for (const node of nodes) {
      const at = node.selectionRange.start;
      rows.push({ line: positionCell(at, lineOf?.(at.line)), depth, text: headingText(node) });
      walk(node.children, depth + 1);
    }
  };
  walk(outline, 0);
  if (rows.length === 0) return ['(no headings found)'];
  const width = Math.max(...rows.map((row) => row.line.length)) + 1;
  return rows.map((row) => `${`L${row.line}`.padEnd(width)}  ${'  '.repeat(row.depth)}${row.text}`);
}

/** Marker and title as a reader would write them: "一、标题", "（一）标题", "1. 标题", "一是标题". */
export function headingText(node: OutlineNode): string {
  const marker = clean(node.marker);
  const title = truncate(clean(node.title), MAX_TITLE_CODE_POINTS);
  if (!marker) return title || '(untitled)';
  return /[.．]$/u.test(marker) && title ? `${marker} ${title}` : `${marker}${title}`;
}

/** The short human summary of `govreport analyze FILE` (without --json). */
export function formatSummary(file: string, encoding: ReportEncoding, model: ReportModel): string[] {
  const { meta } = model;
  const headings = countHeadings(model.outline);
  const byKind = [...headings.byKind].map(([kind, n]) => `${kind} ${n}`).join(', ');
  const rows: [string, string][] = [
    ['file', `${file} (${encoding})`],
    ['title', meta.title ?? '—'],
    ['place', meta.place ?? '—'],
    ['year', meta.year === null ? '—' : String(meta.year)],
    ['date', meta.date ?? '—'],
    ['meeting', meta.meeting ?? '—'],
    ['speaker', meta.speaker ?? '—'],
    ['outline', headings.total === 0 ? 'no headings found' : `${plural(headings.total, 'heading')} (${byKind})`],
    ['indicators', String(model.indicators.length)],
    ['references', String(model.references.length)],
  ];
  if (model.chromeLines.length > 0) rows.push(['skipped', `${plural(model.chromeLines.length, 'line')} of page chrome`]);
  if (model.duplicateFromLine !== null) rows.push(['duplicate', `a second copy of the report starts at L${model.duplicateFromLine + 1}`]);
  if (model.laterReports.length > 0) rows.push(['not read', model.laterReports.map(laterReportLabel).join('; ')]);
  const width = Math.max(...rows.map(([key]) => key.length));
  return [
    ...rows.map(([key, value]) => `${key.padEnd(width)}  ${clean(value)}`),
    '',
    `Run "govreport outline ${shellQuote(file)}" for the tree, or "govreport analyze ${shellQuote(file)} --json" for all data.`,
  ];
}

/** What a compilation's summary says of the reports after its first: “L124 2026年湖南省政府工作报告 (湖南省, 2026)”. */
function laterReportLabel(r: LaterReport): string {
  const about = [r.place, r.year === null ? null : String(r.year)].filter((x) => x !== null).join(', ');
  return `L${r.line + 1} ${r.title ?? 'report'}${about ? ` (${about})` : ''}`;
}

/** The note every one-report command prints (on stderr) when the file holds several reports. */
export function laterReportsNote(reports: readonly LaterReport[]): string {
  const n = reports.length;
  return `the file holds ${n === 1 ? 'another report' : `${n} more reports`} after the first (${reports.map(laterReportLabel).join('; ')}); only the first is analysed — save each report in a file of its own to read it`;
}

/** The last line of `govreport outline`: how to see the same tree in the editor. */
export function formatOpenHint(file: string): string {
  return `Open it in VS Code with \`code ${shellQuote(file)}\`: with GovReport Lens installed the Outline view shows this tree (if the file is not detected as a report, run "GovReport: ${TREAT_AS_REPORT}" from the Command Palette).`;
}

function countHeadings(outline: readonly OutlineNode[]): { total: number; byKind: Map<string, number> } {
  const byKind = new Map<string, number>();
  let total = 0;
  const walk = (nodes: readonly OutlineNode[]): void => {
    for (const node of nodes) {
      total++;
      byKind.set(node.kind, (byKind.get(node.kind) ?? 0) + 1);
      walk(node.children);
    }
  };
  walk(outline);
  return { total, byKind };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function truncate(text: string, maxCodePoints: number): string {
  const chars = Array.from(text);
  return chars.length <= maxCodePoints ? text : `${chars.slice(0, maxCodePoints - 1).join('')}…`;
}

/** Quotes a path for a POSIX shell when it needs it. */
export function shellQuote(path: string): string {
  return /^[\w@%+=:,./-]+$/u.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}
