/** Outline view, breadcrumbs, sticky scroll and Go to Symbol (Ctrl+Shift+O): the outline as symbols. */
import { headingLabel } from '../headings';
import { outlineKindLabel } from '../l10n/labels';
import { translator } from '../l10n/translate';
import { comparePositions, rangeWithin } from '../positions';
import type { OutlineKind, OutlineNode, Range } from '../types';
import type { ReportSymbol } from './types';

/**
 * One symbol per heading, named as it reads (marker and title) with its kind as the detail, in the display language.
 * The heading's range is kept inside the node's range (VS Code rejects a symbol whose range does not contain it).
 */
export function documentSymbols(outline: readonly OutlineNode[], language: string): ReportSymbol[] {
  const untitled = translator(language)('(untitled heading)');
  // A 10 MB report has 13,000 headings: each kind's label is looked up once.
  const details = new Map<OutlineKind, string>();
  const detail = (kind: OutlineKind): string => details.get(kind) ?? details.set(kind, outlineKindLabel(kind, language)).get(kind)!;
  const toSymbol = (node: OutlineNode): ReportSymbol => ({
    // VS Code rejects empty names.
    name: headingLabel(node) || untitled,
    detail: detail(node.kind),
    kind: node.kind,
    range: node.range,
    selectionRange: clampInto(node.selectionRange, node.range),
    children: node.children.map(toSymbol),
  });
  return outline.map(toSymbol);
}

/** The part of `inner` inside `outer`, or an empty range at outer's start when they do not meet. */
export function clampInto(inner: Range, outer: Range): Range {
  if (rangeWithin(inner, outer)) return inner;
  const start = comparePositions(inner.start, outer.start) < 0 ? outer.start : inner.start;
  const end = comparePositions(inner.end, outer.end) > 0 ? outer.end : inner.end;
  return comparePositions(start, end) <= 0 ? { start, end } : { start: outer.start, end: outer.start };
}
