import { describe, expect, it } from 'vitest';
import { comparePositions, compareRanges, isBefore, rangeContains, rangeKey, rangeSpansLine, rangeWithin, sameRange } from '../../src/core';

const pos = (line: number, character: number) => ({ line, character });
const range = (a: number, b: number, c: number, d: number) => ({ start: pos(a, b), end: pos(c, d) });

describe('positions and ranges (the one home every feature compares through)', () => {
  it('orders positions by line, then by character', () => {
    expect(comparePositions(pos(1, 9), pos(2, 0))).toBeLessThan(0);
    expect(comparePositions(pos(2, 3), pos(2, 1))).toBeGreaterThan(0);
    expect(comparePositions(pos(2, 3), pos(2, 3))).toBe(0);
    expect(isBefore(pos(2, 2), pos(2, 3))).toBe(true);
    expect(isBefore(pos(2, 3), pos(2, 3))).toBe(false);
    expect([range(3, 0, 3, 1), range(1, 5, 1, 6)].sort(compareRanges)[0]).toEqual(range(1, 5, 1, 6));
  });

  it('holds a position from the start to the end, the end only when inclusive (a cursor just after a figure)', () => {
    const figure = range(30, 41, 30, 45);
    expect(rangeContains(figure, pos(30, 41))).toBe(true);
    expect(rangeContains(figure, pos(30, 45))).toBe(true);
    expect(rangeContains(figure, pos(30, 45), false)).toBe(false);
    expect(rangeContains(figure, pos(30, 40))).toBe(false);
    expect(rangeContains(range(4, 10, 6, 2), pos(5, 0))).toBe(true); // a range over a line break
  });

  it('nests, compares and spans lines', () => {
    expect(rangeWithin(range(38, 5, 38, 8), range(38, 0, 38, 20))).toBe(true);
    expect(rangeWithin(range(38, 15, 38, 25), range(38, 0, 38, 20))).toBe(false);
    expect(sameRange(range(1, 2, 3, 4), range(1, 2, 3, 4))).toBe(true);
    expect(sameRange(range(1, 2, 3, 4), range(1, 2, 3, 5))).toBe(false);
    expect(rangeSpansLine(range(4, 10, 6, 2), 5)).toBe(true);
    expect(rangeSpansLine(range(4, 10, 6, 2), 7)).toBe(false);
  });

  it('keys equal ranges alike and different ranges apart', () => {
    expect(rangeKey(range(30, 41, 30, 45))).toBe(rangeKey({ start: { line: 30, character: 41 }, end: { line: 30, character: 45 } }));
    const keys = [range(1, 12, 1, 3), range(11, 2, 13, 0), range(1, 1, 21, 30), range(1, 12, 13, 0)].map(rangeKey);
    expect(new Set(keys).size).toBe(4);
  });
});
