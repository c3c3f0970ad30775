/**
 * The one binary search over ascending starts that position lookups share: which piece of an escaped-break line holds
 * a character (outline ranges, ranges.ts; a link's “same piece”, references/context.ts), which segment of a paragraph
 * holds an offset of its text (paragraphs.ts), the last quote, title or bracket span opening at or before a figure
 * (numbers/exclusions.ts isBlocked). Each caller passes a key function declared once, never an arrow made per call
 * (perf37: V8 drops the optimised code of such arrows at every full GC).
 */

/** The index of the last of `items` whose key is at or before `x`, or -1 when the first one's is after it. O(log n). */
export function lastAtOrBefore<T>(items: readonly T[], key: (item: T) => number, x: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid] as T) <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
