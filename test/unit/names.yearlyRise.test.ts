/**
 * 每年递增 is an average yearly growth, as 平均每年递增 and 年均递增 are (measures.ts): without it the measure search took
 * 增 alone and left 每年递 as the name (national 1982, dev). And 平均每年 is a time average, not a head: 平均每年递增的速度
 * is no per-capita figure (it was 年递增人均速度).
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';

describe('每年递增', () => {
  it('is the measure 年均增长, and the figure keeps the subject said before it (dev: national 1982)', () => {
    const text = '一九五三年到一九八○年的二十八年中，农业总产值平均每年递增的速度是百分之三点四，六五计划期间要求每年递增百分之四到五，这是不低的。';
    const figures = analyzeReport(text).indicators;
    const rise = figures.find((f) => f.text === '百分之四到五');
    expect(rise?.measure).toBe('年均增长');
    expect(rise?.name).toMatch(/^农业总产值/);
    expect(figures.find((f) => f.text === '百分之三点四')?.name).not.toMatch(/人均/);
  });
});
