import { rangeSpansLine, rangeWithin } from '../positions';
import type { OutlineNode, Range, Reference } from '../types';
import { flattenOutline } from '../outline/flatten';
import type { Paragraph } from '../text/paragraphs';
import type { RefContext } from './context';
import { rangeIn } from './context';

const PERIOD = /十一五|十二五|十三五|十四五|十五五|十六五/g;

/** “十四五” anywhere in the text → the part (or section) of the report that treats that plan period. */
export function findPeriodReferences(ctx: RefContext): Reference[] {
  const nodes = flattenOutline(ctx.outline).map(({ node }) => node);
  const headings = nodes.filter((n) => n.level <= 2 && n.kind !== 'lead' && n.kind !== 'point');
  const targetFor = new Map<string, OutlineNode | null>();
  const target = (period: string): OutlineNode | null => {
    if (!targetFor.has(period)) targetFor.set(period, headings.find((n) => n.title.includes(period)) ?? null);
    return targetFor.get(period) ?? null;
  };
  // A plan named in a heading's own title (（一）…“十五五”…) is the heading speaking, not prose to link from.
  const titles = nodes
    .filter((n) => n.kind === 'part' || n.kind === 'section' || n.kind === 'subsection')
    .map((n) => n.selectionRange);
  const inTitle = (r: Range): boolean => titles.some((t) => rangeWithin(r, t));
  const out: Reference[] = [];
  for (let i = ctx.bodyStart; i < ctx.bodyEnd; i++) {
    const p = ctx.paragraphs[i] as Paragraph;
    if (!p.text.includes('五')) continue;
    for (const m of p.text.matchAll(PERIOD)) {
      const node = target(m[0]);
      if (!node) continue;
      const range = rangeIn(p, m.index, m.index + m[0].length);
      const inHeading = rangeSpansLine(node.selectionRange, range.start.line);
      if (inHeading || inTitle(range)) continue;
      out.push({
        kind: 'section',
        from: { range, text: m[0] },
        to: { range: node.selectionRange, text: `${node.marker}${node.title}` },
        key: `period:${m[0]}`,
      });
    }
  }
  return out;
}
