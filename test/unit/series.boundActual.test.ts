/**
 * An actual said as a bound gives one side of its value only: 这五年…粮食播种面积稳定在7100万亩以上 (湖南 2026, dev) says
 * the area never fell below 7100万亩, so it neither meets nor misses 2025's 稳定在7140万亩以上 (湖南 2025) — trial19 saw it
 * marked “missed” on the card, in Compare Targets and on the chart. A bound on the right side still judges.
 */
import { describe, expect, it } from 'vitest';
import { outcome } from '../../src/core';
import type { Indicator } from '../../src/core';

const figure = (value: number, qualifier: Indicator['qualifier'], extra: Partial<Indicator> = {}): Indicator =>
  ({ text: String(value), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, value, unit: '亩', name: '粮食播种面积', measure: '稳定在', kind: 'level', status: 'actual', qualifier, period: '2025', groupKey: 'x', ...extra }) as Indicator;

describe('met / missed when the actual is a bound', () => {
  const floor = figure(7140, '以上', { status: 'target' });
  it('gives no verdict when a lower bound falls short of a floor, and met when it reaches it', () => {
    expect(outcome(floor, figure(7100, '以上'))).toBeNull();
    expect(outcome(floor, figure(7100, '超过'))).toBeNull();
    expect(outcome(floor, figure(7150, '以上'))).toBe('met');
    // Said plainly, the same value misses.
    expect(outcome(floor, figure(7100, null))).toBe('missed');
  });
  it('misses a floor only with an upper bound below it', () => {
    expect(outcome(floor, figure(7100, '以内'))).toBe('missed');
    expect(outcome(floor, figure(7200, '以下'))).toBeNull();
  });
  it('reads a ceiling the other way round: an upper bound within it meets it, a lower bound above it misses it', () => {
    const cpi = figure(3, '左右', { status: 'target', unit: '%', name: '居民消费价格', measure: '上涨', kind: 'growth', groupKey: 'lexicon:cpi' });
    const ceiling = figure(3, '以内', { status: 'target', unit: '%', name: '城镇调查失业率', measure: '控制在', kind: 'level' });
    expect(outcome(ceiling, figure(2.9, '以内', { unit: '%' }))).toBe('met');
    expect(outcome(ceiling, figure(3.2, '以内', { unit: '%' }))).toBeNull();
    expect(outcome(ceiling, figure(3.2, '超过', { unit: '%' }))).toBe('missed');
    expect(outcome(ceiling, figure(2, '以上', { unit: '%' }))).toBeNull();
    expect(outcome(cpi, figure(0.2, null, { unit: '%', measure: '上涨', kind: 'growth' }))).toBe('met');
  });
  it('turns the bound round for a fall: 下降3%以上 is at most −3 %', () => {
    const cut = figure(3, null, { status: 'target', unit: '%', name: '单位地区生产总值能耗', measure: '下降', kind: 'growth' });
    expect(outcome(cut, figure(3.5, '以上', { unit: '%', measure: '下降', kind: 'growth' }))).toBe('met');
    expect(outcome(cut, figure(2.5, '以上', { unit: '%', measure: '下降', kind: 'growth' }))).toBeNull();
    expect(outcome(cut, figure(2.5, '以内', { unit: '%', measure: '下降', kind: 'growth' }))).toBe('missed');
  });
});
