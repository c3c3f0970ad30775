/** Small facts about paragraphs that the outline parser asks while reading (parseOutline.ts). */
import type { Paragraph } from '../text/paragraphs';
import { firstLine } from '../text/paragraphs';
import type { DraftNode } from './draft';
import { draft } from './headingStack';
import type { findInlinePoints } from './inlinePoints';

/** The paragraph goes on after offset `end` with more than closing punctuation. */
export function goesOn(text: string, end: number): boolean {
  for (let i = end; i < text.length; i++) if (!' 。.!?;；:：”’)'.includes(text[i] as string)) return true;
  return false;
}

/** Shorter than this, two paragraphs may open alike without one being a copy of the other. */
const MIN_REPEAT = 20;

/**
 * The paragraph repeats the one before it, whole or cut short (2015 lines 107/109: the scrape left the paragraph
 * twice, the first copy truncated): the copy adds no lead. O(length of the shorter one).
 */
export function repeats(p: Paragraph, prev: Paragraph | undefined): boolean {
  if (!prev || Math.min(p.text.length, prev.text.length) < MIN_REPEAT) return false;
  return p.text.length >= prev.text.length ? p.text.startsWith(prev.text) : prev.text.startsWith(p.text);
}

/** `next` starts on the line right after `p` ends (no blank line between). */
export function startsOnNextLine(p: Paragraph, next: Paragraph): boolean {
  return firstLine(next) === (p.segments[p.segments.length - 1] as { line: number }).line + 1;
}

/** Inline 一是…二是… points become children of `parent`, each ending where the next starts. */
export function addInlinePoints(parent: DraftNode, points: ReturnType<typeof findInlinePoints>): void {
  for (const pt of points) {
    parent.children.push({ ...draft('point', parent.level + 1, pt.marker, pt.title, pt.start, pt.titleEnd), fixedEnd: pt.end });
  }
}
