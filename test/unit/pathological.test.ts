/**
 * Every pathological shape of issue 10 (test/support/pathological.ts), at two small sizes, through analyzeReport:
 * the model's invariants hold (test/support/invariants.ts). No timing here (project rule): `npm run bench` prints the
 * time per MB and the growth per doubling of the same shapes at 128–512 KB.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { modelProblems } from '../support/invariants';
import { SHAPES, shapeById } from '../support/pathological';

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

/** CPU time of one analysis with its figures and references read, in ms: the process's, not the wall clock's. */
function cpuMs(text: string): number {
  const t0 = process.cpuUsage();
  const model = analyzeReport(text);
  void model.indicators.length;
  void model.references.length;
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1000;
}

/** Runs per size in the growth tests below (closer-lines once read 8.7× with three, under a CI's two busy workers). */
const RUNS = 5;

describe('pathological inputs take time linear in their size', () => {
  // Growth, not speed (project rule: no wall-clock thresholds): four times the text must take about four times the CPU
  // time, where a quadratic path takes sixteen. The fastest of three runs at each size, so that other work on a shared
  // machine and a garbage collection inflate neither; a slower small run (code not yet optimised) only lowers the ratio.
  // The shapes whose path session 25 cut (quote-lines' tail, closer-lines' opening scan) and the densest figures.
  const cases: readonly [string, number][] = [
    ['quote-lines', 32 * 1024],
    ['closer-lines', 32 * 1024],
    ['percent-run', 16 * 1024],
  ];
  for (const [id, bytes] of cases) {
    it(`${id}: four times the text, well under sixteen times the time`, () => {
      const shape = shapeById(id);
      const small = shape.generate(bytes);
      const large = shape.generate(4 * bytes);
      cpuMs(small);
      cpuMs(large);
      // Runs alternate between the sizes, so that a stretch of load on a shared machine (CI runs two test workers on two
      // cores) or a major collection falls on both; the fastest of five at each size is compared.
      let smallBest = Infinity;
      let largeBest = Infinity;
      for (let run = 0; run < RUNS; run++) {
        smallBest = Math.min(smallBest, cpuMs(small));
        largeBest = Math.min(largeBest, cpuMs(large));
      }
      const ratio = largeBest / smallBest;
      expect(ratio).toBeLessThan(8);
    }, 60_000);
  }
});

describe('figures too large for a number', () => {
  it('a digit run longer than 15 digits is not a figure, so every value stays finite', () => {
    const model = analyzeReport(`地区生产总值达到${'9'.repeat(400)}亿元，增长${'1'.repeat(16)}%，财政收入${'1'.repeat(15)}元。`);
    expect(model.indicators.map((i) => i.text)).toEqual([`${'1'.repeat(15)}元`]);
    expect(model.indicators.every((i) => Number.isFinite(i.value))).toBe(true);
  });
});
