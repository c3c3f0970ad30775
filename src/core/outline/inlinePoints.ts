import type { Paragraph } from '../text/paragraphs';
import { positionAt } from '../text/paragraphs';
import type { Position } from '../types';
import { smallChineseNumber } from './numerals';
import { titleEnd, titleText } from './titles';

export interface InlinePoint {
  readonly marker: string;
  readonly title: string;
  readonly start: Position;
  readonly titleEnd: Position;
  readonly end: Position;
}

// 一是/二是 after a clause boundary (or at the start). Bounded alternation, no nested quantifier.
const POINT = /(^|[。;；:：,，!?！？ ])([一二三四五六七八九十]{1,2})是(?![的否])/g;

/**
 * 一是…二是…三是… enumerations inside one paragraph, from offset `from`. A run must start at 一是 and count up
 * without gaps, with at least two items, so a stray “统一是” or a single “一是” never becomes a point.
 */
export function findInlinePoints(p: Paragraph, from: number): InlinePoint[] {
  const text = p.text;
  // A run needs its 二是 after `from`: without one, no paragraph's scan below can find two points (most have none).
  if (!text.includes('二是', from)) return [];
  const hits: Array<{ at: number; len: number; value: number }> = [];
  POINT.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = POINT.exec(text)) !== null) {
    const at = m.index + (m[1] as string).length;
    const value = smallChineseNumber(m[2] as string);
    const expected = hits.length + 1;
    // The comma or colon after 是 belongs to the marker, not the title (1986: “一是，城乡居民收入大幅度增长；”).
    const len = (m[2] as string).length + 1 + (/[,，:：]/.test(text[m.index + m[0].length] ?? '') ? 1 : 0);
    if (value === expected) hits.push({ at, len, value });
    else if (value === 1 && hits.length < 2) {
      hits.length = 0;
      hits.push({ at, len, value });
    }
  }
  if (hits.length < 2) return [];
  return hits.map((h, i) => {
    const next = hits[i + 1];
    const tEnd = titleEnd(text, h.at + h.len, true);
    const end = next ? next.at : text.length;
    return {
      marker: p.raw.slice(h.at, h.at + h.len),
      title: titleText(p.raw, h.at + h.len, Math.min(tEnd, end)),
      start: positionAt(p, h.at),
      titleEnd: positionAt(p, Math.min(tEnd, end)),
      end: positionAt(p, end),
    };
  });
}
