/**
 * A count of short places (村, 镇, 乡镇) right after a verb that completes a work, the work written after the places
 * (placeCounts.ts placeWorkName): the places are counted by the work done in them, named work + place, as a whole
 * place's count already was (…农村生活污水治理行政村) and as dev 天津 2026's label names 完成6个镇土地延包试点任务.
 * Lines of free outside texts (src32, outside ../shared/corpus).
 */
import { describe, expect, it } from 'vitest';
import { nameOf, lastYearReview, thisYearWork } from '../support/names';
import works from '../../src/core/lexicon/placeWorks.json';

describe('a count of places after a completed work', () => {
  it('is named by the work done in the places, the place last (src32 唐县-2020, 高唐县-2021, 涞水县-2022)', () => {
    const tang = '深化农村土地制度改革，完成320个村土地承包经营权确权登记，农户确权率达93.6%，顺利通过省级验收。';
    expect(nameOf(tang, '320个', lastYearReview(2020))).toBe('土地承包经营权确权登记村');
    const gaotang = '全面完成9个镇国土空间规划，实现城镇开发边界内用地控制性详细规划全覆盖。';
    expect(nameOf(gaotang, '9个', thisYearWork(2021))).toBe('国土空间规划镇');
    const laishui = '推进乡村治理，提升人居环境。完成113个村农村生活水源江水置换工程；';
    expect(nameOf(laishui, '113个', thisYearWork(2022))).toBe('农村生活水源江水置换工程村');
  });

  it('reads 为 before the places as a work done for them, as a dictionary verb after them already was (src32 清苑区-2008, 曲阳县-2020)', () => {
    const qingyuan = '完成80个村的文化体育站室建设；为20个村新打了深水井；建成100个经济特色村的村民网络信息站；';
    expect(nameOf(qingyuan, '20个', lastYearReview(2008))).toBe('新打深水井村');
    const quyang = '启动滑冰馆和足球场建设，为35个村配备健身器材。';
    expect(nameOf(quyang, '35个', lastYearReview(2020))).toBe('配备健身器材村');
  });

  it('reads 村庄 as 村, and leaves behind the next item’s joiner cut by its figure (src32 保定市-2022, 蠡县-2020)', () => {
    const baoding = '实施白洋淀上游流域综合治理和保护项目25项，完成1323个村庄生活污水治理，所有有水入淀河流断面水质全部达到Ⅲ类。';
    expect(nameOf(baoding, '1323个', lastYearReview(2022))).toBe('生活污水治理村庄');
    const li = '深入实施农村生活污水治理专项行动，完成15个村庄农村生活污水治理和投资2100万元的农村生活污水综合整治试点项目。';
    expect(nameOf(li, '15个', thisYearWork(2020))).toBe('农村生活污水治理村庄');
  });

  it('leaves a count in another classifier and a facility of the places (src32 河北省-2017, 阜平县-2013)', () => {
    const hebei = '完成13条城市黑臭水体整治，潘家口、大黑汀水库网箱养鱼清理工作成效明显。';
    expect(nameOf(hebei, '13条', lastYearReview(2017))).toBe('城市黑臭水体整治');
    const fuping = '完成11个乡镇综合文化站、23家农家书屋建设。';
    expect(nameOf(fuping, '11个', lastYearReview(2013))).not.toMatch(/乡镇$/);
  });
});

describe('a count of places with a count of people joined to it, and the villages of a poverty programme', () => {
  it('names the places by the predicate both counts share (src32 保定市-2014, 涞水县-2011)', () => {
    // The joined count ended the clause read and the villages took the clause before's noun (现代农业园区).
    const baoding = '按照市场化运作思路，推进"三个十"工程，重点发展10大扶贫产业、打造10个太行山综合开发产业片区、建设10个现代农业园区，确保年内300个村、20万人实现脱贫。';
    expect(nameOf(baoding, '300个', thisYearWork(2014))).toBe('实现脱贫村');
    const laishui = '年投入各类扶贫资金3496万元，56个贫困村、2.2万人脱贫出列。';
    expect(nameOf(laishui, '56个', lastYearReview(2011))).toBe('脱贫出列贫困村');
  });

  it('reads 贫困村 as a place counted by what is done in it, not past a 的 or a 以…为 frame (src32 保定市-2014, 涞水县-2020, 阜平县-2013)', () => {
    const baoding = '选择100个贫困村建档立卡，实施精准扶贫。';
    expect(nameOf(baoding, '100个', thisYearWork(2014))).toBe('建档立卡贫困村');
    const laishui = '全县脱贫人口677人，贫困发生率0.23%;3个贫困村如期脱贫出列。';
    expect(nameOf(laishui, '3个', lastYearReview(2020))).toBe('脱贫出列贫困村');
    const fuping = '以推进164个贫困村扶贫攻坚为重点，加快发展现代农业。';
    expect(nameOf(fuping, '164个', thisYearWork(2013))).not.toMatch(/为重点/);
  });
});

describe('placeWorks.json', () => {
  it('lists unique Han words of one to six characters', () => {
    expect(new Set(works.compounds).size).toBe(works.compounds.length);
    for (const w of works.compounds) expect(w).toMatch(/^[\u4e00-\u9fff]{1,6}$/);
  });
});
