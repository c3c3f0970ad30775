import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';

/**
 * A first-year-of-plan report (2016, 2021) sets the next plan's goals and then this year's work; this year's figures are
 * this year's, not the plan's, though the plan was named just before them. Real lines of free outside texts (盐田区 and
 * 广东省 2016, zizhengLLM source), session 30 (period31).
 */
const periodOf = (text: string, figure: string): string | null | undefined => analyzeReport(text).indicators.find((i) => i.text === figure)?.period;

describe("this year's work after the next plan's goals", () => {
  it('closes the plan a paragraph opened (未来五年，…) at this year\'s targets (盐田区 2016)', () => {
    const text = [
      '2016年盐田区政府工作报告',
      '',
      '二、2016年工作思路和重点',
      '　　未来五年，我们要围绕“美好城区”建设，大力实施创新驱动、品质跃升，加快建设全球航运物流枢纽城区、国家生态文明先行示范区，全力打造山海旅游美城、民生幸福优城，率先全面建成更高水平的小康社会，努力建成现代化国际化先进滨海城区。',
      '　　根据总体思路，综合考虑各方面因素，今年我区经济社会发展主要预期目标是：本区生产总值增长8.5%左右，完成固定资产投资100亿元，社会消费品零售总额增长8%左右，城镇居民登记失业率控制在3%以内，万元GDP能耗、水耗持续下降。',
      '　　为实现上述目标，我们将重点抓好以下工作：',
      '　　（一）抓好规划的完善和启动实施。',
      '　　15.着力推进教育优质创新发展。建成开办盐田实验学校，新增基础教育学位1800个；基本完成区实验幼儿园加固工程。',
    ].join('\n');
    expect(periodOf(text, '8.5%')).toBe('2016');
    expect(periodOf(text, '1800个')).toBe('2016');
  });

  it('reads a plan named as what this year starts (为“十三五”…开好局) as the plan\'s first year (广东省 2016)', () => {
    const text = [
      '2016年广东省政府工作报告',
      '',
      '三、2016年工作安排',
      '　　为实现上述目标，重点抓好以下工作：',
      '　　（一）为“十三五”经济中高速增长开好局、起好步',
      '　　扩大有效投资。坚持立足稳增长和调结构的平衡点，提高投资有效性和精准性。全年安排省重点项目投资5000亿元。开工建设深中通道主体工程、罗定至信宜等15个高速公路项目，新增通车里程716公里。',
    ].join('\n');
    expect(periodOf(text, '5000亿元')).toBe('2016');
    expect(periodOf(text, '716公里')).toBe('2016');
  });
});
