/**
 * A count's noun phrase ends where its predicate begins, also when that predicate is an intransitive verb the
 * dictionary does not read as one (落户, 拔地而起, 上市, 进展顺利): the name is what is counted, not what happened to it.
 * Excerpts of 2026 provincial reports OUTSIDE the labelled corpus (johncodes404/china-provincial-gov-reports-2026,
 * output/2026_raw_text).
 */
import { describe, expect, it } from 'vitest';
import { FIVE_YEAR_REVIEW, lastYearReview, nameOf as nameIn } from '../support/names';

const nameOf = (line: string, written: string): string | null => nameIn(line, written, FIVE_YEAR_REVIEW);

describe('the counted noun ends before its predicate', () => {
  it('stops at 拔地而起 and 落户 (河北 2026)', () => {
    expect(nameOf('“四纵三横”高速公路网全面形成，5300多栋楼宇拔地而起，空天信息和卫星互联网等创新产业集聚。', '5300多栋')).toBe('楼宇');
    expect(nameOf('全社会研发投入年均增长超10%。8家全国重点实验室落户河北，燕赵系列实验室陆续投用。', '8家')).toBe('重点实验室');
  });

  it('stops at 上市 and 进展顺利, but keeps 上市企业 a noun (甘肃, 西藏 2026)', () => {
    // (The generic noun then takes what the companies did, countedPredicate.ts — names28: 主板上市 is a count predicate.)
    expect(nameOf('新增国家级单项冠军企业5户、专精特新中小企业1003户，3家企业主板上市，5家企业挂牌“新三板”。', '3家')).toBe('主板上市企业');
    expect(nameOf('建成125个县域医共体。4个国家级区域医疗中心建设进展顺利，中山大学附属肿瘤医院甘肃医院开诊。', '4个')).toBe('国家级区域医疗中心');
    expect(nameOf('精准实施“格桑花行动”，新增2家上市企业。创建首家AAA企业。', '2家')).toBe('上市企业');
  });

  // dev43: the topping-out of a building (封顶), after a count or a size, is what became of it — dev 徐水县-2015 (escaped line 5,
  // labelled blind: 返迁房), src32 安新县-2024, outside ../shared/corpus.
  it('stops at 封顶, and a count said only with it is named by the words before (徐水县 2015, 安新县 2024)', () => {
    const y2014 = lastYearReview(2015);
    expect(nameIn('地表水厂进厂施工，返迁房一期39栋封顶，配套学校开工建设，园区承载能力进一步增强。', '39栋', y2014)).toBe('返迁房一期');
    expect(nameIn('济新高速建设进度超过60%、高109米的黄河大桥主塔封顶，小浪底库区8座港航码头建设进展顺利。', '109米', lastYearReview(2024))).toBe('黄河大桥主塔');
  });
});
