/**
 * A measure said alone right after a figure of its subject is that subject's (carriedSubject.ts). Sentences quoted
 * from reports outside the corpus (the Hebei archive's 保定 years, a 静宁 page excerpt).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, namesOf } from '../support/names';
import { LAND_MEASURES, YIELD_MEASURES } from '../../src/core/lexicon/carriedMeasures';

describe('a measure alone after a figure of its subject', () => {
  it('carries a counted subject over to its output (outside: 保定 2010)', () => {
    expect(namesOf('"中国电谷"建设迈出新步伐，新能源企业增加到175家，实现工业总产值318亿元，增长30%；汽车工业实现较快增长。', ['318亿元'], lastYearReview(2010))).toEqual(['新能源企业工业总产值']);
  });

  it('carries the subject of a measure over to the next measure (outside: 保定 2014)', () => {
    expect(namesOf('汽车产业保持快速发展，全市生产整车82.5万辆、增长18.8%，长城汽车销售收入534亿元、增长27.1%，利税126亿元、增长59.5%，销量居自主品牌车企之首。', ['126亿元', '59.5%'], lastYearReview(2014))).toEqual(['长城汽车利税', '长城汽车利税']);
  });

  it('carries what was planted over to its total area, without 新植 (outside: 静宁 2011, page excerpt)', () => {
    expect(namesOf('特色产业发展取得重大突破,新植果树经济林44万亩,总面积达到76万亩,产值14.7亿元。', ['76万亩'], lastYearReview(2011))).toEqual(['果树经济林总面积']);
    expect(namesOf('特色产业发展取得重大突破,新植果树经济林44万亩,总面积达到76万亩,产值14.7亿元。', ['14.7亿元'], lastYearReview(2011))).toEqual(['果树经济林产值']);
  });

  // (单产 and 总产 were missing from the measures: the yield after a harvest figure was named 单产 alone — an audit of
  // unseen local text, names28.)
  it('carries a harvest’s crop over to its yield per mu (outside: 新疆 2026)', () => {
    const line = '建设优质农牧产品基地，实施大面积单产提升行动，粮食总产486.5亿斤，单产1105.6斤、居全国第一。';
    expect(namesOf(line, ['486.5亿斤', '1105.6斤'], lastYearReview(2026))).toEqual(['粮食总产', '粮食单产']);
  });

  it('leaves a measure alone after a figure of the place’s own whole or of a process', () => {
    expect(namesOf('全市规模以上工业企业达到500家，实现利润20亿元。', ['20亿元'], lastYearReview(2014))).toEqual(['规模以上工业企业利润']);
  });

  // (An area's crop was left out: 产量 alone after 地产蔬菜种植面积 — a random audit of unseen text, names32.)
  it('carries the crop of an area figure over to its output, after a comma or 、 (outside: 海拉尔 2014, 保定 2021)', () => {
    const hailar = '一要加快推进蔬菜基地和奶源基地建设。年内建成蔬菜大棚1050亩、温室150栋、仓储库2万平方米，地产蔬菜种植面积达到2万亩，产量达到15万吨。';
    expect(namesOf(hailar, ['2万亩', '15万吨'], lastYearReview(2014))).toEqual(['地产蔬菜种植面积', '地产蔬菜产量']);
    const baoding = '坚决遏制耕地“非农化”、防止“非粮化”，粮食播种面积稳定在1000万亩、产量稳定在400万吨以上。';
    expect(namesOf(baoding, ['400万吨'], lastYearReview(2021))).toEqual(['粮食产量']);
  });

  it('carries no area’s crop to a measure that is no output of the land', () => {
    expect(namesOf('地产蔬菜种植面积达到2万亩，销售收入达到3亿元。', ['3亿元'], lastYearReview(2014))).toEqual(['销售收入']);
  });

  it('reads the subject where the figures sharing its name begin, and keeps a sector before its measure (outside: 伊金霍洛旗 2006 page excerpt, 保定 2006)', () => {
    expect(namesOf('2005年全旗规模以上工业企业实现总产值49亿元,比2000年增长5.4倍,年均增长45%,实现增加值23.8亿元,', ['23.8亿元'], lastYearReview(2006))).toEqual(['规模以上工业企业增加值']);
    expect(namesOf('入统工业增加值268.7亿元，利税97.3亿元，分别增长17.6%和20.6%；', ['97.3亿元'], lastYearReview(2006))).toEqual(['入统工业利税']);
  });

  it('carries nothing to a sibling’s measure or from a figure inside the predicate (outside: national 1986; national 1988)', () => {
    expect(namesOf('在过去的五年中，我国工农业总产值平均每年增长百分之十一，其中工业总产值平均每年增长百分之十二（包括村办工业）。', ['百分之十二'], lastYearReview(1986))).toEqual(['工业总产值']);
    expect(namesOf('五年间对外承包工程和劳务合作在１００多个国家和地区展开，完成营业额近４０亿美元。', ['４０亿美元'], lastYearReview(1988))).not.toEqual(['国家营业额']);
  });

  it('lists each land measure and yield once, a longer land measure before the one it ends with', () => {
    expect(new Set(LAND_MEASURES).size).toBe(LAND_MEASURES.length);
    expect(new Set(YIELD_MEASURES).size).toBe(YIELD_MEASURES.length);
    LAND_MEASURES.forEach((word, i) => LAND_MEASURES.slice(0, i).forEach((before) => expect(word.endsWith(before) && word !== before).toBe(false)));
  });
});
