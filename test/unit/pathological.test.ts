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

describe('figures too large for a number', () => {
  it('a digit run longer than 15 digits is not a figure, so every value stays finite', () => {
    const model = analyzeReport(`地区生产总值达到${'9'.repeat(400)}亿元，增长${'1'.repeat(16)}%，财政收入${'1'.repeat(15)}元。`);
    expect(model.indicators.map((i) => i.text)).toEqual([`${'1'.repeat(15)}元`]);
    expect(model.indicators.every((i) => Number.isFinite(i.value))).toBe(true);
  });
});

describe('figures written back to back (gluedRuns.ts)', () => {
  it('a run of one unit’s figures with nothing between them (percent-run) is a string of numbers: no figure', () => {
    const model = analyzeReport(shapeById('percent-run').generate(4 * 1024));
    expect(model.indicators).toEqual([]);
    expect(analyzeReport('全年增长5%5%5%5%，达到3.2万亿元。').indicators.map((i) => i.text)).toEqual(['3.2万亿元']);
  });

  it('two figures that meet, of their own units or of one, stay figures (real text)', () => {
    // src32 唐县-2020 and 徐水县-2010, outside ../shared/corpus.
    const tang = analyzeReport('全年投入资金2.1亿元，实施项目663个，覆盖338个村，1754户3735人脱贫，累计151个贫困村全部出列。');
    expect(tang.indicators.map((i) => i.text)).toEqual(['2.1亿元', '663个', '338个', '1754户', '3735人', '151个']);
    const xushui = analyzeReport('农村公路改造超额完成全年任务，修建乡村道路17条32.1公里。');
    expect(xushui.indicators.map((i) => i.text)).toEqual(['17条', '32.1公里']);
    expect(analyzeReport('增长5%5%，达到3.2万亿元。').indicators.map((i) => i.text)).toEqual(['5%', '5%', '3.2万亿元']);
    // A medal tally written short is three figures of one unit (枚) glued: 广东 2025, outside ../shared/corpus.
    expect(analyzeReport('我省运动员在2024年巴黎奥运会上斩获8金4银4铜。').indicators.filter((i) => i.unit === '枚').map((i) => i.text)).toEqual(['8金', '4银', '4铜']);
  });

  it('only the run goes: the figures before and after it in the sentence stay', () => {
    const text = '地区生产总值增长6.5%，1%2%3%4%，财政收入增长8%。';
    expect(analyzeReport(text).indicators.map((i) => i.text)).toEqual(['6.5%', '8%']);
  });
});
