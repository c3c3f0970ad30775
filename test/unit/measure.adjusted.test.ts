/**
 * 调增/上调/下调/调减 + a rate: a standard adjusted (measures.ts). Before, the verb's first character stayed in the name
 * (…最低标准调) and the figure had no measure (an eleventh trial). 福建 and 辽宁 2026 are dev corpus reports; 黑龙江 2026
 * is outside text (/work/outside/names9/rep).
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';

function figure(line: string, text: string) {
  return analyzeReport(line).indicators.find((i) => i.text === text)!;
}

describe('a standard adjusted by a rate', () => {
  it('调增 is the measure, not the end of the name (福建 2026)', () => {
    const f = figure('社会保障更完善。城乡居民基础养老金最低标准调增11.8%，福州获批。', '11.8%');
    expect(f.name).toBe('城乡居民基础养老金最低标准');
    expect(f.measure).toBe('调增');
  });

  it('上调 is the measure and 总体 is scope (辽宁 2026)', () => {
    const f = figure('退休人员基本养老金总体上调2%，城乡居民基础养老金月最低标准提高到174元，城乡居民低保月均标准分别提高到798元和676元。', '2%');
    expect(f.name).toBe('退休人员基本养老金');
    expect(f.measure).toBe('上调');
  });

  it('调增 after a plain noun (黑龙江 2026, outside)', () => {
    const f = figure('社会保障水平持续提高，城乡居民基础养老金调增19.6%，增加金额历史最高。', '19.6%');
    expect(f.name).toBe('城乡居民基础养老金');
    expect(f.measure).toBe('调增');
  });
});
