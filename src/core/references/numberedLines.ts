import type { OutlineNode } from '../types';
import type { RefContext } from './context';
import { bodyParagraphs, rangeIn } from './context';
import type { Mention } from './mention';
import { anchoredMatches, anchoredPattern } from '../text/anchoredMatches';

/** A numbered line of a transit system (轨道交通5号线, 6号线, S1线), with the system's name when it is said. */
const NUMBERED_LINE = /(?:轨道交通|轨道|地铁|城轨|市域铁路)?((?:[A-Z]\d{0,2}|\d{1,2})号线|[A-Z]\d{1,2}线)/g;
/** Found from each 线 (anchoredMatches.ts says why): a system's name (4), a number (3) and 号 stand before it. */
export const NUMBERED_LINE_SCAN = anchoredPattern(NUMBERED_LINE, '线', 8);

/**
 * Numbered lines are proper names a type word cannot find (a number stops a name's modifier): 轨道交通5号线 and
 * 5号线 are mentions of one line, keyed by its number, in document order with the other names. A bare number line
 * is a transit line only where the report also lists it after one that names its system (轨道交通5号线、6号线和S1线):
 * alone, 1号线 may be a production line.
 */
export function addNumberedLines(ctx: RefContext, blocks: readonly OutlineNode[], mentions: Map<string, Mention[]>): void {
  const found: Array<{ key: string; mention: Mention }> = [];
  const listed = new Set<string>();
  for (const p of bodyParagraphs(ctx, blocks)) {
    let listEnd = -1;
    let inList = false;
    for (const m of anchoredMatches(p.text, NUMBERED_LINE_SCAN)) {
      // Part of a longer code or number (G1512线, 2035号线) is no line's name.
      if (/[A-Za-z\d]/.test(p.text[m.index - 1] ?? '')) continue;
      const key = m[1] as string;
      const chained = m.index === listEnd || (m.index === listEnd + 1 && /[、和及与]/.test(p.text[listEnd] ?? ''));
      inList = m[0] !== key || (inList && chained);
      listEnd = m.index + m[0].length;
      if (inList) listed.add(key);
      found.push({ key, mention: { range: rangeIn(p, m.index, listEnd), text: m[0], nested: false } });
    }
  }
  for (const { key, mention } of found) {
    if (!listed.has(key)) continue;
    const list = mentions.get(key) ?? [];
    list.push(mention);
    mentions.set(key, list);
  }
}
