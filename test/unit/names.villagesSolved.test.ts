/**
 * Villages counted with their people in one problem solved are named by what was solved for them (villagesSolved.ts), as
 * the labels name the people beside them: dev 徐水县-2015 (escaped line 7) and 高阳 2017 (line 64, labelled blind and by
 * reading), src32 高阳县-2015 and 保定市-2009, outside ../shared/corpus.
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf } from '../support/names';

describe('a count of villages solved with their people', () => {
  it('is named 解决…问题村 (徐水县 2015, 高阳县 2015, 保定市 2009)', () => {
    const xushui = '投入资金近5000万元，实施了农村安全饮水、打井配套、小型农田水利建设等工程，解决了13个村2.3万人的安全饮水问题，节水灌溉面积达3.5万亩。';
    expect(nameOf(xushui, '13个', lastYearReview(2015))).toBe('解决安全饮水问题村');
    const gaoyang = '新改建农村公路21.1公里，改造农业排灌机井132眼，解决了4个村8500余人的饮水安全问题；';
    expect(nameOf(gaoyang, '4个', lastYearReview(2015))).toBe('解决饮水安全问题村');
    expect(nameOf(gaoyang, '132眼', lastYearReview(2015))).toBe('改造农业排灌机井');
    expect(nameOf('减轻了市民负担。新解决200个村、20万人饮水安全问题，帮助5.1万贫困', '200个', lastYearReview(2009))).toBe('解决饮水安全问题村');
  });

  it('leaves villages counted with households or with no problem to the other rules (涞源县 2025, 容城县 2012)', () => {
    // (带动261个村19945户43866人稳定增收 — src32 涞源县-2025; 全县79个村、15万人喝上了“放心水” — 容城县-2012: no 解决…问题.)
    expect(nameOf('养殖收益1.24亿元，增长8%，带动261个村19945户43866人稳定增收。', '261个', lastYearReview(2025))).not.toMatch(/问题村$/);
    expect(nameOf('已建成12座供水站，全县79个村、15万人喝上了“放心水”；', '79个', lastYearReview(2012))).not.toMatch(/问题村$/);
  });
});
