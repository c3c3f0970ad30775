/**
 * Words that open a clause before the name (特别是), and adverbs before a verb and its object (重点, 依法), are no part of
 * the name; 重点 before a noun (重点建设项目) and 依法 before a verb alone (依法判刑的) stay. Lines of free src32 texts
 * (outside ../shared/corpus) and dev national 1982.
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf, namesOf, thisYearWork } from '../support/names';

describe('a clause opener and an adverb before a verb open no name', () => {
  it('drops 特别是 (清苑区-2013, 满城区-2022)', () => {
    // Before: 特别是财政收入, 特别是一般公共预算收入.
    const revenue = '特别是财政收入突破6亿元，同比增长22.2%，公共财政预算收入完成2.7亿元，同比增长19.4%，增幅增速均创历史最高水平。';
    expect(namesOf(revenue, ['6亿元', '22.2%'], lastYearReview(2013))).toEqual(['财政收入', '财政收入']);
    expect(nameOf('特别是一般公共预算收入完成8.3亿元，税收占比达到63.2%，同比增长22个百分点。', '8.3亿元', lastYearReview(2022))).toBe('一般公共预算收入');
  });

  it('drops 依法 before a verb and its object (清苑区-2020, 高阳县-2018)', () => {
    // Before: 依法组织征地, 依法关停自备井.
    expect(nameOf('依法组织征地1000余亩，通过砖窑复垦和残次林地复耕新增耕地1300亩。', '1000余亩', lastYearReview(2020))).toBe('组织征地');
    expect(nameOf('依托南水北调县城地表水厂建设，依法关停自备井50眼；', '50眼', lastYearReview(2018))).toBe('关停自备井');
  });

  it('drops 重点 before a verb (清苑区-2021), keeps it before a noun (米易县-2023)', () => {
    // Before: 重点培育高品位特色小镇.
    expect(nameOf('积极稳妥推进东闾乡改镇工作，重点培育高品位特色小镇1-2个，全力打造宜居宜业新农村。', '1-2个', thisYearWork(2021))).toBe('高品位特色小镇');
    expect(nameOf('国家农业现代化示范区内的20个重点建设项目加快推进，南部农文旅融合百里环线全面建成。', '20个', lastYearReview(2023))).toBe('重点建设项目');
  });

  it('keeps 依法 before a verb with its 的 (national 1982, dev)', () => {
    const cases = '全国查处的经济违法犯罪案件从今年一月到九月共有十三万六千零二十四件，已经结案处理的四万四千六百六十三件，其中依法判刑的有二万六千二百二十七人。';
    expect(nameOf(cases, '二万六千二百二十七人', lastYearReview(1982))).toBe('依法判刑');
  });
});
