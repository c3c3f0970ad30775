import type { Paragraph } from '../text/paragraphs';

const MIN_KEY = 20;
const CONFIRM = 6;

/**
 * Some pages hold the whole report twice (two reading modes of one portal page). Finds the paragraph where the
 * second copy starts, or -1: the first long paragraph that repeats an earlier one, confirmed by the next
 * long paragraphs repeating in the same order, then extended backwards over the repeated title block.
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
    if (confirms(paragraphs, long, li, i, key)) return extendBack(paragraphs, i, j, key);
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
