import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { Indicator } from '../../src/core';
import { figureByText as figure } from '../support/figures';

/**
 * Period and status classes of session 11's seventh periods round (issue 8, items 3 and 4), read from outside text
 * (河北省 and 保定市 reports not in the corpus), each on the real sentence that showed it, quoted exactly.
 */
/** A provincial report skeleton: one review part, then this year's work. */
const report = (year: number, heading: string, review: string): Indicator[] =>
  analyzeReport(`${year}年政府工作报告\n\n各位代表：\n\n现在，我代表省人民政府，向大会报告工作。\n\n一、${heading}\n\n${review}\n\n二、今年重点工作\n\n城镇新增就业80万人以上。\n`).indicators;

describe('the parts of one ratio share its time and status', () => {
  it('由2007年的13.3:52.9:33.8调整到2012年的12:52.7:35.3 (河北 2013, outside): each ratio dated as its first part', () => {
    const f = report(2013, '过去五年工作回顾', '三次产业结构呈现积极变化，由2007年的13.3:52.9:33.8调整到2012年的12:52.7:35.3。');
    for (const t of ['13.3', '52.9', '33.8']) expect(figure(f, t)).toMatchObject({ status: 'actual', period: '2007' });
    // (到2012年 stands before 12 only: 52.7 and 35.3 were read as this year's targets.)
    for (const t of ['12', '52.7', '35.3']) expect(figure(f, t)).toMatchObject({ status: 'actual', period: '2012' });
  });

  it('the full-width colon joins a ratio too: 由1997年的19．3：48．9：31．8，调整到2002年的15．6：49．9：34．5 (河北 2003, outside)', () => {
    const f = report(2003, '过去五年回顾', '三次产业比例由1997年的19．3：48．9：31．8，调整到2002年的15．6：49．9：34．5。');
    for (const t of ['19．3', '48．9', '31．8']) expect(figure(f, t)).toMatchObject({ unit: null, status: 'actual', period: '1997' });
    for (const t of ['15．6', '49．9', '34．5']) expect(figure(f, t)).toMatchObject({ unit: null, status: 'actual', period: '2002' });
  });

  it('由上年的 before a start ratio, and a comma before its verb: 由上年的18.6：49：32.4，调整为17.7：49：33.3 (河北 2000, outside)', () => {
    const f = analyzeReport('2000年政府工作报告\n\n各位代表：\n\n一、1999年工作回顾\n\n一二三次产业结构有所改善，由上年的18.6：49：32.4，调整为17.7：49：33.3。\n').indicators;
    for (const t of ['18.6', '32.4']) expect(figure(f, t)).toMatchObject({ status: 'actual', period: '1998' });
    expect(figure(f, '49')).toMatchObject({ status: 'actual', period: '1998' });
    for (const t of ['17.7', '33.3']) expect(figure(f, t)).toMatchObject({ status: 'actual', period: '1999' });
  });

  it('三次产业结构由上年的10.3:45:44.7调整为10.5:41.6:47.9 (保定 2019, outside): the start ratio is the year before last', () => {
    const f = analyzeReport('2019年政府工作报告\n\n各位代表：\n\n一、2018年工作回顾\n\n全市服务业增加值增长10.1%、贡献率61.7%，三次产业结构由上年的10.3:45:44.7调整为10.5:41.6:47.9，经济结构变轻变优。\n').indicators;
    for (const t of ['10.3', '45', '44.7']) expect(figure(f, t)).toMatchObject({ status: 'actual', period: '2017' });
    for (const t of ['10.5', '41.6', '47.9']) expect(figure(f, t)).toMatchObject({ status: 'actual', period: '2018' });
  });

  it('a full-width colon between two numbers alone is no ratio (a clock time 15：20)', () => {
    const f = analyzeReport('2019年政府工作报告\n\n各位代表：\n\n一、2018年工作回顾\n\n会议于15：20开始，全市生产总值增长6.5%。\n').indicators;
    expect(figure(f, '15')).toBeUndefined();
  });
});

describe('a rate kept within the target is a goal met, no goal', () => {
  it('登记失业率3.8%、控制在预期目标之内，农村劳动力转移就业总量达到1520万人 (河北 2012, outside) is last year\'s fact', () => {
    const f = analyzeReport('2012年政府工作报告\n\n各位代表：\n\n一、2011年工作回顾\n\n城乡居民生活继续改善。城镇新增就业70万人，登记失业率3.8%、控制在预期目标之内，农村劳动力转移就业总量达到1520万人。\n\n二、2012年工作安排\n\n城镇新增就业60万人。\n').indicators;
    expect(figure(f, '1520万人')).toMatchObject({ status: 'actual', period: '2011' });
  });

  it('the expected target itself stays a goal (今年经济社会发展的预期目标是：生产总值增长8.5%)', () => {
    const f = analyzeReport('2012年政府工作报告\n\n各位代表：\n\n一、2011年工作回顾\n\n生产总值增长11.3%。今年经济社会发展的预期目标是：生产总值增长8.5%。\n').indicators;
    expect(figure(f, '8.5%')).toMatchObject({ status: 'target', period: '2012' });
  });
});

