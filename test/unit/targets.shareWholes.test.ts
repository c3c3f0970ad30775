import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';

/**
 * Two shares of two wholes are two things (session 31, links39): 占全市金融业比重 (of the city's finance) is no sequel
 * to 占全市比重 (of the city's whole transport sector), though the one name holds the other split in two (占全市|比重).
 * The class: a share's whole said inside a name frame another share shares — 宝安区 2025 (占全市金融业比重 ↔ 占全市比重,
 * paired before the rule), 福田区 2021-2 (占全省金融业增加值比重 beside 占全市比重), 南山区 2014 (占全市获奖项目比重 beside
 * 占全市总数比重) — outside free texts.
 */
describe('shares of different wholes', () => {
  it('never pairs a share of one whole with a share of another (宝安区 2025, outside)', () => {
    const text = [
      '2025年宝安区政府工作报告',
      '一、2024年工作回顾',
      '\u3000\u3000交通运输、仓储和邮政业增加值314.7亿元、占全市23.6%，总量连续三年全市第一，粤港澳大湾区交通和物流枢纽地位更加凸显。',
      '二、2025年工作安排',
      '\u3000\u3000二是超常规发展金融业。金融是产业发展的血液，但宝安区金融业增加值占GDP比重仅3.4%、占全市金融业比重仅3.8%，一定要抓住前海深港国际金融城扩围机遇。',
    ].join('\n');
    const report = analyzeReport(text);
    const share = report.indicators.find((f) => f.text === '3.8%');
    expect(share?.name).toBe('占全市金融业比重');
    // The part is named with its share since names69 (a share takes the sum named before it): the whole is still the city's.
    expect(report.indicators.find((f) => f.text === '23.6%')?.name).toBe('交通运输、仓储和邮政业增加值占全市比重');
    expect(report.pairs.find((p) => p.target === share || p.actual === share)).toBeUndefined();
  });
});
