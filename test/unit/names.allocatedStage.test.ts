/**
 * A clause of verbs only after a count of housing (…、供应分配8.0万套（间）; …，分配3400多套): the clause has no noun of
 * its own, and the housing the figure before counted is what was supplied and allocated (workStages.ts). Two stages said
 * as one step, the figure's unit note in brackets, and 分配 as a later stage of housing. Lines of free outside texts
 * (src27): 深圳市 2025, 坪山区 2023, 龙华区 2020; the same shape in 深圳市 2022, 2023, 坪山区 2022, 罗湖区 2021.
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, namesOf } from '../support/names';

describe('a clause of stages alone takes the housing counted before it', () => {
  it('reads 供应分配 as two stages, past the unit notes （间） (深圳市 2025)', () => {
    const line = '新增床位超9000张。建设筹集保障性住房10.5万套（间）、供应分配8.0万套（间）。市体育中心、小梅沙海洋世界等11个重大文旅体项目建成。';
    expect(namesOf(line, ['10.5万套', '8.0万套'], lastYearReview(2025))).toEqual(['建设筹集保障性住房', '供应分配保障性住房']);
  });

  it('without notes too (坪山区 2023)', () => {
    const line = '筹集建设保障性住房1.1万套、供应分配5010套。';
    expect(namesOf(line, ['5010套'], lastYearReview(2023))).toEqual(['供应分配保障性住房']);
  });

  it('reads 分配 alone as a stage of housing (龙华区 2020)', () => {
    const line = '筹集人才和保障性住房7400多套，分配3400多套，发放租房补贴1亿元。';
    expect(namesOf(line, ['3400多套'], lastYearReview(2020))).toEqual(['分配人才和保障性住房']);
  });

  it('reads 供应 past the figure before\'s unit note (罗湖区 2021)', () => {
    const line = '持续开展公共住房建设行动，建设筹集公共住房2.9万套（间），供应2.5万套（间）。';
    expect(namesOf(line, ['2.5万套'], lastYearReview(2021))).toEqual(['供应公共住房']);
  });
});
