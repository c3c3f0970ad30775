import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { Indicator } from '../../src/core';
import { timeWords } from '../../src/core/indicators/timeScope';
import { figureByText as figure } from '../support/figures';

/**
 * Period and status classes of session 12's periods round (issue 8, items 3 and 4), read from outside text that no
 * earlier periods round read (保定市 2009–2014, 高阳县 2015–2019, eleven provincial 2026 reports not in the corpus),
 * each on the real sentence that showed it, quoted exactly.
 */

describe('a plan named in straight quotes ("十二五") is the plan', () => {
  it('reads "十二五" as “十二五”, one character for one', () => {
    const s = '二、"十二五"时期经济社会发展的战略任务';
    expect(timeWords(s)).toBe('二、“十二五”时期经济社会发展的战略任务');
    expect(timeWords(s)).toHaveLength(s.length);
    // Other quoted words keep their quotes.
    expect(timeWords('更加重视"三农"工作')).toBe('更加重视"三农"工作');
  });

  it('二、"十二五"时期经济社会发展的战略任务 (保定 2011, outside): its goals are the plan\'s, not undated facts', () => {
    const f = analyzeReport(
      '2011年政府工作报告\n\n各位代表：\n\n一、"十一五"时期经济社会发展取得显著成就\n\n五年来市财政用于民生和社会事业支出640亿元。\n\n' +
        ' 二、"十二五"时期经济社会发展的战略任务\n\n' +
        ' （一）围绕又好又快发展，保持经济较快增长。把扩大出口作为保增长、促发展的重要力量，开拓多元化国际市场，培育战略型、领军型出口企业，打造自主品牌出口产品，出口总值年均增长10%以上。\n\n' +
        ' （三）发展高效农业，加快建设农业强市。粮食总产保持在500万吨以上；蔬菜面积达到340万亩，其中设施蔬菜达到240万亩，蔬菜总产达到1200万吨；林果面积达到255万亩，果品总产达到118万吨；畜牧业产值达到200亿元，占农林牧渔总产值38%以上。\n',
    ).indicators;
    expect(figure(f, '10%')).toMatchObject({ status: 'target', period: '2011-2015' });
    for (const t of ['500万吨', '340万亩', '1200万吨', '200亿元']) expect(figure(f, t)).toMatchObject({ status: 'target', period: '2015' });
    expect(figure(f, '640亿元')).toMatchObject({ status: 'actual', period: '2006-2010' });
  });
});

describe('初步 (preliminary) is a word, not 今年初 (early this year)', () => {
  it('今年初步安排市以上重点项目500项左右 (保定 2010, outside): this year\'s plan, for the paragraph after it too', () => {
    const f = analyzeReport(
      '2010年政府工作报告\n\n各位代表：\n\n一、2009年工作回顾\n\n全年生产总值完成1737.6亿元，增长11%。\n\n三、2010年主要工作任务\n\n' +
        '全面落实项目责任。今年初步安排市以上重点项目500项左右，总投资3000亿元以上，年度投资300亿元以上。突出抓好"四个一批"：加快推进投资60亿元的英利多晶硅太阳能电池、投资28.1亿元的南郊电厂等一批在建项目。\n',
    ).indicators;
    for (const t of ['500项', '3000亿元', '300亿元', '60亿元', '28.1亿元']) expect(figure(f, t)).toMatchObject({ status: 'target', period: '2010' });
    // 今年初 itself still tells of this year so far.
    const g = analyzeReport('2020年政府工作报告\n\n各位代表：\n\n二、2020年重点工作\n\n面对今年初突如其来的新冠肺炎疫情，全市共派出医护人员120名。\n').indicators;
    expect(figure(g, '120名')).toMatchObject({ status: 'actual', period: '2020' });
  });
});

describe('N年来 opening a paragraph (a term shorter or longer than five years)', () => {
  const baoding2017 = (body: string): Indicator[] =>
    analyzeReport(`政府工作报告——2017年4月7日在河北省保定市第十五届人民代表大会第一次会议上\n\n各位代表：\n\n总结本届政府工作——保定跨越崛起和复兴其时已至其势已成\n\n${body}\n`).indicators;

  it('四年来，经济发展稳中有进。全市生产总值年均增长6.8%… (保定 2017, outside): the four years before the report, for its paragraph', () => {
    const f = baoding2017(
      '四年来，经济发展稳中有进。全市生产总值年均增长6.8%，一般公共预算收入年均增长7.9%，固定资产投资年均增长13.1%，规模以上工业增加值年均增长5.8%，社会消费品零售总额年均增长11.2%。\n\n' +
        '四年来，产业结构不断优化。三次产业结构由11.1:46.7:42.2调整为10.3:45:44.7，服务业占比提高2.5个百分点。',
    );
    for (const t of ['6.8%', '7.9%', '13.1%', '11.2%', '2.5个百分点']) expect(figure(f, t)).toMatchObject({ status: 'actual', period: '2013-2016' });
    // The start ratio is the year before the four years.
    expect(figure(f, '11.1')).toMatchObject({ status: 'actual', period: '2012' });
    expect(figure(f, '10.3')).toMatchObject({ status: 'actual', period: '2013-2016' });
  });

  it('speaks for its own paragraph only: the paragraph after it without a cue is not the four years', () => {
    const f = analyzeReport(
      '2017年政府工作报告\n\n各位代表：\n\n一、2016年工作回顾\n\n四年来，协同发展深入推进。与京津合作项目达到436项、引资1800亿元。\n\n全市生产总值增长6.9%。\n',
    ).indicators;
    expect(figure(f, '436项')).toMatchObject({ status: 'actual', period: '2013-2016' });
    expect(figure(f, '6.9%')).toMatchObject({ status: 'actual', period: '2016' });
  });
});

