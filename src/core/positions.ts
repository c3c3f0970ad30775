/**
 * The one home of position and range arithmetic (VS Code's: 0-based lines, UTF-16 characters). Every part of the
 * core and the editor adapters compares positions through these, so that “inside” and “before” mean one thing.
 */
import type { Position, Range } from './types';

/** Negative when `a` comes first, 0 when equal, positive when `b` comes first. */
export function comparePositions(a: Position, b: Position): number {
  return a.line !== b.line ? a.line - b.line : a.character - b.character;
}

/** Whether `a` comes strictly before `b`. */
export function isBefore(a: Position, b: Position): boolean {
  return comparePositions(a, b) < 0;
}

/** Ranges in document order of their starts. */
export function compareRanges(a: Range, b: Range): number {
  return comparePositions(a.start, b.start);
}

/** Whether `position` lies in `range`: its start included, its end included unless `inclusiveEnd` is false. */
export function rangeContains(range: Range, position: Position, inclusiveEnd = true): boolean {
  if (comparePositions(position, range.start) < 0) return false;
  const toEnd = comparePositions(position, range.end);
  return inclusiveEnd ? toEnd <= 0 : toEnd < 0;
}

/** Whether `inner` lies wholly inside `outer`. */
export function rangeWithin(inner: Range, outer: Range): boolean {
  return comparePositions(inner.start, outer.start) >= 0 && comparePositions(inner.end, outer.end) <= 0;
}

export function sameRange(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;
}

/** A position as a map key: equal keys for equal positions (“30:41”). */
export function positionKey(position: Position): string {
  return `${position.line}:${position.character}`;
}

/** A range as a map key: equal keys for equal ranges (“30:41-30:45”). */
export function rangeKey(range: Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** Whether the range touches line `line` (starts, ends or runs through it). */
export function rangeSpansLine(range: Range, line: number): boolean {
  return range.start.line <= line && line <= range.end.line;
}

/**
 * Whether a range touches the piece of a line from `from` to `to` (a paragraph's segment: text/paragraphs.ts
 * segmentSpan). Where a line holds one piece of text this is rangeSpansLine; a line whose breaks were written out as
 * escapes (text/escapedBreaks.ts) holds a whole report, and by line every heading spanned every paragraph.
 */
export function rangeTouches(range: Range, from: Position, to: Position): boolean {
  return isBefore(range.start, to) && !endsBefore(range.end, from);
}

/**
 * A range ending at `end` ends before text starting at `from`: on an earlier line, or on its line at or before it (a
 * heading's range ends where the next one's starts). A range ending at column 0 does not leave its line, as by line.
 */
export function endsBefore(end: Position, from: Position): boolean {
  return end.line < from.line || (end.line === from.line && end.character > 0 && end.character <= from.character);
}

/** Whether two ranges share a character (touching ends do not). */
export function rangesOverlap(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) < 0 && comparePositions(b.start, a.end) < 0;
}
