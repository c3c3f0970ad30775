/**
 * Older national reports say a year's frame and a year's base in words of their own: 在今年内 (within this
 * year) before what is done, 比上一年 (over the year before) for a growth. Both say when, never what; neither leaves a
 * piece of itself (内…, 比上, 将) in a name. Sentences quoted from outside text (national 1958, not in the corpus).
 */
import { describe, expect, it } from 'vitest';
import { namesOf, thisYearWork } from '../support/names';

describe('year words of the planned-economy reports', () => {
  it('drops 今年内 whole before what will be done, never leaving 内 (outside: national 1958)', () => {
    const line = '这些建设项目，在今年内可以建设完工的有十四个，例如大冶钢厂，安徽铜官山矿务局，江西钨矿和云南铅矿，等等；同时，鞍山钢铁联合企业将基本上建设完成。';
    // (names37: the count is the part of the set that did it, named with the set's noun — subsetCounts.ts didPartName.)
    expect(namesOf(line, ['十四个'], thisYearWork(1958))).toEqual(['建设完工的建设项目']);
  });

  it('drops 将比上一年 whole after the subject, never leaving 将 or 比上 (outside: national 1958)', () => {
    const line = '农业合作社和农村居民的购买力将比上一年增加二十二亿元左右，城市居民的购买力将增加五亿元左右；机关、团体、企业、学校和部队因为节减公杂费开支，购买力将比上一年减少三亿元以上。';
    expect(namesOf(line, ['二十二亿元', '三亿元'], thisYearWork(1958))).toEqual(['农业合作社和农村居民购买力', '购买力']);
  });
});
