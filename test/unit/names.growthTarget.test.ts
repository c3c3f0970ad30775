/**
 * “广义货币M2增长目标为17％左右”: the growth targeted is the measure (增长), not a level 为, and the indicator is the noun
 * before it; 经济增长 keeps its 增长, the indicator's own name. Sentences from outside text (national 2010) and the dev
 * corpus (national 2011).
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { trailingMeasure } from '../../src/core/indicators/measures';

describe('a growth target written with 目标为', () => {
  it('reads 增长目标为 as the measure 增长 (outside: national 2010)', () => {
    const text = '2010年政府工作报告\n二、2010年主要任务\n一是保持货币信贷合理充裕。今年广义货币M2增长目标为17％左右，新增人民币贷款7.5万亿元左右。\n';
    const [m2] = analyzeReport(text).indicators.filter((i) => i.text === '17％');
    expect([m2?.name, m2?.measure, m2?.status, m2?.kind]).toEqual(['广义货币M2', '增长', 'target', 'growth']);
  });

  it('keeps 经济增长 whole (national 2004, outside)', () => {
    expect(trailingMeasure('中央提出今年经济增长预期目标为').head).toContain('经济增长');
  });
});
