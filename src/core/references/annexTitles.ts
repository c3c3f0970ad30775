import type { OutlineNode, Reference } from '../types';
import type { Paragraph } from '../text/paragraphs';
import { segmentSpan } from '../text/paragraphs';
import type { RefContext } from './context';
import { bodyParagraphs, blockNodes, partYearAt, rangeIn } from './context';

/** The year and the scope an annex's title opens with (2026年省|十件民生实事): the body says the rest. */
const TITLE_HEAD = /^((?:19|20)\d{2})年度?[省市区县]?/;
/** The rest is a name worth looking for when at least this long (十件民生实事). */
const MIN_REST = 4;

/**
 * An annex that lists the year's projects (附件1 2026年省十件民生实事) is what the body means where it names them
 * without the year (办好十件民生实事): each such mention links to the annex, in the parts about that year or about no
 * one year (not the review's 十件民生实事全面完成, which were last year's). One native search per annex title and
 * paragraph; reports have one or two annexes.
 */
export function findAnnexTitleReferences(ctx: RefContext): Reference[] {
  const blocks = blockNodes(ctx.outline);
  const titles: Array<{ node: OutlineNode; rest: string; year: string }> = [];
  for (const node of blocks) {
    if (node.kind !== 'annex') continue;
    const head = TITLE_HEAD.exec(node.title);
    const rest = head ? node.title.slice(head[0].length) : '';
    if (head && rest.length >= MIN_REST) titles.push({ node, rest, year: head[1] as string });
  }
  if (titles.length === 0) return [];
  const partYear = (p: Paragraph): string | undefined => {
    const { from, to } = segmentSpan(p);
    return partYearAt(ctx.outline, from, to);
  };
  const out: Reference[] = [];
  for (const p of bodyParagraphs(ctx, blocks)) {
    for (const { node, rest, year } of titles) {
      if (!p.text.includes(rest) || (partYear(p) ?? year) !== year) continue;
      for (let at = p.text.indexOf(rest); at >= 0; at = p.text.indexOf(rest, at + rest.length)) {
        out.push({ kind: 'term', from: { range: rangeIn(p, at, at + rest.length), text: rest }, to: { range: node.selectionRange, text: `${node.marker} ${node.title}` }, key: `annex:${node.title}` });
      }
    }
  }
  return out;
}
