/**
 * Go to Definition on a plan period (“十四五”) that the open report treats in no part of its own: national 2022
 * mentions 十四五 eleven times and has no 十四五 part, so F12 said “No definition found” while Find All References
 * listed the other reports' 十四五 parts (a ninth trial). The definition is then the parts and sections of the
 * workspace's other reports whose headings name the period: the same place's first (its plan's own report), then the
 * nation's. Never another place's: a city's 十二五 part is that city's plan, not the one national 2012 speaks of — a
 * trial user's F12 on “十二五” in national 2012 (no national 2011 in the workspace) landed in 保定市 2011's part. A report
 * whose place is unknown still gets every report's parts, the index's order.
 */
import { outlineNodes } from '../outline/flatten';
import { planMentions } from '../references/planPeriods';
import type { OutlineNode, Position, Range } from '../types';
import type { IndexedFile } from '../workspace/reportIndex';
import type { ReportDefinition } from './types';
import { isNationalPlace } from '../workspace/placeLevel';
import { otherReportFiles } from '../workspace/twins';

/** Enough to choose from in a peek view; a workspace of every province's reports would list dozens. */
const MAX_PARTS = 12;

/** The plan period written at the position on its line (十四五, also said in full: 第十四个五年规划), or undefined. */
export function planPeriodAt(lineText: string, line: number, at: Position): { readonly period: string; readonly origin: Range } | undefined {
  const hit = planMentions(lineText).find((m) => m.start <= at.character && at.character <= m.end);
  return hit ? { period: hit.period, origin: { start: { line, character: hit.start }, end: { line, character: hit.end } } } : undefined;
}

/**
 * Whether the report has a part or section of its own on `period` (then its links lead there, and a mention that is
 * no link — the heading itself — has no definition elsewhere either). The same headings as findPeriodReferences.
 */
export function treatsPeriod(outline: readonly OutlineNode[], period: string): boolean {
  return outlineNodes(outline).some((n) => n.level <= 2 && n.kind !== 'lead' && n.kind !== 'point' && planMentions(n.title).some((m) => m.period === period));
}

/** The headings (parts and sections) of the other reports that name `period`, as definitions from `origin`. */
export function planPartsElsewhere(
  files: readonly IndexedFile[],
  self: { readonly uri: string; readonly place: string | null },
  period: string,
  origin: Range,
): ReportDefinition[] {
  const rank = (file: IndexedFile): number => {
    const place = file.report?.meta.place ?? null;
    return place !== null && place === self.place ? 0 : isNationalPlace(place) ? 1 : 2;
  };
  // (A national report: national ones only, rank 0; a local one: its own place's, then the nation's.)
  // A copy of a report (GBK beside UTF-8, CRLF beside LF) offers its parts once (twins.ts).
  const others = otherReportFiles(files, self.uri, (f) => self.place === null || rank(f) < 2);
  // A stable sort: within a rank, the index's order.
  const ordered = others.map((file, i) => ({ file, i })).sort((a, b) => rank(a.file) - rank(b.file) || a.i - b.i);
  const out: ReportDefinition[] = [];
  for (const { file } of ordered) {
    for (const symbol of file.symbols) {
      if (out.length >= MAX_PARTS) return out;
      if (symbol.kind !== 'part' && symbol.kind !== 'section') continue;
      if (planMentions(symbol.name).some((m) => m.period === period)) out.push({ origin, target: { uri: file.uri, range: symbol.selectionRange } });
    }
  }
  return out;
}

/** The text of one line of `text` (0-based), without its line break; '' past the end. One pass up to that line. */
export function lineOf(text: string, line: number): string {
  let start = 0;
  for (let i = 0; i < line; i++) {
    const next = text.indexOf('\n', start);
    if (next < 0) return '';
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end).replace(/\r$/u, '');
}
