/**
 * A counted noun with quotes in or after it is read as the text writes it (countedAfter.ts, names.ts nameAfter): the
 * quotes are no reason to fall back on the words before the count, and the phrase is not cut inside a word. The unseen
 * witness (names42): 京津冀1053个事项“跨省通办” — 河北 2025 — was named 京津冀, the region before the count.
 */
import { describe, expect, it } from 'vitest';
import { nameOf } from '../support/names';

describe('a counted noun with quotes', () => {
  it('names the count, not the words before it, and is not cut inside 建设 (福建 2026)', () => {
    expect(nameOf('三明医改经验在全省“清单式”推广，首批24个森林“四库”联动试点区建设扎实推进，科技特派员服务领域有序拓展。', '24个')).toBe('首批森林四库联动试点区');
  });

  it('keeps a quoted predicate after the noun, as the dev label writes it (河北 2021)', () => {
    expect(nameOf('实施村（社区）综合服务站提升工程，推动80项高频政务服务事项“跨省通办”。', '80项', { year: 2021, part: '一、“十三五”时期工作回顾' })).toBe('高频政务服务事项跨省通办');
  });
});
