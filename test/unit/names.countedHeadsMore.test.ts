/**
 * A counted noun phrase with a dictionary verb inside (租赁, 振兴, 创新, 采购) runs on to its head noun when it ends with
 * one of countedHeads (nameWords.json): 住房, 示范带, 实验区, 采购商. Unseen witness (广东 2025, outside): 129条乡村振兴
 * 示范带, 2个改革创新实验区, 50万名境外采购商 were named 乡村, 改革, 境外.
 */
import { describe, expect, it } from 'vitest';
import { nameOf, lastYearReview } from '../support/names';

describe('a counted noun phrase read to its head noun', () => {
  it('reads past 租赁 to 住房 (dev: 苏州 seed)', () => {
    expect(nameOf('理顺医疗服务价格体系，减轻群众就医用药负担。推出3.5万套政策性租赁住房，扩大住房公积金覆盖面。', '3.5万套', lastYearReview(2021))).toBe('政策性租赁住房');
  });

  // (创建85家排水达标小区 — 福田区 2017, 创建120个排水达标小区 — 南山区 2017, outside: named 排水 before 小区 was a head;
  // session 33, names59.)
  it('reads past 排水达标 to 小区 (福田区, 南山区 2017 — outside)', () => {
    expect(nameOf('大力开展治水提质计划，创建85家排水达标小区，完成20个小区优质饮用水入户管网改造。', '85家', lastYearReview(2017))).toBe('排水达标小区');
    expect(nameOf('完成100个住宅小区雨污分流改造，创建120个排水达标小区。积极推进海绵城市建设。', '120个', lastYearReview(2017))).toBe('排水达标小区');
  });
});
