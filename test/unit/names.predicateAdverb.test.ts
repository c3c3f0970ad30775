/**
 * A counted noun read after its count runs on into the predicate when an adverb of manner or sharing-out stands between
 * them (贫困村|如期脱贫出列, 国际高端品牌酒店|顺利开业): the noun ends before the adverb (names.ts beforePredicateAdverb).
 * Not 成功, whose predicates name the counted set (2家企业成功上市 → 上市企业), nor after a one-character remainder
 * (13条高快速路). Lines of outside free texts (src32, src27).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf } from '../support/names';

describe('a counted noun that ran on past an adverb into its predicate', () => {
  it('ends the noun before a manner adverb (outside: 涞水县 2020, 宝安区 2025, 深圳 2019)', () => {
    expect(nameOf('全年建档立卡未脱贫人口减至677人，贫困发生率0.23%;3个贫困村如期脱贫出列。', '3个', lastYearReview(2020))).toBe('贫困村');
    expect(nameOf('瑞吉酒店等3家国际高端品牌酒店顺利开业。', '3家', lastYearReview(2025))).toBe('国际高端品牌酒店');
    expect(nameOf('推动建设好深河人民医院、深汕中心医院等民生项目，精准推进323个相对贫困村稳步脱贫。', '323个', lastYearReview(2019))).toBe('相对贫困村');
  });

  it('keeps the predicate that 成功 opens, and a noun whose remainder would be one character (outside: 保定 2023, 南山区 2021)', () => {
    expect(nameOf('加强上市企业培育，力争2家企业成功上市。', '2家', lastYearReview(2023))).toBe('上市企业');
    expect(nameOf('推动妈湾跨海通道、宝鹏通道等13条高快速路的规划建设，全方位融入大湾区交通网。', '13条', lastYearReview(2021))).toBe('高快速路');
  });
});
