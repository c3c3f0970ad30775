import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';

/**
 * A targets list opened by a bare colon (2016年经济社会发展预期目标：… — 坪山新区 2016; “十五五”时期经济社会发展的主要目标：… —
 * 深圳市 2026; outside free texts, session 29, period30): a list like 主要预期目标是：…, so the undated sections after it
 * are that list's year's tasks. In the first year of a plan the plan's own list (“十三五”时期，新区发展目标是：到2020年…)
 * comes first: without the rule this year's sections after both lists took the plan's span.
 */
const report = (...lines: string[]): string => ['2016年坪山新区政府工作报告', '各位代表：', ...lines.map((l) => `\u3000\u3000${l}`)].join('\n');

describe('a targets list opened by a bare colon', () => {
  it('dates the undated sections after this year\'s list by this year, not by the plan listed before it (坪山新区 2016)', () => {
    const text = report(
      '“十三五”规划的主要思路及2016年工作计划',
      '“十三五”时期，新区发展目标是：到2020年，地区生产总值达到1040亿元，比2015年翻一番。',
      '2016年是“十三五”开局之年。',
      '2016年经济社会发展预期目标：实现地区生产总值增长9.5%左右；规模以上工业企业增加值增长11%左右；固定资产投资增长11%左右。',
      '（二）推进产业转型升级，建设东部智造中心',
      '优化低端企业和落后产能清理方式，年内淘汰200家以上落后产能企业。',
    );
    const figure = analyzeReport(text).indicators.find((f) => f.text === '200家');
    expect(figure?.period).toBe('2016');
  });

  it('reads the plan\'s list the same way (深圳市 2026: its goals are the plan\'s final year\'s)', () => {
    const text = report(
      '二、“十五五”时期主要目标任务和2026年工作安排',
      '纲要（草案）明确了我市“十五五”时期经济社会发展的主要目标：高质量发展迈上新台阶，地区生产总值超过5万亿元；产业科技创新实现新突破，全社会研发投入强度超7%。',
    ).replace('2016年坪山新区', '2026年深圳市');
    const figures = analyzeReport(text).indicators;
    expect(figures.find((f) => f.text.startsWith('5万亿元'))?.period).toBe('2030');
    expect(figures.find((f) => f.text.startsWith('7%'))?.period).toBe('2030');
  });
});
