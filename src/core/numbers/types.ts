import type { Qualifier } from '../types';
import type { UnitNature } from './units';

/** A figure found in a paragraph, before it is bound to an indicator. Offsets are into the paragraph text. */
export interface NumberMention {
  readonly start: number;
  /** End of the figure incl. magnitude and unit (exclusive). */
  readonly end: number;
  readonly value: number;
  readonly valueMax?: number;
  /** Unit without magnitude (元, %, 个百分点, 位次), or null (ratio parts, magnitude-only amounts). */
  readonly unit: string | null;
  readonly nature: UnitNature | 'rank' | 'ratio' | 'fraction' | 'bare';
  readonly qualifier: Qualifier | null;
  /** Where the qualifier words stand (before or after the figure), for binding and highlighting. */
  readonly qualifierStart?: number;
  readonly qualifierEnd?: number;
  /** Offset just past the qualifier that follows the figure, or `end`. */
  readonly tail: number;
}
