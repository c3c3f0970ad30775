import type { Line, ReportDocument } from '../text/document';
import { isBlank } from '../text/document';
import type { OutlineNode, Position } from '../types';
import { isBefore } from '../positions';
import type { DraftNode } from './draft';
import { escapedPieces } from '../text/escapedBreaks';
import { lastAtOrBefore } from '../text/lastAtOrBefore';

/**
 * Each node's range runs from its heading to the last content line before its next sibling (or before the end of
 * its parent); trailing blank and chrome lines are left out so folding and sticky scroll stop at the text.
 */
export function assignRanges(roots: readonly DraftNode[], doc: ReportDocument, bodyEnd: Position): OutlineNode[] {
  const lines = new ContentLines(doc);
  const docEnd = lines.lastEndBefore(bodyEnd);
  return finish(roots, docEnd, lines);
}

/**
 * The lines a range counts and stops at: each physical line, or each piece of a line whose breaks are written out as
 * escapes (escapedBreaks.ts), which is a line of the text for its reader. By line, a report so written is one line:
 * every range ended just before the next heading, over the escape and the spaces before it, and the last of a series
 * of one-line leads ran on to its part's end (src32 徐水区 2018: “——过去的一年，我们致力于抓改革优服务，…” took in the
 * closing paragraphs of part 一; 20 of the 27 such free texts). A line's pieces are found once: O(length) in all.
 */
class ContentLines {
  private readonly pieces = new Map<number, readonly Line[]>();

  constructor(private readonly doc: ReportDocument) {}

  /** The pieces of line `i` (the line itself when its breaks are real), or none past the document's end. */
  of(i: number): readonly Line[] {
    let out = this.pieces.get(i);
    if (out === undefined) {
      const line = this.doc.lines[i];
      out = line === undefined ? [] : (escapedPieces(line) ?? [line]);
      this.pieces.set(i, out);
    }
    return out;
  }

  /** The index in its line's pieces of the last piece starting at or before `character`, or -1: a binary search. */
  private indexAt(pieces: readonly Line[], character: number): number {
    return lastAtOrBefore(pieces, pieceStart, character);
  }

  /** The piece holding `pos`: the last one starting at or before it. O(log pieces). */
  at(pos: Position): Line | undefined {
    const pieces = this.of(pos.line);
    return pieces[this.indexAt(pieces, pos.character)];
  }

  /** `pos` opens its line, or the piece of it its escapes set apart. */
  opensPiece(pos: Position): boolean {
    const pieces = this.of(pos.line);
    return pieces.length > 1 ? this.at(pos)?.start === pos.character : pos.character === 0;
  }

  /** Content pieces (not blank, not chrome) that start at or after `from` and before `to`. O(pieces between + log). */
  between(from: Position, to: Position): number {
    let n = 0;
    for (let i = from.line; i <= to.line && i < this.doc.lines.length; i++) {
      const pieces = this.of(i);
      const split = pieces.length > 1;
      // A piece before `from` on its line is not counted; on `to`'s line, only pieces before `to` (none of a real line).
      let k = i === from.line && split ? this.indexAt(pieces, from.character) : 0;
      if (k < 0) k = 0;
      if (i === from.line && split && (pieces[k] as Line).start < from.character) k++;
      for (; k < pieces.length; k++) {
        const piece = pieces[k] as Line;
        if (i === to.line && (!split || piece.start >= to.character)) break;
        if (isContentLine(piece)) n++;
      }
    }
    return n;
  }

  /** The end of the last content piece before `pos` (or `pos` itself when text precedes it in its piece). */
  endBefore(pos: Position): Position {
    const piece = this.at(pos);
    if (piece && pos.character > piece.start) return pos;
    return this.lastEndBefore(pos);
  }

  /** The end of the last content piece that ends at or before `pos`. */
  lastEndBefore(pos: Position): Position {
    for (let i = Math.min(pos.line, this.doc.lines.length - 1); i >= 0; i--) {
      const pieces = this.of(i);
      const last = i === pos.line && pieces.length > 1 ? this.indexAt(pieces, pos.character) : pieces.length - 1;
      for (let k = last; k >= 0; k--) {
        const piece = pieces[k] as Line;
        if ((i < pos.line || (pieces.length > 1 && piece.end <= pos.character)) && isContentLine(piece)) return { line: i, character: piece.end };
      }
    }
    return { line: 0, character: 0 };
  }
}

function pieceStart(piece: Line): number {
  return piece.start;
}

function finish(list: readonly DraftNode[], parentEnd: Position, doc: ContentLines): OutlineNode[] {
  return list.map((d, i) => {
    const next = list[i + 1];
    const ownLine = closesOneLineSeries(list, i, doc);
    let end = d.fixedEnd ?? ownLine ?? (next ? doc.endBefore(next.start) : parentEnd);
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
 * The end of node `at`'s own line when it closes a series of points or leads (一是…八是, ——X。) each of which is
 * one line of text, whether the list ends there or a sibling of another kind follows (national 2016's ——leads, then
 * 回顾过去一年… and 一年来，我们主要做了以下工作： before its sections): the paragraphs after such a series close the part (辽宁 2026's “十四五” review after 八是…; 海拉尔
 * 2018's “各位代表，2017年…” after its last lead), and a sixth trial saw them filed under the last item in breadcrumbs
 * and cards. Undefined when a point of the series runs over several lines (it may be a point with its own body).
 */
function closesOneLineSeries(list: readonly DraftNode[], at: number, doc: ContentLines): Position | undefined {
  const last = list[at];
  if (!last || at < 2 || last.fixedEnd || last.children.length > 0) return undefined;
  const series = (d: DraftNode): boolean => d.kind === last.kind && (d.kind === 'point' || d.kind === 'lead');
  if (!series(last)) return undefined;
  // The series ends here: the list does, or a sibling of another kind follows (河北省-2023's six 这五年，是…的五年 leads,
  // then 各位代表，刚刚过去的2022年… and （一）…: the 2022 paragraphs are the part's, not the sixth lead's).
  const next = list[at + 1];
  if (next && series(next)) return undefined;
  // The run of the same kind that this node ends, at least two before it, every one of them a single line.
  let count = 0;
  for (let i = at - 1; i >= 0 && series(list[i] as DraftNode); i--) {
    const d = list[i] as DraftNode;
    const next = list[i + 1] as DraftNode;
    if (d.children.length > 0 || !doc.opensPiece(d.start) || doc.between(d.start, next.start) !== 1) return undefined;
    count++;
  }
  if (count < 2 || !doc.opensPiece(last.start)) return undefined;
  const piece = doc.at(last.start);
  return piece ? { line: last.start.line, character: piece.end } : undefined;
}

/** A line with text: not blank and not page chrome (where ranges stop, and what a one-line item counts). */
function isContentLine(line: Line | undefined): boolean {
  return line !== undefined && !isBlank(line) && !line.chrome;
}
