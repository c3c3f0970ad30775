/**
 * An attribute said alone right after a count (总产值, 面积, 总市值) is the counted things' attribute, not the whole place's
 * (carriedSubject.ts countedAttribute, lexicon/countedAttributes.json). Lines of free outside texts (src27): 盐田区 2021,
 * 深圳市 2025, 宝安区 2015, 2016, 罗湖区 2014.
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf } from '../support/names';
import data from '../../src/core/lexicon/countedAttributes.json';

describe('an attribute right after a count is of the counted things', () => {
  it('after a comma (盐田区 2021, 宝安区 2016, 罗湖区 2014)', () => {
    const yantian = '成功举办建区以来规模最大、影响最广、效果最好的招商大会，集中签约项目41个，总产值1245亿元，深国际、百果园等多家百亿级企业签约落户。';
    expect(nameOf(yantian, '1245亿元', lastYearReview(2021))).toBe('签约项目总产值');
    expect(nameOf('新增上市企业2家，总数达24家，总市值4000亿元。', '4000亿元', lastYearReview(2016))).toBe('上市企业总市值');
    expect(nameOf('新增450家电子商务企业，总量1500家，营业收入增长70%。', '70%', lastYearReview(2014))).toBe('电子商务企业营业收入');
  });

  it('after 、 (深圳市 2025)', () => {
    const line = '新开工保障性住房项目66个、面积304万平方米，实施“深梦扬帆”“深梦启航”计划，推介保障性住房进校园、进机构、进企业。';
    // (The count is of projects started, 新开工保障性住房项目 — keptActions.ts, labels README “Actions kept in a name”; its
    // area is theirs.)
    expect(nameOf(line, '304万平方米', lastYearReview(2025))).toBe('新开工保障性住房项目面积');
  });

  it('not after the last count of a list, whose items the attribute is of together (宝安区 2015)', () => {
    const line = '分别建成国家级、市级、区级文化产业园1家、4家和9家，面积25.8万平方米。';
    expect(nameOf(line, '25.8万平方米', lastYearReview(2015))).toBe('面积');
  });

  it('lists each attribute once, none a sector’s output or a length', () => {
    expect(new Set(data.attributes).size).toBe(data.attributes.length);
    for (const word of data.attributes) expect(/增加值|里程|长度/.test(word), word).toBe(false);
  });
});
