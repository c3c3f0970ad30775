import { indicatorAt, sameIndicator } from '../indicators/lookup';
import { compareRanges, rangeContains, sameRange } from '../positions';
import type { Position, Range, Reference, ReportModel } from '../types';


/** The reference whose source is under the cursor (Go to Definition, document links). */
export function referenceAt(model: ReportModel, position: Position): Reference | undefined {
  return model.references.find((r) => rangeContains(r.from.range, position));
}

export interface Related {
  /** What the ranges are mentions of: an indicator name, a term, a footnote number, a plan period, a title. */
  readonly label: string;
  readonly kind: 'indicator' | 'term' | 'footnote' | 'section' | 'abbreviation' | (string & {});
  /** Every mention in document order, the definition (first mention, glossary entry, heading) included. */
  readonly ranges: Range[];
  /** Where the thing is defined or introduced, when there is such a place. */
  readonly definition?: Range;
  /** The references' key (period:十四五, entity:…), for what a caller follows by kind of thing. */
  readonly key?: string;
}

/**
 * Find All References / Document Highlights: all figures of the indicator under the cursor (through synonyms and
 * reordered words, as grouped by the binder), or all mentions of the term, footnote, plan period or title.
 */
export function relatedAt(model: ReportModel, position: Position): Related | undefined {
  const indicator = indicatorAt(model, position);
  if (indicator) {
    const mentions = sameIndicator(model, indicator);
    return { label: indicator.name ?? indicator.text, kind: 'indicator', ranges: mentions.map((m) => m.range) };
  }
  const hit = model.references.find((r) => r.key && r.kind !== 'indicator' && (rangeContains(r.from.range, position) || rangeContains(r.to.range, position)));
  if (!hit?.key) return undefined;
  const group = model.references.filter((r) => r.key === hit.key);
  const held = model.references.flatMap((r) => r.also?.filter((a) => a.key === hit.key) ?? []);
  const ranges: Range[] = [];
  const add = (r: Range): void => {
    if (!ranges.some((x) => sameRange(x, r))) ranges.push(r);
  };
  for (const r of group) {
    add(r.to.range);
    add(r.from.range);
  }
  for (const a of held) add(a.range);
  ranges.sort(compareRanges);
  return { label: hit.key.replace(/^[a-z]+:/, ''), kind: hit.kind, ranges, definition: hit.to.range, key: hit.key };
}
