import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { explicitTime } from '../../src/core/indicators/explicitTime';

/**
 * Time cues that read one thing as another across report decades: a five-year law-education programme's number read as
 * an economic plan's (“七五”普法 as 1986-1990), a goal a fact is measured against read as a plan (高出预期目标), last
 * year named as the base of this year's standard read as a review (不低于当地上年度…), and a plan's last years (六五计划的
 * 后三年) read as the whole plan, and a plan whose goal was met (提前完成“十二五”规划目标；…) read as the time of the clauses after
 * it. Real lines of free outside texts (盐田区, 宝安区, 深圳市, 广东省; zizhengLLM source) and
 * of the dev corpus (national 1955, 1982), session 31 (period32).
 */
const figureOf = (text: string, figure: string, nth = 0) => analyzeReport(text).indicators.filter((i) => i.text === figure)[nth];

describe('a law-education programme (“七五”普法) is no five-year plan', () => {
  it('keeps the year reviewed for the figures after it (盐田区 2018)', () => {
    const text = [
      '盐田区2018年政府工作报告',
      '各位代表：',
      '　　一、2017年工作回顾',
      '　　（五）持续推进政府自身建设，服务效能进一步提升。出台“七五”普法规划，实现社区法律顾问全覆盖，承办各类法律援助案件364件，在全市率先成立人民调解员协会，全区各级人民调解组织受理纠纷1691宗，调解成功率达99.6%。',
    ].join('\n');
    expect(figureOf(text, '364件')?.period).toBe('2017');
    expect(figureOf(text, '99.6%')?.period).toBe('2017');
  });

  it("keeps this year's work for the figures after it (宝安区 2017)", () => {
    const text = [
      '宝安区2017年政府工作报告',
      '各位代表：',
      '　　二、2017年工作安排',
      '　　（八）推进城市人文法治建设',
      '　　116.深入开展“七五”普法，建成10个法治公园、10个青少年法治教育基地和139条法治长廊。设立2个街道法律志愿服务U站。',
    ].join('\n');
    expect(figureOf(text, '139条')?.period).toBe('2017');
    expect(figureOf(text, '10个', 1)?.period).toBe('2017');
  });
});

describe('a goal a fact is measured against (高出预期目标) is no plan for the clauses after it', () => {
  it('keeps the year reviewed (深圳市 2002)', () => {
    const text = [
      '深圳市2002年政府工作报告',
      '各位代表:',
      '一、2001年的工作回顾',
      '（一）积极应对国际经济形势变化，力促国民经济快速健康发展。',
      '主要经济指标圆满完成，综合经济实力增强。全年实现国内生产总值1908亿元，增长13.2%，高出预期目标1.2个百分点；规模以上工业总产值2880亿元（现价），增长17.4%；工业增加值844亿元，增长15.6%。',
    ].join('\n');
    expect(figureOf(text, '1.2个百分点')).toMatchObject({ status: 'actual', period: '2001' });
    expect(figureOf(text, '2880亿元')).toMatchObject({ status: 'actual', period: '2001' });
    expect(figureOf(text, '15.6%')).toMatchObject({ status: 'actual', period: '2001' });
  });

  it('keeps the year reviewed past a price goal overshot (深圳市 2009)', () => {
    const text = [
      '深圳市2009年政府工作报告',
      '各位代表：',
      '一、2008年工作回顾',
      '（一）科学发展水平稳步提高。地方财政一般预算收入800.4亿元，增长21.6%。居民消费价格上涨5.9%，高出预期目标1.9个点，但12月价格涨幅已回落至2.5%。',
    ].join('\n');
    expect(figureOf(text, '2.5%')).toMatchObject({ status: 'actual', period: '2008' });
  });
});

describe('a plan whose goal was met (提前完成“十二五”规划目标；…) dates nothing past its clause', () => {
  it('keeps the year reviewed (罗湖区 2015)', () => {
    const text = [
      '罗湖区2015年政府工作报告',
      '各位代表：',
      '　　一、2014年工作回顾',
      '　　（一）着力稳中求进，经济发展迈上新台阶',
      '　　总量新突破、质量再提升。预计本区生产总值突破1600亿元，增长8%，提前一年完成“十二五”规划目标；社会消费品零售总额突破1000亿元，增长9%；固定资产投资额97亿元，突破历史最高纪录，增长9%。',
    ].join('\n');
    expect(figureOf(text, '1000亿元')?.period).toBe('2014');
    expect(figureOf(text, '97亿元')?.period).toBe('2014');
  });

  it('keeps the year its sentence names, but the goal\'s own figure stays the plan\'s (深圳市 2020, 2015)', () => {
    const text2020 = [
      '深圳市2020年政府工作报告',
      '各位代表：',
      '　　一、2019年工作回顾',
      '　　——过去一年，我们有效应对了国内外风险挑战明显上升的复杂局面。初步核算，2019年本市生产总值2.69万亿元、增长6.7%，提前完成“十三五”规划目标任务；辖区公共财政收入9424亿元，其中地方一般公共预算收入3773亿元、增长6.5%。',
    ].join('\n');
    expect(figureOf(text2020, '9424亿元')?.period).toBe('2019');
    expect(figureOf(text2020, '6.5%')?.period).toBe('2019');
    const text2015 = [
      '深圳市2015年政府工作报告',
      '各位代表：',
      '　　一、过去五年工作回顾',
      '　　2014年本市生产总值超过1.6万亿元，提前实现“十二五”规划1.5万亿元的目标，总量五年翻了近一番；固定资产投资2717亿元，五年累计突破1万亿元。',
    ].join('\n');
    expect(figureOf(text2015, '1.5万亿元')).toMatchObject({ status: 'target', period: '2015' });
    expect(figureOf(text2015, '2717亿元')?.period).toBe('2014');
  });
});

