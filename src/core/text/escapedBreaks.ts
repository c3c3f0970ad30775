import type { Line } from './document';
import { MAX_HEADING_SCAN } from './document';
import { isChromeLine, isFooterStart } from './chrome';

/**
 * A line break written out as its two escapes, backslash-r backslash-n: a spreadsheet cell exported with its breaks
 * escaped leaves a whole report on one physical line (src32's 保定 county texts from the xlsx column H: 容城县 2012–2020,
 * 徐水区 2012–2019, 清苑区 2003–2013, 易县 2017–2019, 阜平县 2013 and 2017, 顺平县 2008 and 2023 — 27 of its 134 free
 * texts: “一、2018年工作回顾\r\n2018年，是具有重大历史意义的一年，…”). Read as one line, such a report had no outline at all.
 */
const ESCAPED_BREAK = '\\r\\n';
/** A line holds at least this many escaped breaks before it is read as the lines they stand for. */
const MIN_ESCAPED_BREAKS = 2;

/**
 * A physical line's text split at its escaped breaks when it holds at least MIN_ESCAPED_BREAKS of them (as escapedPieces
 * reads it), else the line alone: for readers of plain strings, like report detection on a file's opening. O(line length).
 */
export function escapedLinesOf(line: string): string[] {
  return holdsEscapedBreaks(line) ? line.split(ESCAPED_BREAK) : [line];
}

/**
 * Whether a physical line is read as the pieces between its escaped breaks (it holds MIN_ESCAPED_BREAKS of them): such a
 * line is a whole report, and “line 1” says nothing of where on it a figure stands (positionText adds the column).
 * O(line length): two bounded scans.
 */
export function holdsEscapedBreaks(line: string): boolean {
  const first = line.indexOf(ESCAPED_BREAK);
  return first >= 0 && line.indexOf(ESCAPED_BREAK, first + ESCAPED_BREAK.length) >= 0;
}

/**
 * The pieces of a physical line between its escaped breaks, each as a line of its own for the paragraph builder: the
 * same index (positions stay the editor's: line and UTF-16 offset), its start and end moved to the piece's text, blank
 * when the piece is (two breaks in a row). Page chrome is marked per piece as buildDocument marks it per line, a footer
 * making every piece after it chrome. Null when the line holds fewer than MIN_ESCAPED_BREAKS escapes. O(line length).
 */
export function escapedPieces(line: Line): Line[] | null {
  const folded = line.folded;
  let at = folded.indexOf(ESCAPED_BREAK, line.start);
  if (at < 0 || at >= line.end || folded.indexOf(ESCAPED_BREAK, at + ESCAPED_BREAK.length) < 0) return null;
  const pieces: Line[] = [];
  let from = line.start;
  let footer = false;
  let breaks = 0;
  for (;;) {
    const stop = at < 0 || at >= line.end ? line.end : at;
    let start = from;
    let end = stop;
    while (start < end && folded.charCodeAt(start) === 0x20) start++;
    while (end > start && folded.charCodeAt(end - 1) === 0x20) end--;
    const content = folded.slice(start, end);
    if (!footer && start < end && isFooterStart(content)) footer = true;
    const chrome = line.chrome || footer || (start < end && content.length <= MAX_HEADING_SCAN && isChromeLine(content));
    pieces.push({ index: line.index, raw: line.raw, folded, start, end, softBlank: false, chrome });
    if (stop === line.end) break;
    breaks++;
    from = stop + ESCAPED_BREAK.length;
    at = folded.indexOf(ESCAPED_BREAK, from);
  }
  return breaks >= MIN_ESCAPED_BREAKS ? pieces : null;
}

/**
 * The document as its lines are read: a line holding escaped breaks replaced by its pieces (escapedPieces), every other
 * line as it is. The same document object when no line holds any, so that a by-line reader (reportYear.ts) asks the
 * pieces of an escaped report the questions it asks the lines of any other without a copy for the rest. O(text).
 */
export function withEscapedPieces<D extends { readonly lines: readonly Line[] }>(doc: D): D {
  let lines: Line[] | null = null;
  for (let i = 0; i < doc.lines.length; i++) {
    const line = doc.lines[i] as Line;
    const pieces = line.chrome ? null : escapedPieces(line);
    if (pieces === null) {
      lines?.push(line);
      continue;
    }
    lines ??= doc.lines.slice(0, i);
    lines.push(...pieces);
  }
  return lines === null ? doc : { ...doc, lines };
}
