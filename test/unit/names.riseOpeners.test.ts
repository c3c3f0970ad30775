/**
 * 再上 (新台阶) opens a predicate as 再创 and 迈上 do (subjectOf), and 跃升 before the whole a rank is held in is rank
 * context as 跃升至 is (stripRankContext). Unseen witness (黑龙江 2025, outside): 粮食总产量再上新台阶，突破1600亿斤大关，
 * 连续15年居全国首位 named all three figures 粮食总产量再上新台阶; 玉米深加工能力跃升全国首位 was 玉米深加工能力跃升.
 */
import { describe, expect, it } from 'vitest';
import { stripRankContext, subjectOf } from '../../src/core/indicators/names';

describe('再上 and 跃升 are predicate words, not name words', () => {
  it('ends a clause subject before 再上 (dev: 河北 2021, 苏州 seed)', () => {
    expect(subjectOf('经济强省、美丽河北建设再上新台阶')).toBe('经济强省、美丽河北建设');
    expect(subjectOf('妇女儿童、青少年等工作再上新台阶')).toBe('妇女儿童、青少年等工作');
  });

  it('strips 跃升 with the whole a rank is held in, as 跃升至', () => {
    expect(stripRankContext('玉米深加工能力跃升全国')).toBe('玉米深加工能力');
    expect(stripRankContext('区域创新能力跃升至')).toBe('区域创新能力');
  });
});