describe('parts after the one that names this year\'s work go on with it', () => {
  const work = (title: string, text: string): Indicator[] =>
    analyzeReport(`2009年政府工作报告\n\n各位代表：\n\n一、2008年工作回顾\n\n全省生产总值增长10.1%。\n\n二、2009年工作的总体要求和主要目标\n\n今年全省经济社会发展的主要目标是：生产总值比上年增长9%。\n\n三、千方百计促进经济增长\n\n第一，保持投资较快增长。全社会固定资产投资增长18%。\n\n${title}\n\n${text}\n`).indicators;

  it('四、坚定不移地深化改革扩大开放 … 全省外贸进出口总值增长15%左右 (河北 2009, outside) is this year\'s target', () => {
    const f = work('四、坚定不移地深化改革扩大开放', '第四，努力提高对外开放水平。围绕产业发展需要，扩大先进技术、关键设备和重要原材料进口。全省外贸进出口总值增长15%左右。');
    expect(figure(f, '15%')).toMatchObject({ status: 'target', period: '2009' });
  });

  it('a part named by its topic keeps no time (五、关于对外政策)', () => {
    const f = work('五、关于对外政策', '我国对资本主义国家的进出口额只占资本主义世界进出口总额的千分之五。');
    expect(figure(f, '千分之五')).toMatchObject({ status: 'actual' });
  });
});

describe('a start year named before a percentage in words dates the start values after it', () => {
  it('已從一九五〇年的百分之六十點八降低到一九五四年的百分之三十點七，其中國防費從百分之四十一點五降低到… (national 1954, outside): 1950', () => {
    const s = '五年以來，國家的財政狀况有了根本的好轉。同時，財政支出中的國家機構經費，包括國防費和行政管理費所佔的比重，已從一九五〇年的百分之六十點八降低到一九五四年的百分之三十點七，其中國防費從百分之四十一點五降低到百分之二十一點一，行政管理費從百分之十九點三降低到百分之九點六。';
    const f = analyzeReport(`一九五四年政府工作报告\n\n各位代表：\n\n${s}\n`).indicators;
    expect(figure(f, '百分之六十點八')).toMatchObject({ status: 'actual', period: '1950' });
    expect(figure(f, '百分之四十一點五')).toMatchObject({ status: 'actual', period: '1950' });
    expect(figure(f, '百分之十九點三')).toMatchObject({ status: 'actual', period: '1950' });
  });
});

describe('a year followed by 价 in parentheses is a price base', () => {
  it('2010年达到1.7万亿元(2005年价)，人均生产总值达到2.4万元 (河北 2006, outside): the per-head level is 2010\'s goal', () => {
    const s = '根据上述要求和原则，《纲要(草案)》提出了“十一五”时期全省经济社会发展的主要目标：在优化结构、提高效益和降低消耗的基础上，生产总值年均增长11%左右，2010年达到1.7万亿元(2005年价)，人均生产总值达到2.4万元。';
    const f = analyzeReport(`2006年政府工作报告\n\n各位代表：\n\n一、“十一五”时期的主要目标\n\n${s}\n`).indicators;
    expect(figure(f, '1.7万亿元')).toMatchObject({ status: 'target', period: '2010' });
    expect(figure(f, '2.4万元')).toMatchObject({ status: 'target', period: '2010' });
  });
});

describe('how many graduates find work is a goal in this year\'s work, unlike how many there will be', () => {
  const work = (s: string): Indicator[] =>
    analyzeReport(`2012年政府工作报告\n\n各位代表：\n\n一、过去一年工作回顾\n\n城镇新增就业4000人。\n\n二、2012年政府工作总体要求和目标\n\n${s}\n`).indicators;

  it('加强就业和再就业工作，全年实现新增就业5000人，失业人员再就业2900人，高校毕业生就业900人 (海拉尔 2012, outside)', () => {
    expect(figure(work('加强就业和再就业工作，全年实现新增就业5000人，失业人员再就业2900人，高校毕业生就业900人。'), '900人')).toMatchObject({ status: 'target', period: '2012' });
  });

  it('今年高校毕业生将达727万人 (national 2014, outside) stays a fact of the year', () => {
    expect(figure(work('今年高校毕业生将达727万人，要开发更多就业岗位。'), '727万人')).toMatchObject({ status: 'actual', period: '2012' });
  });
});
