/**
 * A later stage said alone before a count (供应, 续建, 在建) counts the things the figure before counted, without the words
 * that say how those were gathered (workStages.ts, lexicon/workStages.json).
 * Lines of outside district reports (深圳 free texts, not samples).
 */
import { describe, expect, it } from 'vitest';
import { FIVE_YEAR_REVIEW, lastYearReview, nameOf, namesOf, thisYearWork } from '../support/names';

describe('a later stage alone before a count', () => {
  it('supplies the housing gathered before (outside: 坪山区 2019, 盐田区 2022)', () => {
    expect(namesOf('建设筹集人才和保障性住房8539套，供应2486套。', ['8539套', '2486套'], lastYearReview(2019))).toEqual(['建设筹集人才和保障性住房', '供应人才和保障性住房']);
    expect(namesOf('首个安居型商品房正式配售，建设筹集公共住房3100套、供应461套。', ['461套'], lastYearReview(2022))).toEqual(['供应公共住房']);
  });

  it('supplies the land assembled before (outside: 南山区 2023)', () => {
    expect(namesOf('整备工业用地20.2公顷，供应11公顷。', ['11公顷'], lastYearReview(2023))).toEqual(['供应工业用地']);
  });

  it('goes on building the works counted before, without their stage (outside: 南山区 2014)', () => {
    expect(namesOf('16、居住：开工建设保障性住房1210套，竣工5477套，续建6342套。', ['6342套'], lastYearReview(2014))).toEqual(['续建保障性住房']);
  });
});

describe('a later stage after works named by their gathering alone', () => {
  // (Review32: a stage-first name built from the gathering, 供应筹集和建设, named the gathering as what was supplied.)
  it('is the stage alone, no gathering supplied (outside: 坪山区 2018)', () => {
    const line = '推进竹坑、秀新等人才和保障性住房项目，筹集和建设8500套以上、供应2000套以上,力争推出首个长租公寓。';
    expect(namesOf(line, ['2000套'], thisYearWork(2018))).toEqual(['供应']);
  });
});

describe('one reader for every stage (session 30, names50: stageWorks and laterStages made one)', () => {
  it('knows 在建 as a stage alone after the built works (dev: 江苏 2026)', () => {
    const line = '高铁路网密度居各省区第一，北沿江、通苏嘉甬、盐泰锡常宜高铁和南京北站、苏州北站综合枢纽等重大工程开工建设，改扩建京沪高速新沂至江都段，建成过江通道4座、在建8座，改扩建一批机场。';
    expect(nameOf(line, '8座', FIVE_YEAR_REVIEW)).toBe('在建过江通道');
  });

  it('drops the gathering words before a building stage too (outside: 大鹏新区 2015)', () => {
    expect(nameOf('下沙王母安置区占地面积6.4万平方米，建筑面积18.4万平方米，投资6.6亿元，新建住房1247套，竣工380套，安置分房已完成。', '380套', lastYearReview(2015))).toBe('竣工住房');
  });

  it('reads 新建成 as one word of gathering, not 新建 and a stray 成 (outside: 深圳 2016)', () => {
    expect(nameOf('新建成污水管网335公里、新开工724公里。', '724公里', lastYearReview(2016))).toBe('新开工污水管网');
  });
});