describe('五年累计 in the next plan\'s part is the plan\'s five years', () => {
  it('实施更加积极的就业政策，五年累计新增就业335万人，登记失业率控制在4.5%以内 (河北 2011, outside, under 二、“十二五”时期…的主要任务)', () => {
    const f = analyzeReport(
      '2011年政府工作报告\n\n各位代表：\n\n一、“十一五”时期经济社会发展取得重大成就\n\n全社会固定资产投资五年累计完成1.4万亿元，年均增长14.1%。\n\n二、“十二五”时期经济社会发展的主要任务\n\n' +
        '千方百计扩大就业。实施更加积极的就业政策，五年累计新增就业335万人，登记失业率控制在4.5%以内。\n',
    ).indicators;
    expect(figure(f, '335万人')).toMatchObject({ status: 'target', period: '2011-2015' });
    expect(figure(f, '4.5%')).toMatchObject({ status: 'target', period: '2011-2015' });
    // In the review, the years reviewed.
    expect(figure(f, '1.4万亿元')).toMatchObject({ status: 'actual', period: '2006-2010' });
  });
});

describe('a review heading of several years and its last year: a sentence opening with that year and its yearly average', () => {
  it('2002年全省国内生产总值达到6076亿元，五年平均增长9．5％ (河北 2003, outside) does not date the review\'s paragraphs after it', () => {
    const f = analyzeReport(
      '2003年政府工作报告\n\n各位代表：\n\n过去五年回顾和2002年工作情况\n\n' +
        '一、国民经济持续快速健康发展。贯彻中央扩大内需的一系列方针政策，推动经济快速增长和经济结构不断优化。2002年全省国内生产总值达到6076亿元，五年平均增长9．5％；全部财政收入544亿元，按可比口径年均增长10％。\n\n' +
        '农业基础地位进一步巩固。种植结构趋于优化，优质专用品种增加，高效经济作物发展较快。畜牧、蔬菜、果品生产对农业增长的贡献率达84％。农业产业化经营率达41％，提高16．1个百分点。\n\n' +
        '教育事业在发展中壮大。高等教育实现跨越式发展，普通高校由46所增加到75所。\n\n' +
        '刚刚过去的2002年，全省人民奋发进取，团结奋斗。实现国内生产总值增长9．6％。\n',
    ).indicators;
    expect(figure(f, '6076亿元')).toMatchObject({ status: 'actual', period: '2002' });
    expect(figure(f, '9．5％')).toMatchObject({ status: 'actual', period: '1998-2002' });
    for (const t of ['84％', '41％', '16．1个百分点', '75所']) expect(figure(f, t)).toMatchObject({ status: 'actual', period: '1998-2002' });
    // The start value is the year before the five years.
    expect(figure(f, '46所')).toMatchObject({ status: 'actual', period: '1997' });
    // The last year's own paragraph is that year's.
    expect(figure(f, '9．6％')).toMatchObject({ status: 'actual', period: '2002' });
  });
});

describe('N年内 (within the next N years) in this year\'s work, as 用N年时间', () => {
  it('实施三年增绿计划，全市森林覆盖率每年提高1.3个百分点，三年内达到26.5% (保定 2014, outside): a level at the third year', () => {
    const f = analyzeReport(
      '2014年政府工作报告\n\n各位代表：\n\n三、2014年主要工作任务\n\n着力抓好生态环境修复。创建国家森林城市，实施三年增绿计划，全市森林覆盖率每年提高1.3个百分点，三年内达到26.5%，努力让人们望得见青山、看得见绿水。\n',
    ).indicators;
    expect(figure(f, '26.5%')).toMatchObject({ status: 'target', period: '2016' });
    expect(figure(f, '1.3个百分点')).toMatchObject({ status: 'target', period: '2014' });
  });
});

