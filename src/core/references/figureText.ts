import type { Paragraph, Segment } from '../text/paragraphs';
import type { Indicator } from '../types';
import type { RefContext } from './context';
import { bodyParagraphs } from './context';

/** A figure's paragraph text and where the figure stands in it; undefined where the figure is not in the body. */
export type FigureText = (figure: Indicator) => { readonly text: string; readonly start: number; readonly end: number; readonly paragraph?: Paragraph } | undefined;

/**
 * A figure's paragraph (folded text) and the figure's offsets in it, from its document range: the words around a
 * figure, for the target ↔ actual pairing (targets.ts). The line → paragraph table is built on first use.
 */
export function figureText(ctx: RefContext): FigureText {
  // A line holds several paragraphs where a report was written with escaped breaks (text/escapedBreaks.ts): each line
  // keeps every segment on it, and a figure reads the one its range starts in.
  let byLine: Map<number, Array<{ p: Paragraph; seg: Segment }>> | undefined;
  return (figure: Indicator) => {
    if (!byLine) {
      byLine = new Map();
      for (const p of bodyParagraphs(ctx)) {
        for (const seg of p.segments) {
          const list = byLine.get(seg.line);
          if (list) list.push({ p, seg });
          else byLine.set(seg.line, [{ p, seg }]);
        }
      }
    }
    const { start, end } = figure.range;
    const onLine = byLine.get(start.line);
    const at = onLine && (onLine.length === 1 ? onLine[0] : onLine.find(({ seg }) => seg.start <= start.character && start.character < seg.end));
    if (!at || end.line !== start.line) return undefined;
    const from = at.seg.offset + start.character - at.seg.start;
    const to = at.seg.offset + end.character - at.seg.start;
    if (from < 0 || to > at.p.text.length) return undefined;
    return { text: at.p.text, start: from, end: to, paragraph: at.p };
  };
}
