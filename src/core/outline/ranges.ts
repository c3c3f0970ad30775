import type { Line, ReportDocument } from '../text/document';
import { isBlank } from '../text/document';
import type { OutlineNode, Position } from '../types';
import { isBefore } from '../positions';
import type { DraftNode } from './draft';

/**
 * Each node's range runs from its heading to the last content line before its next sibling (or before the end of
 * its parent); trailing blank and chrome lines are left out so folding and sticky scroll stop at the text.
 */
export function assignRanges(roots: readonly DraftNode[], doc: ReportDocument, endLine: number): OutlineNode[] {
  const docEnd = lastContentEnd(doc, endLine);
  return finish(roots, docEnd, doc);
}

function finish(list: readonly DraftNode[], parentEnd: Position, doc: ReportDocument): OutlineNode[] {
  const lastOwnLine = lastOfOneLineSeries(list, doc);
  return list.map((d, i) => {
    const next = list[i + 1];
    let end = d.fixedEnd ?? (next ? endBefore(next.start, doc) : i === list.length - 1 && lastOwnLine !== undefined ? lastOwnLine : parentEnd);
    if (isBefore(parentEnd, end)) end = parentEnd;
    if (isBefore(end, d.selectionEnd)) end = d.selectionEnd;
    const start = d.start;
    return {
      level: d.level,
      kind: d.kind,
      marker: d.marker,
      title: d.title,
      range: { start, end },
      selectionRange: { start, end: isBefore(end, d.selectionEnd) ? end : d.selectionEnd },
      children: finish(d.children, end, doc),
    };
  });
}


/**
 * The end of the last node's own line when it closes a series of points or leads (一是…八是, ——X。) each of which is
 * one line of text: the paragraphs after such a series close the part (辽宁 2026's “十四五” review after 八是…; 海拉尔
 * 2018's “各位代表，2017年…” after its last lead), and a sixth trial saw them filed under the last item in breadcrumbs
 * and cards. Undefined when a point of the series runs over several lines (it may be a point with its own body).
 */
function lastOfOneLineSeries(list: readonly DraftNode[], doc: ReportDocument): Position | undefined {
  const last = list[list.length - 1];
  if (!last || list.length < 3 || last.fixedEnd || last.children.length > 0) return undefined;
  const series = (d: DraftNode): boolean => d.kind === last.kind && (d.kind === 'point' || d.kind === 'lead');
  if (!series(last)) return undefined;
  // The run of the same kind that the last node ends, at least two before it, every one of them a single line.
  let count = 0;
  for (let i = list.length - 2; i >= 0 && series(list[i] as DraftNode); i--) {
    const d = list[i] as DraftNode;
    const next = list[i + 1] as DraftNode;
    if (d.children.length > 0 || d.start.character > 0 || contentLinesBetween(doc, d.start.line, next.start.line) !== 1) return undefined;
    count++;
  }
  if (count < 2 || last.start.character > 0) return undefined;
  const line = doc.lines[last.start.line];
  return line ? { line: last.start.line, character: line.end } : undefined;
}

/** Lines with text (not blank, not page chrome) from `from` up to, not including, `to`. */
function contentLinesBetween(doc: ReportDocument, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    if (isContentLine(doc.lines[i])) n++;
  }
  return n;
}

/** The end of the last content line before `pos` (or `pos` itself when something precedes it on its line). */
function endBefore(pos: Position, doc: ReportDocument): Position {
  const line = doc.lines[pos.line];
  if (line && pos.character > line.start) return pos;
  return lastContentEnd(doc, pos.line);
}

function lastContentEnd(doc: ReportDocument, endLine: number): Position {
  for (let i = Math.min(endLine, doc.lines.length) - 1; i >= 0; i--) {
    const line = doc.lines[i];
    if (line && isContentLine(line)) return { line: i, character: line.end };
  }
  return { line: 0, character: 0 };
}

/** A line with text: not blank and not page chrome (where ranges stop, and what a one-line item counts). */
function isContentLine(line: Line | undefined): boolean {
  return line !== undefined && !isBlank(line) && !line.chrome;
}
