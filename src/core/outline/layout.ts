import type { Paragraph } from '../text/paragraphs';

/** Paragraph starts looked at to decide a report's layout (indented paragraphs, blank lines between them). */
const LAYOUT_SAMPLE = 400;
/** Paragraphs at least this long are body text; shorter ones (headings, leads) say nothing about the layout. */
export const MIN_BODY = 40;

/**
 * Among the body paragraphs of the first LAYOUT_SAMPLE: how many there are, and for how many `has` holds (asked with
 * `context`). Callers compare the two counts (a share needs ten of them at least). They pass a function declared once
 * and what it reads as `context`, not an arrow made per call: a full GC drops the optimised code of an arrow no live
 * closure holds, and each analysis after one re-optimised it (--trace-opt).
 */
export function layoutCounts<C>(paragraphs: readonly Paragraph[], has: (p: Paragraph, context: C) => boolean, context: C): { long: number; yes: number } {
  let long = 0;
  let yes = 0;
  for (let i = 0; i < paragraphs.length && i < LAYOUT_SAMPLE; i++) {
    const p = paragraphs[i] as Paragraph;
    if (p.text.length < MIN_BODY) continue;
    long++;
    if (has(p, context)) yes++;
  }
  return { long, yes };
}
