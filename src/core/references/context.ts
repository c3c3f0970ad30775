import type { Paragraph } from '../text/paragraphs';
import { positionAt } from '../text/paragraphs';
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

export function rangeIn(p: Paragraph, start: number, end: number): Range {
  return { start: positionAt(p, start), end: positionAt(p, end) };
}

/** Glossary and annex blocks, whose paragraphs are definitions rather than body text. */
export function blockNodes(outline: readonly OutlineNode[]): OutlineNode[] {
  return outline.filter((n) => n.kind === 'glossary' || n.kind === 'annex');
}

export function inNodes(line: number, nodes: readonly OutlineNode[]): boolean {
  return nodes.some((n) => line >= n.range.start.line && line <= n.range.end.line);
}
