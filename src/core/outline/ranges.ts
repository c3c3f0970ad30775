import type { ReportDocument } from '../text/document';
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
  return list.map((d, i) => {
    const next = list[i + 1];
    let end = d.fixedEnd ?? (next ? endBefore(next.start, doc) : parentEnd);
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


/** The end of the last content line before `pos` (or `pos` itself when something precedes it on its line). */
function endBefore(pos: Position, doc: ReportDocument): Position {
  const line = doc.lines[pos.line];
  if (line && pos.character > line.start) return pos;
  return lastContentEnd(doc, pos.line);
}

function lastContentEnd(doc: ReportDocument, endLine: number): Position {
  for (let i = Math.min(endLine, doc.lines.length) - 1; i >= 0; i--) {
    const line = doc.lines[i];
    if (line && !isBlank(line) && !line.chrome) return { line: i, character: line.end };
  }
  return { line: 0, character: 0 };
}
