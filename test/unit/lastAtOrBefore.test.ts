import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/core/text/document';
import { escapedPieces } from '../../src/core/text/escapedBreaks';
import { lastAtOrBefore } from '../../src/core/text/lastAtOrBefore';
import type { Line } from '../../src/core/text/document';

/**
 * The one search over ascending starts (ranges.ts, references/context.ts, paragraphs.ts): which piece of an escaped-break
 * line holds a character. The opening of src32 易县-2018 (outside ../shared/corpus), its breaks written out as \r\n.
 */
const YIXIAN_2018 = ['各位代表：', '现在，我代表县人民政府，向大会作工作报告，请予审议，并请政协委员和列席会议的同志提出意见。', '一、2017年工作回顾'].join('\\r\\n');

function start(piece: Line): number {
  return piece.start;
}

describe('lastAtOrBefore', () => {
  const line = buildDocument(YIXIAN_2018).lines[0] as Line;
  const pieces = escapedPieces(line) ?? [];

  it('finds the piece holding a character: its start, inside it, the escape before the next', () => {
    expect(pieces).toHaveLength(3);
    const second = pieces[1] as Line;
    const third = pieces[2] as Line;
    expect(lastAtOrBefore(pieces, start, 0)).toBe(0);
    expect(lastAtOrBefore(pieces, start, second.start)).toBe(1);
    expect(lastAtOrBefore(pieces, start, second.end + 1)).toBe(1);
    expect(lastAtOrBefore(pieces, start, third.start + 2)).toBe(2);
    expect(YIXIAN_2018.slice(third.start, third.end)).toBe('一、2017年工作回顾');
  });

  it('answers -1 before the first start and for no starts at all', () => {
    expect(lastAtOrBefore(pieces.slice(1), start, 0)).toBe(-1);
    expect(lastAtOrBefore([], start, 5)).toBe(-1);
  });
});
