/**
 * A footnote marker ([4], 〔24〕) after a word points at a note; it is never part of the figure's name, whichever rule
 * read the name — before the figure or after it (investmentNames.ts): extract.ts drops it from the name last. Lines
 * of free texts of the second outside source (src32): 徐水区 2024, 易县 2025, 阜平县 2021 (session 33, names58).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf } from '../support/names';

describe('footnote markers leave names', () => {
  it('drops [4] and [6] inside a name before the figure (徐水区 2024, 易县 2025)', () => {
    const xushui = '新增省级“专精特新”[4]中小企业14家，总数达43家 。';
    expect(nameOf(xushui, '14家', lastYearReview(2024))).toBe('省级专精特新中小企业');
    const yixian = '成功认定高新技术企业13家，国家级科技型中小企业31家，省级科技型中小企业102家，省级创新型中小企业4家，专精特新[6]企业5家。';
    expect(nameOf(yixian, '5家', lastYearReview(2025))).toBe('专精特新企业');
  });

  it('drops 〔24〕 after a counted noun (阜平县 2021)', () => {
    const line = '坚持教育优先，投资26.63亿元，新建13所农村寄宿制学校〔24〕、3所城区学校〔25〕、7所幼儿园〔26〕及职教中心新校区，完成照旺台小学扩建。';
    expect(nameOf(line, '13所', lastYearReview(2021))).toBe('农村寄宿制学校');
    expect(nameOf(line, '7所', lastYearReview(2021))).toBe('幼儿园');
  });

  it('drops 〔6〕 from a name read after the figure (阜平县 2021)', () => {
    const line = '高标准打造了16.64平方公里的阜东产业园区，占地6904亩的工业台地达到“九通一平”〔5〕，占地1268亩的农副产品加工园区〔6〕已入驻6家企业。';
    expect(nameOf(line, '1268亩', lastYearReview(2021))).toBe('农副产品加工园区占地面积');
  });
});
