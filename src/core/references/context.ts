import type { Paragraph } from '../text/paragraphs';
import { endPositionAt, positionAt, segmentSpan } from '../text/paragraphs';
import { lastAtOrBefore } from '../text/lastAtOrBefore';
import { rangeTouches } from '../positions';
import type { Indicator, OutlineNode, Position, Range, ReportMeta } from '../types';

/** What every reference finder reads: the body paragraphs (folded text + positions), the outline and the figures. */
export interface RefContext {
  readonly paragraphs: readonly Paragraph[];
  readonly bodyStart: number;
  readonly bodyEnd: number;
  readonly outline: readonly OutlineNode[];
  readonly meta: ReportMeta;
  readonly indicators: () => readonly Indicator[];
}

/** A span of a paragraph as a document range; its end stays on its last line (see endPositionAt). */
export function rangeIn(p: Paragraph, start: number, end: number): Range {
  if (end === start) {
    const at = positionAt(p, start);
    return { start: at, end: at };
  }
  return { start: positionAt(p, start), end: endPositionAt(p, end) };
}

/** Glossary and annex blocks, whose paragraphs are definitions rather than body text. */
export function blockNodes(outline: readonly OutlineNode[]): OutlineNode[] {
  return outline.filter((n) => n.kind === 'glossary' || n.kind === 'annex');
}

/** A heading that is only a glossary's title (名词解释, 附：名词解释, 有关名词注释, 注释), as the outline gives it. */
const GLOSSARY_TITLE = /^(?:附[:：]?)?(?:有关)?(?:名词(?:解释|注释)|注释)$/u;

/**
 * Glossary headings the outline put inside the body's last section instead of beside it (阜平 2021, outside src32: 名 词
 * 解 释 after (四)坚持依法行政…, read as one of its subsections): the block of notes all the same. Only a heading that
 * is nothing but a glossary's title counts, at any depth; the top-level blocks are blockNodes'. One walk over the
 * outline's nodes (a few hundred).
 */
export function nestedGlossaries(outline: readonly OutlineNode[]): OutlineNode[] {
  const out: OutlineNode[] = [];
  const walk = (nodes: readonly OutlineNode[]): void => {
    for (const n of nodes) {
      if (GLOSSARY_TITLE.test(n.title)) out.push(n);
      else walk(n.children);
    }
  };
  for (const n of outline) walk(n.children);
  return out;
}

/**
 * Whether paragraph `p` starts in one of the nodes: its first line's, or where a line holds a whole report written with
 * escaped breaks (text/escapedBreaks.ts), its first piece's (by line, every paragraph of 容城县 2017, src32, was in its
 * glossary, and none was read for links).
 */
export function paragraphInNodes(p: Paragraph, nodes: readonly OutlineNode[]): boolean {
  if (nodes.length === 0) return false;
  const { from, to } = segmentSpan(p);
  return rangeInNodes({ start: from, end: to }, nodes);
}

/**
 * Whether a range (a figure's) lies in one of the nodes, by position: on a line holding a whole report written with
 * escaped breaks, every figure shares line 0 with the glossary, and by line all of them were in it (容城县 2017, src32).
 */
export function rangeInNodes(range: Range, nodes: readonly OutlineNode[]): boolean {
  return nodes.some((n) => rangeTouches(n.range, range.start, range.end));
}

/** A year a part's title is about (一、2025年工作回顾). */
const PART_YEAR = /(?:19|20)\d{2}(?=年)/;

/**
 * The year the part holding the text from `from` to `to` is about, from its title (一、2025年工作回顾), or undefined: a
 * note or an annex on 2026年10件民生实事 does not explain the 10件民生实事 of the review of 2025 (terms.ts, annexTitles.ts).
 */
export function partYearAt(outline: readonly OutlineNode[], from: Position, to: Position): string | undefined {
  return outline.find((n) => n.level === 1 && rangeTouches(n.range, from, to))?.title.match(PART_YEAR)?.[0];
}

/** The body's span of paragraphs: what bodyParagraphs walks. */
export type BodySpan = Pick<RefContext, 'paragraphs' | 'bodyStart' | 'bodyEnd'>;

/**
 * The body paragraphs in document order — after the title block (bodyStart), before a duplicated copy or another report
 * of the same session (bodyEnd) — leaving out those that start inside one of `skip` (glossary or annex blocks:
 * definitions, not body text). The one walk of the reference scans over the body; the few that need a paragraph's index
 * (forward.ts, abbreviations.ts's short names) or read the blocks too (footnotes.ts) walk it themselves.
 * An array, not a generator (perf31): some twenty scans of the stage walk it, and each step of a generator is a resumed
 * frame and a result object — allocation the stage's share paid in scavenges, and right after a full GC, when the
 * stage runs unoptimised, a call per paragraph.
 */
export function bodyParagraphs(ctx: BodySpan, skip: readonly OutlineNode[] = []): readonly Paragraph[] {
  if (skip.length === 0) return ctx.paragraphs.slice(ctx.bodyStart, ctx.bodyEnd);
  const out: Paragraph[] = [];
  for (let i = ctx.bodyStart; i < ctx.bodyEnd; i++) {
    const p = ctx.paragraphs[i] as Paragraph;
    if (!paragraphInNodes(p, skip)) out.push(p);
  }
  return out;
}

/**
 * Whether two positions lie in one paragraph's piece of a line: on one line, unless the line holds the pieces of
 * several paragraphs, as a report whose breaks were written out as escapes does (its whole text is line 0: 阜平县-2017,
 * src32): there, two places of one line may be paragraphs apart. The lines holding more than one piece are read once;
 * a position's piece is found by a binary search over its line's piece starts.
 */
export function samePieceOf(ctx: { readonly paragraphs: readonly Paragraph[] }): (a: Position, b: Position) => boolean {
  // A line's first piece start is kept as a number; a list is made only for a line holding a second piece (perf43: a
  // list per line was most of this pass on a text of half a million one-piece lines, the closer-lines shape).
  const first = new Map<number, number>();
  const shared = new Map<number, number[]>();
  for (const p of ctx.paragraphs) {
    for (const seg of p.segments) {
      const list = shared.get(seg.line);
      if (list) list.push(seg.start);
      else {
        const start = first.get(seg.line);
        if (start === undefined) first.set(seg.line, seg.start);
        else shared.set(seg.line, [start, seg.start]);
      }
    }
  }
  for (const list of shared.values()) list.sort((x, y) => x - y);
  return (a, b) => {
    if (a.line !== b.line) return false;
    const list = shared.get(a.line);
    // A character before the line's first piece reads as in that piece.
    return list === undefined || Math.max(0, lastAtOrBefore(list, itself, a.character)) === Math.max(0, lastAtOrBefore(list, itself, b.character));
  };
}

function itself(start: number): number {
  return start;
}
