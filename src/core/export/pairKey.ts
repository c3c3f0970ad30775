/**
 * The identity the exports and the Targets view give mentions of one indicator: its lexicon id or normalised name
 * (groupKey), else its name without white space.
 */
import type { Indicator } from '../types';

/** The grouping key the core gives mentions of one indicator (lexicon id or normalised name), else the name. */
export function pairKey(indicator: Pick<Indicator, 'groupKey' | 'name'>): string | null {
  if (indicator.groupKey) return indicator.groupKey;
  const name = compactName(indicator);
  return name ? `name:${name}` : null;
}

/** The indicator's name without white space (a name split over a line break is one name), or undefined/null. */
export function compactName(indicator: Pick<Indicator, 'name'>): string | null | undefined {
  return indicator.name?.replace(/\s+/gu, '');
}
