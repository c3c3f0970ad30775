import type { Paragraph } from '../text/paragraphs';

/** Paragraph starts looked at to decide a report's layout (indented paragraphs, blank lines between them). */
const LAYOUT_SAMPLE = 400;
/** Paragraphs at least this long are body text; shorter ones (headings, leads) say nothing about the layout. */
export const MIN_BODY = 40;

/**
 * Among the body paragraphs of the first LAYOUT_SAMPLE: how many there are, and for how many `has` holds. Callers
 * compare the two counts (a share needs ten of them at least).
 */
export function layoutCounts(paragraphs: readonly Paragraph[], has: (p: Paragraph) => boolean): { long: number; yes: number } {
  let long = 0;
  let yes = 0;
  for (let i = 0; i < paragraphs.length && i < LAYOUT_SAMPLE; i++) {
    const p = paragraphs[i] as Paragraph;
    if (p.text.length < MIN_BODY) continue;
    long++;
    if (has(p)) yes++;
  }
  return { long, yes };
}
