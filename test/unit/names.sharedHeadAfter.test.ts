/**
 * Two figures joined by 、 whose noun is written once, after the second: the first counts or sizes the same things and
 * takes that noun (sharedHeadAfter.ts). Real lines of src32 reports, outside ../shared/corpus, and of dev hebei 2010.
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, namesOf, thisYearWork } from '../support/names';

describe('a figure whose noun is written after the next one', () => {
  it('counts the noun of the count after it when nothing of its own follows it (src32 阜平县-2013 line 0, 河北省-2011 line 50, 0-based)', () => {
    const [built, repaired] = namesOf('重点推进民政事业服务中心一期附属、二期工程，社区养老服务中心建设；新建103个、修缮60个农村互助幸福院。', ['103个', '60个'], thisYearWork(2013));
    expect(built).toBe(repaired);
    expect(built).not.toBe('新建');
    const line = '加快城市景观整治和建筑美化，每个市打造3-5个、每个县打造2-3个标志性建筑、标志性街区、标志性景观，推动城市风貌特色上水平。';
    expect(namesOf(line, ['3-5个', '2-3个'], thisYearWork(2011))).toEqual(['标志性建筑', '标志性建筑']);
  });

  it('counts it after a place or a grade that the second count says too (src32 保定市-2021 line 83, 徐水县-2010 line 0)', () => {
    expect(namesOf('清理规范市级51项、县级216项行政备案事项。', ['51项', '216项'], thisYearWork(2021))).toEqual(['市级行政备案事项', '县级行政备案事项']);
    const xushui = '稳步推进农业局下属2家、交通局下属1家、建设局下属1家、工促局下属1家国有集体企业改制工作，积极筹划县社系统集体企业改制工作。';
    expect(namesOf(xushui, ['2家'], thisYearWork(2010))).toEqual(['国有集体企业']);
  });

  it('names a total investment said before a count of works by those works (dev hebei-2010 line 76; src32 安新县-2024 line 0)', () => {
    const hebei = '抓紧谋划和储备一批带动能力强、支撑作用大的骨干 项目，做好总投资5200亿元、160个 重点项目的前期工作。';
    expect(namesOf(hebei, ['5200亿元', '160个'], thisYearWork(2010))).toEqual(['重点项目总投资', '重点项目']);
    const anxin = '用好“周例会调度、一线解决问题、节点管控、观摩讲评”等推进机制，抓好总投资638亿元、128个省市县重点项目建设。';
    expect(namesOf(anxin, ['638亿元', '128个'], thisYearWork(2024))).toEqual(['省市县重点项目总投资', '省市县重点项目']);
  });

  it('leaves a count with its own noun, a pair with nothing after it, and a total of the works said before it', () => {
    // 完成6个乡镇、70个村、4万户改造 — src32 唐县-2020 line 17: 6个 counts its own 乡镇.
    expect(namesOf('平原乡镇全面铺开，完成6个乡镇、70个村、4万户改造，10多万群众用上了清洁燃气。', ['6个'], lastYearReview(2020))).toEqual(['乡镇']);
    // 新开工项目24个、竣工12个: no noun after the second, nothing to share.
    expect(namesOf('全年新开工项目24个、竣工12个。', ['24个'], lastYearReview(2020))[0]).toContain('项目');
    // 高碑店、安国、涞源分别发展成为30万人、20万人和20万人的中等城市 — src32 保定市-2011 line 58: sizes before 的 count nothing.
    expect(namesOf('促进中小城市和建制镇发展。高碑店、安国、涞源分别发展成为30万人、20万人和20万人的中等城市。', ['30万人'], thisYearWork(2011))[0]).not.toBe('中等城市');
    // 项目总投资: the total is of the works before it, not of the count after it.
    expect(namesOf('签约高端装备项目总投资120亿元、18个配套项目落地。', ['120亿元'], lastYearReview(2020))[0]).not.toBe('配套项目总投资');
  });
});
