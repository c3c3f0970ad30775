import { rangeTouches, rangeWithin } from '../positions';
import { segmentSpan } from '../text/paragraphs';
import type { OutlineNode, Range, Reference } from '../types';
import { outlineNodes } from '../outline/flatten';
import type { RefContext } from './context';
import { bodyParagraphs, rangeIn } from './context';
import { namesADocument, planMentions } from './planPeriods';

/**
 * A plan period anywhere in the text (“十四五”, “九五”, 十五期间, 第十个五年计划) → the part (or section) of the report
 * that treats that plan period, in whichever form its title writes it.
 */
export function findPeriodReferences(ctx: RefContext): Reference[] {
  const nodes = outlineNodes(ctx.outline);
  const headings = nodes.filter((n) => n.level <= 2 && n.kind !== 'lead' && n.kind !== 'point');
  const targetFor = new Map<string, OutlineNode | null>();
  const target = (period: string): OutlineNode | null => {
    if (!targetFor.has(period)) targetFor.set(period, headings.find((n) => planMentions(n.title).some((m) => m.period === period)) ?? null);
    return targetFor.get(period) ?? null;
  };
  // A plan named in a heading's own title (（一）…“十五五”…) is the heading speaking, not prose to link from.
  // By line: a mention within a title starts on one of its lines, and most lines hold no title (one look, not one per title).
  const titles = new Map<number, Range[]>();
  for (const n of nodes) {
    if (n.kind !== 'part' && n.kind !== 'section' && n.kind !== 'subsection') continue;
    const t = n.selectionRange;
    for (let line = t.start.line; line <= t.end.line; line++) {
      const onLine = titles.get(line);
      if (onLine) onLine.push(t);
      else titles.set(line, [t]);
    }
  }
  const inTitle = (r: Range): boolean => titles.get(r.start.line)?.some((t) => rangeWithin(r, t)) ?? false;
  const out: Reference[] = [];
  for (const p of bodyParagraphs(ctx)) {
    for (const m of planMentions(p.text)) {
      if (namesADocument(p.text, m)) continue;
      const node = target(m.period);
      if (!node) continue;
      const range = rangeIn(p, m.start, m.end);
      // On the heading's line, or its piece of a line written with escaped breaks (text/escapedBreaks.ts: 徐水 2011, src32).
      const { from, to } = segmentSpan(p, m.start);
      const inHeading = rangeTouches(node.selectionRange, from, to);
      if (inHeading || inTitle(range)) continue;
      out.push({
        kind: 'section',
        from: { range, text: p.text.slice(m.start, m.end) },
        to: { range: node.selectionRange, text: `${node.marker}${node.title}` },
        key: `period:${m.period}`,
      });
    }
  }
  return out;
}