describe("a plan's start or a task of it done, inside a clause (完成“十二五”减排任务，…; 实现“十四五”良好开局，…)", () => {
  it('lets a later count of years date the figures after a task done (深圳市 2014)', () => {
    const text = [
      '深圳市2014年政府工作报告',
      '各位代表：',
      '　　一、2013年工作回顾',
      '　　（四）绿色低碳成为城市新特质。节能减排成效显著。万元GDP水耗三年累计下降33.4%，完成“十二五”规划目标的167%，成为全国节水型示范城市。预计化学需氧量三年累计减排2.55万吨，提前完成“十二五”减排任务，二氧化硫、氨氮分别累计减排5100吨和3600吨，完成“十二五”减排任务80%和96%。',
    ].join('\n');
    expect(figureOf(text, '5100吨')?.period).toBe('2011-2013');
    expect(figureOf(text, '167%')?.period).toBe('2011-2015');
    expect(figureOf(text, '80%')?.period).toBe('2011-2015');
  });

  it("dates what follows a plan's good start at its first year (盐田区 2022)", () => {
    const text = [
      '盐田区2022年政府工作报告',
      '各位代表：',
      '　　一、2021年以来工作回顾',
      '　　2021年是党和国家历史上具有里程碑意义的一年。一年来，我们全力以赴拼经济，实现“十四五”良好开局，地区生产总值760.49亿元、同比（下同）增长11.1%，全口径税收收入100.27亿元、增长18.7%。',
    ].join('\n');
    expect(figureOf(text, '760.49亿元')?.period).toBe('2021');
    expect(figureOf(text, '18.7%')?.period).toBe('2021');
  });
});

describe('last year as the base of a standard (不低于当地上年度…的60%) is no review', () => {
  it("keeps this year's targets after it (广东省 2016, 2014)", () => {
    const text2016 = [
      '广东省2016年政府工作报告',
      '　　附件1 ',
      '2016年省十件民生实事 ',
      '　　一、巩固提升底线民生保障水平。农村五保供养标准提高到每年6470元以上、确保不低于当地上年度农村居民人均可支配收入的60%；孤儿基本生活最低养育标准集中供养和分散供养水平分别提高到每月1340元和820元；城乡医疗救助人均补助标准提高到每年2178元。',
    ].join('\n');
    expect(figureOf(text2016, '1340元')).toMatchObject({ status: 'target', period: '2016' });
    expect(figureOf(text2016, '2178元')).toMatchObject({ status: 'target', period: '2016' });
    const text2014 = [
      '广东省2014年政府工作报告',
      '三、2014年工作安排',
      '　　办好十件民生实事。从今年1月起，农村五保对象人均供养标准提高到5897元/年、确保不低于当地上年度农村居民人均纯收入的60%，孤儿基本生活集中供养和分散供养标准分别提高到1150元/月和700元/月，医疗救助人均标准提高到934元/年。',
    ].join('\n');
    expect(figureOf(text2014, '934元/年')).toMatchObject({ status: 'target', period: '2014' });
  });
});

describe("a plan's last years (六五计划后三年) are those years, not the whole plan", () => {
  it('dates the years from the plan\'s end back (national 1982, 1955)', () => {
    // 国务院认为，在六五计划后三年，全面改革价格体系的条件尚未成熟 (national 1982, given late in 1982).
    expect(explicitTime('国务院认为，在六五计划后三年，', 1982, 'target', null)).toMatchObject({ from: 1983, to: 1985 });
    // 高等教育部已重新修订了第一个五年计划后三年的高等学校的招生计划 (national 1955).
    expect(explicitTime('高等教育部已重新修订了第一个五年计划后三年的高等学校的招生计划', 1955, 'target', null)).toMatchObject({ from: 1955, to: 1957 });
  });
});
