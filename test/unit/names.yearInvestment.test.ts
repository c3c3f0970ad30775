/**
 * The year's investment in works a count counts, said without 完成 (当年投资, 年内投资, 全年投资), is their 完成投资 as the
 * labels write it (省市重点项目完成投资), not the works themselves (investmentNames.ts INVESTED_ALONE). Lines of free
 * outside texts (src32, outside ../shared/corpus).
 */
import { describe, expect, it } from 'vitest';
import { namesOf, lastYearReview } from '../support/names';

describe('the year’s investment in works just counted', () => {
  it('is their 完成投资, and so is the share of the year’s plan it met (src32 涞水县-2022, 保定市-2022)', () => {
    const laishui = '组织集中开工4次，新开工项目40个；实施省市重点项目19个，当年投资30.1亿元，完成全年计划的120.3%；';
    expect(namesOf(laishui, ['19个', '30.1亿元', '120.3%'], lastYearReview(2022))).toEqual(['省市重点项目', '省市重点项目完成投资', '省市重点项目完成投资']);
    const baoding = '2021年实施市以上重点项目502项、当年投资996.3亿元，完成全年计划的141.7%。';
    expect(namesOf(baoding, ['996.3亿元'], lastYearReview(2022))).toEqual(['市以上重点项目完成投资']);
  });
});
