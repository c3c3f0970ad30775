/**
 * A review of several years that says a rate was held under a bound all along (财政赤字率一直控制在3%以内 — national
 * 2018, dev, marked no pair; 城镇登记失业率始终控制在4%以内 — src32 高唐县-2022): a ceiling kept in every year of the
 * span, not the level its last year ended at, so no target of the year is judged by it. Read from the words right
 * before the figure: an adverb of all along (一直, 始终) and then at most a verb of holding (控制在, 保持在 …).
 */
import type { Indicator } from '../types';
import type { FigureText } from './figureText';

/** Adverbs that say a figure held over the whole span. */
const ALL_ALONG: readonly string[] = ['一直', '始终'];
/** How far before the figure the adverb may stand: itself and a verb of holding (一直|控制在|3%). */
const MAX_BEFORE = 6;

export function heldAllAlong(figure: Indicator, around: FigureText | undefined): boolean {
  if (!figure.period?.includes('-')) return false;
  const at = around?.(figure);
  if (!at) return false;
  const before = at.text.slice(Math.max(0, at.start - MAX_BEFORE), at.start);
  return ALL_ALONG.some((word) => before.includes(word));
}
