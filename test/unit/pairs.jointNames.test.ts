/**
 * A review rate said of several indicators at once (…均削减1.5%) judges the year's target of each of them, the item
 * inside the list too (references/jointNames.ts); a level said of several is their sum, no one item's actual. Lines
 * quoted from src32 河北省-2012, 河北省-2010 and 徐水县-2010 (outside ../shared/corpus, free texts of the second outside
 * source).
 */
import { describe, expect, it } from 'vitest';
import { itemOfJointName } from '../../src/core/references/jointNames';
import { judgedBy, reviewAndPlan } from '../support/pairs';

describe('a rate said of several indicators at once', () => {
  it('reads an item at either end or inside the list, with the words the list or another item ends with', () => {
    expect(itemOfJointName('二氧化硫排放量', '化学需氧量、二氧化硫和氨氮排放量')).toBe(true);
    expect(itemOfJointName('化学需氧量排放量', '二氧化硫排放量和化学需氧量')).toBe(true);
    expect(itemOfJointName('氮氧化物排放量', '化学需氧量、二氧化硫和氨氮排放量')).toBe(false);
    // 和 inside a word is no list: 省级|和美乡村 has no item of four characters.
    expect(itemOfJointName('省级专精特新企业', '省级和美乡村')).toBe(false);
    expect(itemOfJointName('二氧化硫排放量', '二氧化硫排放总量')).toBe(false);
  });

  it('河北省 2012: 二氧化硫排放量削减3.2% is judged by 化学需氧量、二氧化硫和氨氮排放量均削减1.5%; 氮氧化物 by nothing', () => {
    const model = reviewAndPlan(
      2012,
      '节能减排深入推进，预计单位生产总值能耗下降3.66%左右，化学需氧量、二氧化硫和氨氮排放量均削减1.5%以上。',
      '单位生产总值能耗下降3.66%，化学需氧量、二氧化硫和氨氮、氮氧化物排放量分别削减2.2%、3.2%、3.1%和1.5%。',
    );
    expect(judgedBy(model, '3.2%')).toBe('1.5%');
    expect(judgedBy(model, '2.2%')).toBe('1.5%');
    expect(judgedBy(model, '3.1%')).toBe('1.5%');
  });

  it('河北省 2010: 化学需氧量排放量削减2.4% is judged by 二氧化硫排放量和化学需氧量均削减5.5%', () => {
    const model = reviewAndPlan(
      2010,
      '预计全年单位生产总值能耗下降5%以上，二氧化硫排放量和化学需氧量均削减5.5%。',
      '今年经济社会发展的主要预期目标是：单位生产总值能耗下降4%，化学需氧量、二氧化硫排放量分别削减2.4%和1%以上。',
    );
    expect(judgedBy(model, '2.4%')).toBe('5.5%');
    expect(judgedBy(model, '1%')).toBe('5.5%');
  });

  it('徐水县 2010: one industry’s 13亿元 is not judged by the three industries’ 49.7亿元 (a sum)', () => {
    const model = reviewAndPlan(
      2010,
      '索具、石油物探装备、汽车零部件三大主导产业年产值达到49.7亿元，同比增长13.2%。',
      '年内力争索具、汽车零部件和石油物探装备三大主导产业年产值分别达到32亿元、9亿元和13亿元。',
    );
    expect(judgedBy(model, '13亿元')).not.toBe('49.7亿元');
  });
});
