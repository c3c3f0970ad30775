/**
 * A figure's other side in its report: this year's target's actual, or the target an actual answers — read from the
 * analysis' one list of pairs (the model's `pairs`: references/targets.ts pairTargetsAndActuals), which the target ↔
 * actual links are made of too. The hover card, Compare Targets (the Targets year on year tab and its Markdown export) read it here, so
 * that none of them pairs a figure otherwise than the links (a trial user saw a growth target's card show last year's
 * level while the table said “—”; later the card and the links disagreed on 88 of 2,077 outside targets, when the card
 * paired on the figure's own mentions only).
 */
import { rangeKey } from '../positions';
import type { FigurePair, Indicator } from '../types';

export { bareNoun } from './bareNoun';

/** Finds a figure's other side among `pairs`; built once for many figures (a table's rows), by the figure's range. */
export type CounterpartLookup = (figure: Indicator) => Indicator | undefined;

/**
 * The lookup of `pairs`: a target's actual (a level beside a growth target, or the level its own sentence starts
 * from); an actual's first target, the one its link goes back to (a pair of the same sentence makes no link, and
 * nothing is shown from the actual's side). By range, so that the same figure of another reading of the report (the
 * workspace index's, grouped without words) finds its pair too.
 */
export function counterparts(pairs: readonly FigurePair[]): CounterpartLookup {
  let byRange: Map<string, Indicator> | undefined;
  return (figure) => {
    if (!byRange) {
      byRange = new Map();
      for (const p of pairs) {
        const t = rangeKey(p.target.range);
        if (!byRange.has(t)) byRange.set(t, p.actual);
      }
      for (const p of pairs) {
        const a = rangeKey(p.actual.range);
        if (p.sameSentence !== true && !byRange.has(a)) byRange.set(a, p.target);
      }
    }
    return byRange.get(rangeKey(figure.range));
  };
}

/** One figure's other side among `pairs` (counterparts, for a single figure: the hover card). */
export function counterpartFigure(pairs: readonly FigurePair[], figure: Indicator): Indicator | undefined {
  return counterparts(pairs)(figure);
}
