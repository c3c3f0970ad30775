/**
 * 计划 before a subject says the figure is a target (计划粮食产量 → 粮食产量), but it opens words of its own — 计划生育,
 * 计划免疫 (“关心和支持妇幼卫生和儿童计划免疫”, an outside national report), 计划用水 (“重视计划用水、节约用水”) — which a
 * name keeps whole. A review found 计划免疫接种率 cut to 免疫接种率: the words are data (nameWords.json planCompounds).
 */
import { describe, expect, it } from 'vitest';
import { cleanName } from '../../src/core/indicators/names';

describe('words that 计划 opens', () => {
  it('keeps 计划 in 计划免疫 and 计划用水, and still drops the plan word before a subject', () => {
    expect(cleanName('计划免疫接种率')).toBe('计划免疫接种率');
    expect(cleanName('计划用水量')).toBe('计划用水量');
    expect(cleanName('计划粮食产量')).toBe('粮食产量');
  });
});
