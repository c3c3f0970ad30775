import type { Paragraph } from '../text/paragraphs';
import { endPositionAt, positionAt } from '../text/paragraphs';
import { rangeSpansLine } from '../positions';
import type { Indicator, OutlineNode, Range, ReportMeta } from '../types';

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

/** Whether line `line` belongs to one of the nodes (their ranges, first and last line included). */
export function inNodes(line: number, nodes: readonly OutlineNode[]): boolean {
  return nodes.some((n) => rangeSpansLine(n.range, line));
}
