/**
 * An owner's measures said in a row are all the owner's: 民营经济增加值完成18600亿元、上缴税金2510亿元 (a measure alone after
 * 、, carriedSubject.ts) and 乡镇企业增加值和上缴税金分别增长 (a measure alone as a later item of a list, splitSubjects in
 * names.ts). A card of 上缴税金 alone reads as the whole place's taxes. Sentences quoted from the Hebei archive's 河北省
 * 2000, 2013 and 2014 reports (outside the corpus), where a random audit of unseen text (names34, seed 34) found
 * 2012年增加值达到17232.8亿元、实现上缴税金2342.5亿元 named 上缴税金.
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, namesOf, thisYearWork } from '../support/names';

describe("an owner's measures said in a row", () => {
  it('gives a measure alone after 、 the owner of the measure before it (outside: 河北省 2013, 2014)', () => {
    const y2013 = '民营经济快速发展，2012年增加值达到17232.8亿元、实现上缴税金2342.5亿元，占全省生产总值、全部财政收入的比重达到60%和50%。';
    expect(namesOf(y2013, ['17232.8亿元', '2342.5亿元'], lastYearReview(2013))).toEqual(['民营经济增加值', '民营经济上缴税金']);
    const y2014 = '省级财政支持非公经济发展资金27.4亿元，民营经济增加值完成18600亿元、上缴税金2510亿元，分别增长9.5%和8%。';
    expect(namesOf(y2014, ['2510亿元', '8%'], lastYearReview(2014))).toEqual(['民营经济上缴税金', '民营经济上缴税金']);
  });

  it('gives a measure alone in a list the owner of the first item (outside: 河北省 2000)', () => {
    const line = '乡镇企业增加值和上缴税金分别增长17％和15％。';
    expect(namesOf(line, ['17％', '15％'], lastYearReview(2000))).toEqual(['乡镇企业增加值', '乡镇企业上缴税金']);
  });

  it('reads the owner from the first item as written, not from a tail the list shares (outside: 保定 2023)', () => {
    // 粮食播种面积和产量: the area is no owner of an output of its own; the list's shared tail must not make it one.
    const line = '确保粮食播种面积和产量保持在1000万亩、400万吨以上，建设改造高标准农田70万亩，争创国家“整区域推进高标准农田建设地市级试点”。';
    // (The crop the area is of owns the yield listed after it.)
    expect(namesOf(line, ['400万吨'], thisYearWork(2023))[0]).toBe('粮食产量');
  });

  it('leaves a measure after a count of things to the things’ sector rules (dev: 广东 2026)', () => {
    // The counted companies are not what the measure is of: the label writes 规模以上工业增加值 (names31 dropped 、 as a
    // clause break for it).
    const line = '规模以上工业企业达7.6万家、增加值增长3%，巴斯夫核心装置、埃克森美孚一期、华润微电子12英寸产线、深汕比亚迪二期等一批重大项目建成投产。';
    // (A sector's output after its companies counted is the sector's: carriedSubject.ts.)
    expect(namesOf(line, ['3%'], lastYearReview(2026))[0]).toBe('规模以上工业增加值');
  });
});
