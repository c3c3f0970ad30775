import type { Segmenter } from '../segmenter';
import type { Indicator } from '../types';
import { groupKeyOf } from './extract';
import { groupingName } from './rankName';

/**
 * Recomputes the grouping keys once word segmentation is available (the editor segments names in a worker
 * after the first analysis), so reordered names of one indicator become mentions of each other.
 */
export function regroupIndicators(indicators: readonly Indicator[], segmenter: Segmenter): Indicator[] {
  return indicators.map((ind) => (ind.name ? { ...ind, groupKey: groupKeyOf(groupingName(ind, ind.name), segmenter) } : ind));
}

/** A segmenter answering from tokens computed elsewhere (a worker); unknown texts fall back to one token. */
export function precomputedSegmenter(tokens: ReadonlyMap<string, readonly string[]>): Segmenter {
  const lookup = (text: string): string[] => [...(tokens.get(text) ?? [text])];
  return { cut: lookup, cutForSearch: lookup };
}
