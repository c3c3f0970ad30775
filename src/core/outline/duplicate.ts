import type { Paragraph } from '../text/paragraphs';
import { isTitleBlockLine } from '../text/laterReports';

const MIN_KEY = 20;
const CONFIRM = 6;

/**
 * Some pages hold the whole report twice (two reading modes of one portal page). Finds the paragraph where the
 * second copy starts, or -1: the first long paragraph that repeats an earlier one, confirmed by the next
 * long paragraphs repeating in the same order, then extended backwards over the repeated title block, and over the
 * copy's own title block where it is worded otherwise than the first's (titleBlockBefore).
 * Linear: one hash map of paragraph keys.
 */
export function findDuplicateStart(paragraphs: readonly Paragraph[]): number {
  // Folded paragraph text is already whitespace-normalised at its ends; the copies of one page are identical.
  const key = (p: Paragraph): string => p.text;
  const seen = new Map<string, number>();
  const long: number[] = [];
  for (const p of paragraphs) if (p.text.length >= MIN_KEY) long.push(p.index);
  for (let li = 0; li < long.length; li++) {
    const j = long[li] as number;
    const k = key(paragraphs[j] as Paragraph);
    const i = seen.get(k);
    if (i === undefined) {
      seen.set(k, j);
      continue;
    }
    if (confirms(paragraphs, long, li, i, key)) {
      const start = extendBack(paragraphs, i, j, key);
      return titleBlockBefore(paragraphs, start, i);
    }
  }
  return -1;
}

function confirms(paragraphs: readonly Paragraph[], long: readonly number[], li: number, i: number, key: (p: Paragraph) => string): boolean {
  const firstLong = long.indexOf(i);
  let matched = 0;
  for (let d = 1; d <= CONFIRM; d++) {
    const a = long[firstLong + d];
    const b = long[li + d];
    if (a === undefined || b === undefined || a >= (long[li] as number)) break;
    if (key(paragraphs[a] as Paragraph) !== key(paragraphs[b] as Paragraph)) return false;
    matched++;
  }
  return matched >= Math.min(CONFIRM, 3);
}

function extendBack(paragraphs: readonly Paragraph[], i: number, j: number, key: (p: Paragraph) => string): number {
  let start = j;
  for (let d = 1; i - d >= 0 && j - d > i; d++) {
    if (key(paragraphs[i - d] as Paragraph) !== key(paragraphs[j - d] as Paragraph)) break;
    start = j - d;
  }
  return start;
}

/** Paragraphs looked at before a copy's start for its title block; a portal's title block is six to eight lines. */
const TITLE_BLOCK = 8;
/** Lines of a title block are short (the title with the meeting after a dash is the longest, ~40 characters). */
const TITLE_BLOCK_LINE = 40;

/**
 * The copy's own title block before `start`: the earliest paragraph among the few right before it whose lines are
 * all short and one of them a title or header line (政府工作报告, ——…会议上, the date, the speaker), or `start`. The
 * portal's second reading mode words its block otherwise than the first (2021年02月19日 / 政府工作报告 / ——2021年2月19日在
 * 河北省… / 省长 许勤 / a photo caption — hebei-2021, hebei-2010, and the archive's 河北 2025), so it was left outside
 * the copy: its lines were coloured as headings and the copy's fold began below them (trial18). Short lines join into
 * one paragraph there (no full stop ends them), so each line of a paragraph is read. Bounded: at most TITLE_BLOCK
 * paragraphs of short lines, never back to `first`.
 */
function titleBlockBefore(paragraphs: readonly Paragraph[], start: number, first: number): number {
  let out = start;
  for (let k = start - 1; k > first && k >= start - TITLE_BLOCK; k--) {
    const p = paragraphs[k] as Paragraph;
    const lines = p.segments.map((seg, n) => p.text.slice(seg.offset, p.segments[n + 1]?.offset ?? p.text.length));
    if (lines.length > TITLE_BLOCK * 2 || lines.some((line) => line.length > TITLE_BLOCK_LINE)) break;
    if (lines.some(isTitleBlockLine)) out = k;
  }
  return out;
}
