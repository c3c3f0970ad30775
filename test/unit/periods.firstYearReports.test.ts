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

describe('an annual mean concentration (PM2.5年均浓度) is a level, not a yearly average', () => {
  it('dates a plan\'s goal at its end (深圳市 2021, 坪山区 2021)', () => {
    const text = [
      '2021年深圳市政府工作报告',
      '',
      '二、“十四五”时期发展目标和重点任务',
      '　　未来五年，我们要全力实现以下目标：大气、水、土壤、近岸海域等环境质量持续提升，PM2.5年均浓度低于20微克/立方米，主要河流水质稳定达标。',
      '　　打造高颜值的绿色家园。深入推进大气污染防治攻坚，实现PM2.5年均浓度不高于18微克每立方米、空气质量优良率稳定达95%以上。',
    ].join('\n');
    expect(periodOf(text, '20微克/立方米')).toBe('2025');
    expect(periodOf(text, '18微克每立方米')).toBe('2025');
  });

  it('keeps the year a review names for it (深圳市 2016: 2015年PM2.5年均浓度, not 2011-2015)', () => {
    const text = [
      '2016年深圳市政府工作报告',
      '',
      '一、2015年工作回顾和“十二五”发展成就',
      '　　五是着力建设美丽深圳，生态环境质量大幅提升。过去五年，空气质量大幅提升。2015年PM2.5年均浓度降至29.8微克/立方米。',
    ].join('\n');
    expect(periodOf(text, '29.8微克/立方米')).toBe('2015');
  });
});
