/**
 * A city jieba's dictionary also lists as a verb (placeVerbs.json: 保定 'to guarantee') opens a figure's name as the city,
 * never as a verb whose object the name would be: 保定·中关村创新中心入驻企业 was named ·中关村创新中心入驻企业 in three
 * reports, and 保定高新区 高新区. Lines verbatim from src32 保定市-2017, 2018, 2019 and 2011 (outside ../shared/corpus).
 */
import { describe, expect, it } from 'vitest';
import { isVerb } from '../../src/core/lexicon/verbs';
import { FIVE_YEAR_REVIEW, lastYearReview, namesOf } from '../support/names';

describe('a city the dictionary lists as a verb, in a figure’s name', () => {
  it('keeps the city before its middle dot (src32 保定市-2017 line 20, 2019 line 22)', () => {
    const y17 = '四年来，协同发展深入推进。与京津合作项目达到436项、引资1800亿元。保定·中关村创新中心入驻企业105家，"一中心一基地多园区"发展格局基本形成。';
    expect(namesOf(y17, ['105家'], FIVE_YEAR_REVIEW)).toEqual(['保定·中关村创新中心入驻企业']);
    const y19 = '保定·中关村创新中心和产业基地入驻企业227家。';
    expect(namesOf(y19, ['227家'], lastYearReview(2019))).toEqual(['保定·中关村创新中心和产业基地入驻企业']);
  });

  it('keeps the city of a zone it names (src32 保定市-2011 line 52)', () => {
    const line = '把园区作为产业聚集的载体，重点建设一批销售收入超百亿、超五百亿、超千亿的产业聚集区。保定高新区达到2000亿元以上，涿州新兴产业示范区达到1000亿元。';
    expect(namesOf(line, ['2000亿元'], lastYearReview(2011))[0]).toBe('保定高新区');
  });

  it('is no verb to the figures, while other verbs stay verbs', () => {
    expect(isVerb('保定')).toBe(false);
    expect(isVerb('开封')).toBe(false);
    expect(isVerb('保持')).toBe(true);
  });
});
