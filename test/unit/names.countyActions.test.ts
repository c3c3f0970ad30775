/**
 * The work done on what a count counts is no part of its name, however it is said: a verb compound the dictionary
 * lacks (抓细抓实, 抓实抓细 — nameWords.json actionVerbs) and manner adverbs of enforcement before the verb, alone or in a
 * row (依法, 强力, 重拳 — predicateAdverbs.json, built by scripts/build-predicate-adverbs.mjs). Lines of free outside
 * texts (src32, outside ../shared/corpus).
 */
import { describe, expect, it } from 'vitest';
import { nameOf, lastYearReview, thisYearWork } from '../support/names';

describe('the work done on the things counted', () => {
  it('抓细抓实 and 抓实抓细 go before a programme’s measures (src32 曲阳县-2022, 保定市-2022, 涞水县-2022)', () => {
    const quyang = '压实“四方责任”，落实“四早”要求，抓细抓实“十个常态化”30项措施，坚决守护好人民群众生命安全和身体健康。';
    expect(nameOf(quyang, '30项', thisYearWork(2022))).toBe('十个常态化措施');
    const baoding = '落实“四早”要求，抓细抓实“十个常态化”30项措施，提高疫情应急处置能力。';
    expect(nameOf(baoding, '30项', thisYearWork(2022))).toBe('十个常态化措施');
    const laishui = '坚守“一条底线”，打造疫情防控坚实堡垒。持续抓实抓细“十个常态化”30项措施，坚持人物同防、多病共防。';
    expect(nameOf(laishui, '30项', thisYearWork(2022))).toBe('十个常态化措施');
  });

  it('依法, 强力 and 重拳 say how a closure or a crackdown was done, alone or in a row (src32 曲阳县-2022)', () => {
    expect(nameOf('依法有序关停自备井182眼，完成江水消纳359万立方米。', '182眼', lastYearReview(2022))).toBe('关停自备井');
    expect(nameOf('加强农村饮用水水源保护，强力关停自备井226眼，压采地下水112万立方米。', '226眼', thisYearWork(2022))).toBe('关停自备井');
    expect(nameOf('依法保护企业主体，重拳打击阻挠项目落地6人，营商环境持续优化。', '6人', lastYearReview(2022))).toBe('打击阻挠项目落地');
  });
});
