/** Plan periods in every form, from national reports outside the corpus (1986, 1999, 2001 — public text). */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { planMentions, periodOf } from '../../src/core/references/planPeriods';

describe('plan periods', () => {
  it('reads quoted short forms and plans said in full, with their plan number', () => {
    const s = '随着“九五”计划的完成，我们实现了现代化建设第二步战略目标，为实施“十五”计划、开始迈向第三步战略目标奠定了良好基础。';
    expect(planMentions(s).map((m) => m.period)).toEqual(['九五', '十五']);
    const full = '第七个五年计划时期，是我国经济发展战略和经济体制进一步由旧模式向新模式转换的关键时期。';
    expect(planMentions(full).map((m) => [full.slice(m.start, m.end), m.period])).toEqual([['第七个五年计划', '七五']]);
  });

  it('never takes a congress, a session or a year for a plan', () => {
    expect(planMentions('深入贯彻落实党的十五大和十五届三中全会精神，继续推进改革开放')).toEqual([]);
    expect(planMentions('一九九五年、二〇一五年和一百一十五个项目')).toEqual([]);
  });

  it('knows a quoted period or its plan as the period', () => {
    expect(periodOf('“九五”')).toBe('九五');
    expect(periodOf('“十五”计划')).toBe('十五');
    expect(periodOf('第七个五年计划')).toBe('七五');
    expect(periodOf('“放管服”')).toBeNull();
  });

  it('links older periods to the part that treats them, once per mention', () => {
    const text = [
      '2001年国务院政府工作报告', '',
      '一、“九五”时期国民经济和社会发展的回顾', '',
      '随着“九五”计划的完成，我们实现了现代化建设第二步战略目标，为实施“十五”计划、开始迈向第三步战略目标奠定了良好基础。', '',
      '二、“十五”期间的奋斗目标和指导方针', '',
      '第十个五年计划时期，是我国经济发展战略进一步转换的关键时期。“十五”计划的主要目标是：经济保持较快发展速度。', '',
    ].join('\n');
    const refs = analyzeReport(text).references;
    const from = (line: number): string[] => refs.filter((r) => r.from.range.start.line === line).map((r) => `${r.kind} ${r.from.text} → ${r.to.text}`);
    expect(from(4)).toEqual(['section 九五 → 一、“九五”时期国民经济和社会发展的回顾', 'section 十五 → 二、“十五”期间的奋斗目标和指导方针']);
    expect(from(8)).toEqual(['section 第十个五年计划 → 二、“十五”期间的奋斗目标和指导方针', 'section 十五 → 二、“十五”期间的奋斗目标和指导方针']);
  });
});
