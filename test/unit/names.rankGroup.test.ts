/**
 * The group a rank is held in (居省会城市机场首位, 居全盟首位, 全部位列全市第一) is where the subject ranks, not what
 * is ranked. Sentences quoted from outside text (青海 2026, 海拉尔 2014 — not in the corpus; a 内蒙古 banner's page
 * excerpt, outline12/pages/014).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, namesOf } from '../support/names';
import { withoutRankGroup } from '../../src/core/indicators/rankGroups';

describe('a rank in a group the scope list does not name', () => {
  it('names the growth ranked, not the airports it ranks among (outside: 青海 2026)', () => {
    const line = '投资攻坚行动扎实推进，100项“两重”项目加快实施，西宁机场三期建成投运、旅客吞吐量增速居省会城市机场首位，格库铁路青海段扩能改造全面完成，加西、沙久等11条国省干线公路建成通车，引大济湟工程整体投入运行，那棱格勒河水利枢纽下闸蓄水。';
    expect(namesOf(line, ['首位'], lastYearReview(2026))).toEqual(['旅客吞吐量增速']);
  });

  it('names the scale ranked in the league (outside: a 内蒙古 banner, outline12/pages/014)', () => {
    const line = '初步构建起“繁育、育成、育肥、加工、销售”为一体的良种肉牛全产业链,肉牛养殖规模居全盟首位。';
    expect(namesOf(line, ['首位'], lastYearReview(2021))).toEqual(['肉牛养殖规模']);
  });

  it('drops 全部 before the rank verb with the group (outside: 海拉尔 2014)', () => {
    const line = '地区生产总值、地方财政总收入、全社会固定资产投资、社会消费品零售总额、城镇居民人均可支配收入、农民人均纯收入等六项主要经济指标全部位列全市第一。';
    const [name] = namesOf(line, ['第一'], lastYearReview(2014));
    expect(name).toMatch(/六项主要经济指标$/u);
  });

  it('keeps 居 inside a name when no group ends it', () => {
    expect(withoutRankGroup('城乡居民人均可支配收入')).toBe('城乡居民人均可支配收入');
    expect(withoutRankGroup('增速连续三年位居珠三角')).toBe('增速');
  });
});
