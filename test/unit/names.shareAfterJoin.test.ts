/**
 * A share said after a whole of another kind and 和 (所有乡镇和90%的行政村通了油路) is the share of the noun after it that
 * did what follows, not of the whole before 和: both did it, and the share counts only the second. Sentences quoted
 * from the Hebei archive's 河北省 2006, 2011 and 2014 reports (outside the corpus), where a random audit of unseen text
 * (names34, seed 34) found the 90% named 所有乡镇; the same shape in 青海 2026 (outside).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, namesOf, thisYearWork } from '../support/names';

describe('a share after a whole of another kind joined by 和', () => {
  it('names the share by the noun after 的 and what it did (outside: 河北省 2006, 2011)', () => {
    const roads = '新增二级以上公路5875公里；新建改建农村公路4.9万公里，所有乡镇和90%的行政村通了油路。';
    expect(namesOf(roads, ['90%'], lastYearReview(2006))[0]).toBe('行政村通油路');
    const sports = '深入开展全民健身运动，增强竞技体育实力，城市街道、农村乡镇和60%的行政村建有公共体育健身设施。';
    expect(namesOf(sports, ['60%'], thisYearWork(2011))[0]).toBe('建有公共体育健身设施行政村');
  });

  it('never names it by the whole before 和 (outside: 河北省 2014)', () => {
    const line = '医药卫生体制改革取得新进展，所有政府办基层医疗卫生机构和74%的村卫生室实行了基本药物制度，70%以上的县（市、区）开展了公立医院综合改革试点，城乡居民大病保险改革试点启动。';
    // (The share is of the village clinics, with what they did or without it — never of 所有政府办基层医疗卫生机构.)
    expect(['村卫生室', '村卫生室实行基本药物制度', '实行基本药物制度村卫生室']).toContain(namesOf(line, ['74%'], lastYearReview(2014))[0]);
  });
});
