/**
 * A bare 增速 (speed) is the economy's growth only where its sentence names no other growth before it (listNames.ts
 * growthOfEconomy): after a named growth it is that indicator's speed. An eleventh trial saw 新能源汽车销售增长65.1%，连续
 * 10个月增速保持在50%以上 (保定 2025, outside) carded as 地区生产总值 50%.
 */
import { describe, expect, it } from 'vitest';
import { nameOf } from '../support/names';

describe('a bare 增速', () => {
  it('after a named growth in its sentence is that indicator’s speed (保定 2025, outside)', () => {
    expect(nameOf('新能源汽车销售增长65.1%，连续10个月增速保持在50%以上。', '50%')).toBe('新能源汽车销售');
  });

  it('with no growth named before it in its sentence is still the economy’s', () => {
    expect(nameOf('新能源汽车销售增长65.1%。全年增速保持在5%以上。', '5%')).toBe('地区生产总值');
  });
});