describe('全年 inside a review of several years is the last of them', () => {
  it('全年规上原煤产量13.05亿吨、增长2.1% (山西 2026, outside, in 一、“十四五”时期工作回顾): 2025, not 2021-2025', () => {
    const f = analyzeReport(
      '2026年政府工作报告\n\n各位代表：\n\n一、“十四五”时期工作回顾\n\n五年来，地区生产总值年均增长5%。\n\n加强科技创新，驱动能源转型。全年规上原煤产量13.05亿吨、增长2.1%。\n',
    ).indicators;
    expect(figure(f, '5%')).toMatchObject({ status: 'actual', period: '2021-2025' });
    for (const t of ['13.05亿吨', '2.1%']) expect(figure(f, t)).toMatchObject({ status: 'actual', period: '2025' });
  });

  it('after a base (较2013年) still the last year; after a year the sentence named, that year (national 1986, outside)', () => {
    const f = analyzeReport(
      '政府工作报告——2017年4月7日在河北省保定市第十五届人民代表大会第一次会议上\n\n各位代表：\n\n四年来，生态治理成效显著。PM2.5浓度较2013年下降37.8%，全年优良天数159天。\n',
    ).indicators;
    expect(figure(f, '159天')).toMatchObject({ status: 'actual', period: '2016' });
    const g = analyzeReport(
      '1986年政府工作报告\n\n各位代表：\n\n一、第六个五年计划的执行情况\n\n在过去的五年中，我国财政收入由下降转为上升。一九八三年国内财政收入增加一百二十七亿元，一九八四年增加二百五十五亿元，一九八五年增加三百六十二亿元，全年总收入达到一千八百二十九亿元，实现了收支平衡。\n',
    ).indicators;
    expect(figure(g, '一千八百二十九亿元')).toMatchObject({ status: 'actual', period: '1985' });
  });
});

describe('同比 (on the year before) inside a review of several years is the last of them', () => {
  it('新能源和清洁能源装机同比增加1829万千瓦、达到9048万千瓦，占比55.1% (山西 2026, outside, in the “十四五” review)', () => {
    const f = analyzeReport(
      '2026年政府工作报告\n\n各位代表：\n\n一、“十四五”时期工作回顾\n\n五年来，地区生产总值年均增长5%。\n\n' +
        '新能源和清洁能源装机同比增加1829万千瓦、达到9048万千瓦，占比55.1%，首次超过煤电。环境空气质量综合指数同比下降13.3%，PM2.5浓度降至30微克/立方米，优良天数比例同比提升7.2个百分点。\n',
    ).indicators;
    for (const t of ['1829万千瓦', '9048万千瓦', '55.1%', '13.3%', '7.2个百分点']) expect(figure(f, t)).toMatchObject({ status: 'actual', period: '2025' });
    expect(figure(f, '5%')).toMatchObject({ status: 'actual', period: '2021-2025' });
  });

  it('a growth over a named base year in the same sentence keeps its span: 2012年全省生产总值26575亿元，同比增长9.6%，比2007年增长65.8% (河北 2013, outside)', () => {
    const f = analyzeReport('2013年政府工作报告\n\n各位代表：\n\n一、过去五年的工作回顾\n\n五年来，综合经济实力大幅提升，2012年全省生产总值26575亿元，同比增长9.6%，比2007年增长65.8%。\n').indicators;
    expect(figure(f, '9.6%')).toMatchObject({ status: 'actual', period: '2012' });
    expect(figure(f, '65.8%')).toMatchObject({ status: 'actual', period: '2008-2012' });
  });
});

describe('a review of several years that turns to the last year (一年来，… / 刚刚过去的2025年，…)', () => {
  it('一年来，我们主要做了以下工作： and its sections are the last year, until 过去五年 again (河北 2023, outside)', () => {
    const f = analyzeReport(
      '2023年政府工作报告\n\n各位代表：\n\n一、过去五年工作回顾\n\n这五年，是综合经济实力稳步提升的五年。全省生产总值年均增长5.5%。\n\n一年来，我们主要做了以下工作：\n\n' +
        '（六）抓民生办实事，各项社会事业加快发展。新建省级乡村振兴示范区15个、美丽乡村2265个，4个县区入选国家乡村振兴示范县。20项民生工程全部完成。城镇新增就业89.7万人。\n\n' +
        '各位代表！过去五年，我们经受了各种风险挑战的考验，累计完成营造林3000万亩。\n',
    ).indicators;
    expect(figure(f, '5.5%')).toMatchObject({ status: 'actual', period: '2018-2022' });
    for (const t of ['15个', '2265个', '89.7万人']) expect(figure(f, t)).toMatchObject({ status: 'actual', period: '2022' });
    expect(figure(f, '3000万亩')).toMatchObject({ status: 'actual', period: '2018-2022' });
  });

  it('a bare year opening a sentence in such a review is still a detail of its paragraph (2007年，…)', () => {
    const f = analyzeReport(
      '2008年政府工作报告\n\n各位代表：\n\n一、过去五年工作回顾\n\n五年来，经济实力大幅提升。2007年，国内生产总值达到24.66万亿元。\n\n城乡居民收入较大增长，农村居民人均纯收入年均增长6.8%。\n',
    ).indicators;
    expect(figure(f, '24.66万亿元')).toMatchObject({ status: 'actual', period: '2007' });
    expect(figure(f, '6.8%')).toMatchObject({ status: 'actual', period: '2003-2007' });
  });
});
