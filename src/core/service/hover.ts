/** The indicator card of a figure (or of the name it is bound to): data, which the editor renders as Markdown. */
import type { ChartOption } from '../charts/candidates';
import type { IndicatorCard } from '../indicators/card';
import { rangeContains } from '../positions';
import type { Indicator, Position, Range } from '../types';

export interface HoverCard {
  readonly card: IndicatorCard;
  readonly indicator: Indicator;
  /** What the hover highlights; it holds the position asked about (or the editor drops the hover as the mouse moves). */
  readonly range: Range;
  /** The charts the indicator has in the workspace (none while the index is being built). */
  readonly charts: readonly ChartOption[];
}

/** A name and its figure are highlighted together when they are this close on one line (“地区生产总值年均增长6.1%”). */
const MAX_JOINED_SPAN = 40;

/**
 * The figure's range; when the position is on the name instead, the name and figure together if they are close on
 * one line, else the name.
 */
export function hoverRange(indicator: Indicator, at: Position): Range {
  const figure = indicator.range;
  const name = indicator.nameRange;
  if (!name || rangeContains(figure, at)) return figure;
  const oneLine = name.start.line === name.end.line && figure.start.line === figure.end.line && name.start.line === figure.start.line;
  if (oneLine) {
    const start = Math.min(name.start.character, figure.start.character);
    const end = Math.max(name.end.character, figure.end.character);
    if (end - start <= MAX_JOINED_SPAN) return { start: { line: name.start.line, character: start }, end: { line: name.start.line, character: end } };
  }
  return name;
}
