/**
 * Which way a figure moves its quantity, for the views that put the figures of several reports on one line (the card's
 * “across years” row, its sparkline, the charts, met / missed). The reports write a fall as a verb and an unsigned
 * figure (二氧化硫排放量下降3.5%); values carry no sign. Beside a rise of the same quantity (上年增长13.1%) an analyst
 * reads one quantity, the change, signed: +13.1 %, −3.5 %. So a fall is signed where a row of changes holds it: a rate
 * of change (增长 / 下降, 个百分点) and an amount said as how much it moves by (增加 / 减少). A trial user saw national 2014's
 * 下降3.5% plotted as a growth of 3.5 % in the chart “二氧化硫排放量增长 (%)”.
 *
 * Not signed: a level reached (下降到4%, 降至… — measures that say where the quantity stands); and a fall that is the
 * indicator itself (农村贫困人口减少1240万 is the lexicon's poverty_exit, whose name says 减少): its figures are all of
 * one direction and counted up.
 */
import words from './decreaseWords.json';
import { entryOfGroup } from '../lexicon';
import type { Indicator } from '../types';

const DECREASE_MEASURES: ReadonlySet<string> = new Set(words.measures);
const DECREASE_NAME = new RegExp(`(?:${words.nameEndings.join('|')})$`, 'u');

export type Moved = Pick<Indicator, 'measure' | 'value'> & { readonly groupKey?: string | null; readonly name?: string | null; readonly valueMax?: number };

/** Whether the figure is a fall (下降3.5%, 减少2%, 能耗降幅3%), read from its measure or its name's ending. */
export function isDecrease(ind: Pick<Indicator, 'measure'> & { readonly groupKey?: string | null; readonly name?: string | null }): boolean {
  const falls = (ind.measure !== null && DECREASE_MEASURES.has(ind.measure)) || (ind.measure === null && DECREASE_NAME.test(ind.name ?? ''));
  if (!falls) return false;
  // A flow the lexicon defines by the fall (农村贫困人口减少 → poverty_exit): the fall is its quantity, unsigned.
  const entry = entryOfGroup(ind.groupKey);
  return !(entry && ind.measure !== null && [entry.name, ...entry.synonyms].some((term) => term.includes(ind.measure as string)));
}

/** The word that says a figure is a fall: its measure (下降), or its name's ending (能耗降幅超过3% → 降幅); null otherwise. */
export function fallWord(ind: Pick<Indicator, 'measure'> & { readonly groupKey?: string | null; readonly name?: string | null }): string | null {
  if (!isDecrease(ind)) return null;
  return ind.measure ?? DECREASE_NAME.exec(ind.name ?? '')?.[0] ?? null;
}

/**
 * The figure's value on a line of changes: negative for a fall; a range (下降3%–4%) as its low and high ends, so that
 * −4 … −3. Levels, shares and anything not a fall keep their value as written.
 */
export function signedRange(ind: Moved): { readonly lo: number; readonly hi: number } {
  const hi = ind.valueMax ?? ind.value;
  return isDecrease(ind) ? { lo: -hi, hi: -ind.value } : { lo: ind.value, hi };
}

/**
 * The figure's value fields on a line of changes (a chart's point, a card's cell of years): a fall below zero, a range
 * as its signed low end and, when the figure is a range, its signed high end.
 */
export function signedFields(ind: Moved): { value: number; valueMax?: number } {
  const { lo, hi } = signedRange(ind);
  return ind.valueMax === undefined ? { value: lo } : { value: lo, valueMax: hi };
}

/** The figure's value on a line of changes (signedRange's low end for a fall's range is its larger fall). */
export function signedValue(ind: Moved): number {
  return isDecrease(ind) ? -ind.value : ind.value;
}
