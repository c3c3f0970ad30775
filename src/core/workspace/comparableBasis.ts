import type { Indicator } from '../types';
import { compareRanges } from '../positions';
import { sameUnit } from './unitKey';

/** At most this many characters between a figure's end and its restatement (增长1.7%（同口径增长2.5%以上）: 6). */
const NEAR = 12;

/**
 * Each figure said plainly and then restated on the comparable basis right after it (地方一般公共预算收入…增长1.7%（同口径
 * 增长2.5%以上） — 湖南 2026, dev), mapped to that restatement: a target set on that basis is judged by it (甘肃 2025 sets
 * 一般公共预算收入同口径增长5.5%左右, outside), and a trial saw 湖南 2025's 增长2.5% judged missed on the 1.7 % the report
 * itself sets beside a comparison that meets it. The restatement measures the same indicator as the figure (group, kind,
 * unit, period) on its line (Indicator.comparableBasis, read when the figures are bound). Keyed by where the plain figure
 * stands (figureAt): the table's actual may be the same figure of another analysis of the report (the open report's
 * pairs). One pass over the figures in document order.
 */
export function comparableRestatements(figures: readonly Indicator[]): ReadonlyMap<string, Indicator> {
  const out = new Map<string, Indicator>();
  if (!figures.some((f) => f.comparableBasis === true)) return out;
  const ordered = [...figures].sort((a, b) => compareRanges(a.range, b.range));
  for (let k = 1; k < ordered.length; k++) {
    const restated = ordered[k] as Indicator;
    const plain = ordered[k - 1] as Indicator;
    if (restated.comparableBasis !== true || plain.comparableBasis === true) continue;
    const { start } = restated.range;
    const { end } = plain.range;
    if (start.line !== end.line || start.character - end.character > NEAR) continue;
    if (plain.groupKey !== restated.groupKey || plain.kind !== restated.kind || plain.period !== restated.period || !sameUnit(plain.unit, restated.unit)) continue;
    out.set(figureAt(plain), restated);
  }
  return out;
}

/** Where a figure stands and how it is written: one figure of one report, whichever analysis read it. */
export function figureAt(figure: Indicator): string {
  return `${figure.range.start.line}:${figure.range.start.character}:${figure.text}`;
}
