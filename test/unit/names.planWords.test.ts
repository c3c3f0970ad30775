/**
 * Words of old planning language at the end of a name — an estimate (预计, 估计), a sum (累计, 共计, 总计), a plan
 * completed (只完成年度), a quarter (第一季度) or the 等于/相当于 of a multiple — say how or when the figure was
 * reckoned, not what it measures; and 以上 (the items above) summing up a list names nothing. Sentences quoted from outside text (national reports not in the corpus) and
 * from dev reports (national 1980, 辽宁省 2026).
 */
import { describe, expect, it } from 'vitest';
import { namesOf, thisYearWork } from '../support/names';

describe('estimates, sums and multiples of old planning language', () => {
  it('drops 将等于 after the subject of a multiple (outside: national 1954)', () => {
    const line = '一九五四年預計現代工業的總産值將等於一九四九年的四點二倍，如果再加上農業和手工業，那麽今年的工農業總産值將等於一九四九年的二點二倍。';
    expect(namesOf(line, ['四點二倍'])).toEqual(['现代工业总产值']);
  });

  it('drops 累计 before 完成 (outside: national 1958, 1998)', () => {
    expect(namesOf('一九五三年到一九五七年五年基本建设总投资额累计完成四百八十七亿七千七百万元，超过第一个五年计划总投资额百分之十四点一。', ['四百八十七亿七千七百万元'])).toEqual(['基本建设总投资额']);
    expect(namesOf('五年全社会固定资产投资累计完成近1 0 万亿元。', ['1 0 万亿元'])).toEqual(['全社会固定资产投资']);
  });

  it('drops 预计 after the subject of a growth (outside: national 1975, 1981)', () => {
    expect(namesOf('工业总产值一九七四年预计比一九六四年增长一点九倍，主要产品的产量都有大幅度增长。', ['一点九倍'])).toEqual(['工业总产值']);
    expect(namesOf('国内市场商品货源增加，供应情况比较好，社会商品零售额今年预计将比去年增长９％。', ['９％'])).toEqual(['社会商品零售额']);
  });

  it('cuts a change at 由 when this year’s estimate is its start (outside: national 1981; dev: national 1980)', () => {
    const line = '１９８２年的计划，要求工农业总产值的增长速度由今年预计的３％提高到４％，并在执行中力争超过。';
    expect(namesOf(line, ['３％', '４％'])).toEqual(['工农业总产值的增长速度', '工农业总产值的增长速度']);
    const ratio = '生铁和钢产量的比例，明年计划从今年预计的1.03比1改为1比1，可以节约标准煤200万吨。';
    expect(namesOf(ratio, ['1.03'])).toEqual(['生铁和钢产量比例']);
  });

  it('names a count summing up the items above by the noun after it (dev: 辽宁省 2026)', () => {
    expect(namesOf('以上共计28项指标，其中预期性指标19项、约束性指标9项。', ['28项'])).toEqual(['指标']);
  });

  it('drops the completion of a year’s plan after its subject (outside: national 1958)', () => {
    const line = '由于部分地区的水灾较为严重，部分地区在入秋以后的旱灾又较普遍，农业和农副业总产值只完成年度计划的百分之九十八点七，但是还超过了第一个五年计划所规定的一九五七年的指标百分之一点二。';
    expect(namesOf(line, ['百分之九十八点七'])).toEqual(['农业和农副业总产值']);
  });

  it('reads 超过原定的年度计划 as a frame of the figure before (outside: national 1958)', () => {
    expect(namesOf('一九五七年工业投资额完成六十五亿五千万元，超过原定的年度计划百分之四点一。', ['百分之四点一'])).toEqual(['工业投资额']);
  });

  it('drops a quarter after the subject (outside: national 1981)', () => {
    const line = '与去年同期相比，工业总产值第一季度下降０．２％，第二季度增长１．７％，第三季度增长３％，１０月份增长了１０．６％。';
    expect(namesOf(line, ['０．２％'])).toEqual(['工业总产值']);
  });

  it('drops a plan’s word before or after the subject: it is the figure’s status (outside: national 1958)', () => {
    const plan = thisYearWork(1958);
    expect(namesOf('一九五八年计划粮食产量三千九百二十亿斤和棉花产量三千五百万担的指标，以及农副业的其他各项指标，都是很积极的。', ['三千九百二十亿斤'], plan)).toEqual(['粮食产量']);
    expect(namesOf('大豆要求增长百分之四点四。', ['百分之四点四'], plan)).toEqual(['大豆']);
    expect(namesOf('一九五八年要求造林六千五百零六万亩，同时在采伐过的林地，补种和抚育二百一十九万亩。', ['六千五百零六万亩'], plan)).toEqual(['造林']);
  });

  it('keeps 计划投资, a planned sum labels name so (dev: hailar 2019)', () => {
    expect(namesOf('全年计划投资8.6亿元，加快推进铁路市政物业设施设备改造、东山组团雨水排放工程等项目进展，大力实施供水、供热、天然气管道、排水等市政项目建设，继续推进中心城区供热互联互通工程，新建24座环保式公共厕所、2座压缩式生活垃圾转运站以及停车场、城市标识等配套设施，优化人居环境。', ['8.6亿元'])).toEqual(['计划投资']);
  });

  it('drops 包括 that opens the items of a breakdown (outside: national 1958)', () => {
    const line = '其中包括棉纺织、印染厂十五个，造纸厂二十三个，制糖厂十二个，盐场十个。';
    expect(namesOf(line, ['十五个', '二十三个'], thisYearWork(1958))).toEqual(['棉纺织、印染厂', '造纸厂']);
  });
});
