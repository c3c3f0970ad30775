/**
 * A ceiling a review of five years says was held all along (一直控制在, 始终控制在) is no level the last year ended at:
 * no target of the year is judged by it (references/spanCeiling.ts), while a share the span ended at still is. Lines
 * quoted from national 2018 (dev) and src32 高唐县-2022 (outside ../shared/corpus, a free text of the second outside
 * source).
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { ReportModel } from '../../src/core';
import { judgedBy } from '../support/pairs';

/** A report of `year` whose review is of the five years before it, then the year's part. */
function fiveYearsAndPlan(year: number, review: string, plan: string): ReportModel {
  return analyzeReport([`${year}年政府工作报告`, '一、过去五年工作回顾', review, `二、${year}年工作安排`, plan].join('\n'));
}

describe('a ceiling held all along a span', () => {
  it('national 2018: 赤字率拟按2.6%安排 is not judged by 财政赤字率一直控制在3%以内', () => {
    const model = fiveYearsAndPlan(2018, '财政赤字率一直控制在3%以内。', '今年赤字率拟按2.6%安排，比去年预算低0.4个百分点。');
    const ceiling = model.indicators.find((i) => i.text === '3%');
    expect(ceiling?.period).toMatch(/^\d{4}-2017$/);
    expect(judgedBy(model, '2.6%')).toBeUndefined();
  });

  it('高唐县 2022: 城镇登记失业率控制在4%以内 is not judged by 城镇登记失业率始终控制在4%以内', () => {
    const model = fiveYearsAndPlan(
      2022,
      '新增城镇就业3万余人，城镇登记失业率始终控制在4%以内。',
      '积极创设城乡公益性岗位，确保新增城镇就业4400人，城镇登记失业率控制在4%以内。',
    );
    expect(judgedBy(model, '4%')).toBeUndefined();
  });

  it('a share the span ended at, said without 始终, still judges the year’s target', () => {
    const model = fiveYearsAndPlan(2022, '新增城镇就业3万余人，城镇登记失业率控制在4%以内。', '确保新增城镇就业4400人，城镇登记失业率控制在4.5%以内。');
    expect(judgedBy(model, '4.5%')).toBe('4%');
  });
});
