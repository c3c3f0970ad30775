/**
 * A measure said alone after a clause about a sector (第二产业增势强劲，增加值达到948亿元) is the sector's measure, not a
 * bare 增加值 (sectorMeasures.ts). Sentences quoted from reports outside the corpus.
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf, namesOf } from '../support/names';

describe('a measure alone after a clause about a sector', () => {
  it('names the sector the clause before opens with (outside: 内蒙古 2004, page excerpt)', () => {
    expect(namesOf('第二产业增势强劲,增加值达到948亿元,增长26.9%。', ['948亿元', '26.9%'], lastYearReview(2004))).toEqual(['第二产业增加值', '第二产业增加值']);
  });

  it('reads a sector before how it went (outside: 河北 2013, national 1992, 拜泉 1991)', () => {
    expect(namesOf('民营经济快速发展，2012年增加值达到17232.8亿元、实现上缴税金2342.5亿元。', ['17232.8亿元'], lastYearReview(2013))).toEqual(['民营经济增加值']);
    expect(namesOf('工业生产增长较快，总产值比上年增长百分之十四点二。', ['百分之十四点二'], lastYearReview(1992))).toEqual(['工业总产值']);
    expect(namesOf('乡镇企业在困境中稳步发展,全年完成产值14397万元。', ['14397万元'], lastYearReview(1992))).toEqual(['乡镇企业产值']);
  });

  it('prefixes each measure of a list (outside: 保定 2007)', () => {
    expect(namesOf('新能源和能源设备制造业强势发展，销售收入、利税分别增长50%和65.6%。', ['50%', '65.6%'], lastYearReview(2007))).toEqual([
      '新能源和能源设备制造业销售收入',
      '新能源和能源设备制造业利税',
    ]);
  });

  // review15: the report's place before the sector, and the whole economy, are no sector.
  it('drops the report’s own place before a sector and reads 经济 alone as no sector', () => {
    expect(namesOf('全市农业生产形势良好，总产量达到120万吨。', ['120万吨'], lastYearReview(2013))).toEqual(['农业总产量']);
    expect(namesOf('全市经济运行平稳，增加值达到948亿元。', ['948亿元'], lastYearReview(2013))).toEqual(['增加值']);
  });

  // (The measure is the counted enterprises' instead, carried from the figure before: carriedSubject.ts.)
  it('does not give the sector a measure whose clause before holds a figure (outside: 海拉尔 2013)', () => {
    expect(namesOf('农牧业产业化进程加快，产业化龙头企业发展到22家，实现销售收入54亿元。', ['54亿元'], lastYearReview(2013))).toEqual(['产业化龙头企业销售收入']);
  });
});

describe('a sector named by 业 alone, or after examples of it', () => {
  it('reads an industry named by 业 as a sector (outside: 保定 2007)', () => {
    expect(namesOf('纺织服装业整合升级步伐加快，销售收入和利税分别增长28%和36%。', ['28%', '36%'], lastYearReview(2007))).toEqual(['纺织服装业销售收入', '纺织服装业利税']);
  });

  it('names the sector after the examples before 等 (outside: 包头 2013)', () => {
    const line = '钢铁、铝业、装备制造等五大支柱产业不断做大做强,预计完成增加值910亿元左右,是2007年的2.5倍。';
    expect(namesOf(line, ['910亿元'], lastYearReview(2013))).toEqual(['五大支柱产业增加值']);
  });

  // A sentence written for the guard: 就业 ends in 业 but is no industry, with or without the place before it.
  it('keeps 就业 out: a bare measure after it stays bare', () => {
    expect(namesOf('全市就业形势平稳，增加值达到948亿元。', ['948亿元'], lastYearReview(2013))).toEqual(['增加值']);
    // Without a scope word before it too (a review of session 16: 城镇就业增加值, 返乡创业营业收入).
    expect(namesOf('城镇就业形势平稳，增加值达到948亿元。', ['948亿元'], lastYearReview(2013))).toEqual(['增加值']);
    expect(namesOf('返乡创业加快发展，营业收入增长15%。', ['15%'], lastYearReview(2013))).toEqual(['营业收入']);
  });
});

describe('a sector said as the topic, or how it went in more words (names29: a random audit of unseen national text)', () => {
  it('takes a sector whose clause says it rose or kept its pace (outside: national 2004, 河北 2005)', () => {
    expect(namesOf('国有及国有控股工业企业经济效益大幅度提高，实现利润3784亿元，比上年增长45.2%。', ['3784亿元', '45.2%'], lastYearReview(2004))).toEqual(['国有及国有控股工业企业利润', '国有及国有控股工业企业利润']);
    expect(nameOf('全省民营经济保持快速健康发展势头，增加值增长15.6％。', '15.6％', lastYearReview(2005))).toBe('民营经济增加值');
  });

  it('takes 粮食 as the sector of its 生产 (outside: 河北 2005)', () => {
    expect(nameOf('政策好、市场活、人努力、天帮忙，粮食生产出现重要转机，总产量达2480万吨，增长3.9％。', '2480万吨', lastYearReview(2005))).toBe('粮食总产量');
  });

  // (names37: a harvest is how a crop's 生产 went, and 总产 is its output said short.)
  it('takes 粮食 as the sector of a 生产 that had a harvest, for 总产 too (outside: 保定 2011 archive)', () => {
    expect(nameOf('农业和农村经济全面发展，粮食生产连续八年增产丰收，总产达到585万吨。', '585万吨', lastYearReview(2011))).toBe('粮食总产');
    // (Not quoted from a report: the shape such reviews take, 粮食生产获得丰收，总产量达到…)
    expect(nameOf('粮食生产获得丰收，总产量达到3200万吨。', '3200万吨', lastYearReview(2011))).toBe('粮食总产量');
  });

  it('takes a clause that is the sector alone as the topic (outside: national 1960)', () => {
    expect(nameOf('人民公社兴办的农村工业，一九五九年的产值达到一百亿元左右。', '一百亿元', lastYearReview(1960))).toBe('人民公社兴办的农村工业产值');
  });

  // (A class of products as the topic was read as the sector 工业 with a tail, and left 产量 alone — names31's audit of
  // unseen text, the class named again in names32's brief.)
  it('takes a clause that is a class of products alone as the topic of its output (outside: national 1964)', () => {
    expect(nameOf('钢、石油、化学肥料、水泥、汽车、棉纱、食糖、卷烟等主要工业产品，一九六四年的产量都比一九六三年增长百分之二十以上。', '百分之二十', lastYearReview(1965))).toBe('主要工业产品产量');
  });
});

