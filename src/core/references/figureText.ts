import type { Paragraph, Segment } from '../text/paragraphs';
import type { Indicator } from '../types';
import type { RefContext } from './context';
import { bodyParagraphs } from './context';

/** A figure's paragraph text and where the figure stands in it; undefined where the figure is not in the body. */
export type FigureText = (figure: Indicator) => { readonly text: string; readonly start: number; readonly end: number } | undefined;

/**
 * A figure's paragraph (folded text) and the figure's offsets in it, from its document range: the words around a
 * figure, for the target ↔ actual pairing (targets.ts). The line → paragraph table is built on first use.
 */
export function figureText(ctx: RefContext): FigureText {
  let byLine: Map<number, { p: Paragraph; seg: Segment }> | undefined;
  return (figure: Indicator) => {
    if (!byLine) {
      byLine = new Map();
      for (const p of bodyParagraphs(ctx)) {
        for (const seg of p.segments) byLine.set(seg.line, { p, seg });
      }
    }
    const { start, end } = figure.range;
    const at = byLine.get(start.line);
    if (!at || end.line !== start.line) return undefined;
    const from = at.seg.offset + start.character - at.seg.start;
    const to = at.seg.offset + end.character - at.seg.start;
    if (from < 0 || to > at.p.text.length) return undefined;
    return { text: at.p.text, start: from, end: to };
  };
}
