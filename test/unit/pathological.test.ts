/**
 * Every pathological shape of issue 10 (test/support/pathological.ts), at two small sizes, through analyzeReport:
 * the model's invariants hold (test/support/invariants.ts). No timing here (project rule): `npm run bench` prints the
 * time per MB and the growth per doubling of the same shapes at 128–512 KB.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { modelProblems } from '../support/invariants';
import { SHAPES } from '../support/pathological';

const SIZES = [4 * 1024, 16 * 1024];

describe('pathological inputs keep the model’s invariants', () => {
  for (const shape of SHAPES) {
    it.each(SIZES)(`${shape.id} (${shape.description}) at %i bytes`, (bytes) => {
      const text = shape.generate(bytes);
      expect(Buffer.byteLength(text, 'utf8')).toBeGreaterThanOrEqual(bytes);
      expect(shape.generate(bytes)).toBe(text);
      const model = analyzeReport(text);
      // Known and left to src/core/indicators: a figure's range reaching over a line break (invariants.ts).
      expect(modelProblems(text, model).problems).toEqual([]);
    });
  }
});

describe('figures too large for a number', () => {
  it('a digit run longer than 15 digits is not a figure, so every value stays finite', () => {
    const model = analyzeReport(`地区生产总值达到${'9'.repeat(400)}亿元，增长${'1'.repeat(16)}%，财政收入${'1'.repeat(15)}元。`);
    expect(model.indicators.map((i) => i.text)).toEqual([`${'1'.repeat(15)}元`]);
    expect(model.indicators.every((i) => Number.isFinite(i.value))).toBe(true);
  });
});
