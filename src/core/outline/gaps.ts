import type { ReportDocument } from '../text/document';
import { isBlank } from '../text/document';
import type { Paragraph } from '../text/paragraphs';
import { firstLine } from '../text/paragraphs';
import { layoutCounts } from './layout';

/** Blank lines above a heading that set it apart (Wikisource pages put three above each h2/h3 heading). */
const HEADING_GAP = 3;
/** The share of body paragraphs below such a gap, at most, in a report that keeps the gap for its headings. */
const MAX_GAPPED_SHARE = 0.05;

/** Blank lines right above `line`, counted up to HEADING_GAP: O(1). */
function gapAbove(doc: ReportDocument, line: number): number {
  let n = 0;
  for (let l = doc.lines[line - 1]; n < HEADING_GAP && l !== undefined && isBlank(l); l = doc.lines[line - n - 1]) n++;
  return n;
}

/** Whether a heading's gap stands above the paragraph (see widensHeadingGaps). */
function gappedAbove(p: Paragraph, doc: ReportDocument): boolean {
  return gapAbove(doc, firstLine(p)) >= HEADING_GAP;
}

/**
 * The report sets its headings apart with a wide gap that its body paragraphs never have (1987: three blank lines
 * above 一、…四、, one between paragraphs). Read once over the layout sample: O(sample).
 */
export function widensHeadingGaps(doc: ReportDocument, paragraphs: readonly Paragraph[]): boolean {
  const { long, yes } = layoutCounts(paragraphs, gappedAbove, doc);
  // A fused heading is itself a long paragraph below the gap: a few are allowed.
  return long >= 10 && yes <= long * MAX_GAPPED_SHARE;
}

/** Paragraph `p` stands below the wide gap of a heading. */
export function isBelowHeadingGap(doc: ReportDocument, p: Paragraph): boolean {
  return gapAbove(doc, firstLine(p)) >= HEADING_GAP;
}
