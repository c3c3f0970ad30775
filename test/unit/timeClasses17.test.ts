import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { figureByText as figure } from '../support/figures';

/**
 * Period and status classes of session 15's periods round (issue 8, items 3 and 4), on the real sentences of stored
 * web-page excerpts of reports from 2000 on (outside text), quoted exactly.
 */

describe('a yearly average after a from–to pair with both years runs over the years between them', () => {
  it('全区生产总值由2002年的1940.9亿元增加到2007年的6018.8亿元,年均增长20%;财政总收入由206.8亿元增加到1018.1亿元,年均增长37.5% (内蒙古 2008, outside page without a dated title): 2003-2007', () => {
    const f = analyzeReport(
      '2008两会内蒙古自治区政府工作报告\n各位代表:\n一、过去五年工作的回顾\n' +
        '―――综合经济实力大幅提升。全区生产总值由2002年的1940.9亿元增加到2007年的6018.8亿元,年均增长20%;财政总收入由206.8亿元增加到1018.1亿元,年均增长37.5%,经济总量和财政实力由全国后列迈进中列。人均生产总值超过3000美元,进入全国前列。\n',
    ).indicators;
    for (const t of ['20%', '37.5%']) expect(figure(f, t)).toMatchObject({ status: 'actual', period: '2003-2007' });
    expect(figure(f, '1940.9亿元')).toMatchObject({ period: '2002' });
    expect(figure(f, '6018.8亿元')).toMatchObject({ period: '2007' });
  });

  it('地区生产总值由2011年的1.24万亿元预计提高到2016年的1.95万亿元,年均增长9.4% (广州 2017, news bullets of the report, outside page): 2012-2016', () => {
    const f = analyzeReport('过去五年发展成绩\n经济综合实力迈上新台阶\n地区生产总值由2011年的1.24万亿元预计提高到2016年的1.95万亿元,年均增长9.4%。人均地区生产总值达到2.14万美元。\n').indicators;
    expect(figure(f, '9.4%')).toMatchObject({ status: 'actual', period: '2012-2016' });
  });

  it('三次产业结构由2000年的24.2∶35.0∶40.8调整到2005年的18.9∶47.4∶33.7,5年内二产上升12.4个百分点 (福建 2006, outside page): a change after the pair, 2001-2005 and actual — 调整到2005年的 is a level reached, no goal year', () => {
    const f = analyzeReport(
      '(2006年2月8日 黄智权)\n过去的五年,是我省改革开放和现代化建设阔步前进的五年。\n' +
        '——经济结构调整取得了新进展。三次产业结构由2000年的24.2∶35.0∶40.8调整到2005年的18.9∶47.4∶33.7,5年内二产上升12.4个百分点。工业成为推动经济快速增长的主导力量,农业基础地位更加巩固,现代服务业有新的发展。\n',
    ).indicators;
    expect(figure(f, '12.4个百分点')).toMatchObject({ status: 'actual', period: '2001-2005' });
    expect(figure(f, '18.9')).toMatchObject({ status: 'actual', period: '2005' });
  });
});

describe('a term reviewed as 过去N年 (four, six years) spans those years, as N年来 does', () => {
  it('一、过去六年工作回顾 … 生产总值年均增长12.2%,2016年达到1156.49亿元 (汉中 2017, outside page, its line breaks kept): the yearly average spans 2011-2016', () => {
    const r = analyzeReport(
      '(陕西省)2017年汉中市人民政府工作报告(全文)\n━━2017年2月14日在汉中市第五届人民代表大会第一次会议上\n汉中市代市长方红卫\n各位代表:\n' +
        '一、过去六年工作回顾\n' +
        '━━综合实力整体跃升。六年来,主要经济指标位于毗邻地区前列,增速稳居全省第\n一方阵。生产总值年均增长12.2%,2016年达到1156.49亿元,总量由全省第7进到第6位\n;规模以上工业总产值年均增长19.2%,2016年达到1145.07亿元;财政总收入年均增长\n15.2%、2016年达到105.67亿元,地方财政收入年均增长15.9%、2016年达到45.19亿元。\n',
    );
    for (const t of ['12.2%', '19.2%', '15.9%']) expect(figure(r.indicators, t)).toMatchObject({ status: 'actual', period: '2011-2016' });
    expect(figure(r.indicators, '1156.49亿元')).toMatchObject({ status: 'actual', period: '2016' });
  });

  it('一、过去四年政府工作回顾 … 2006年地区生产总值26.8亿元,较上年增长12%,年均增长11% (泾县 2007, outside page): the yearly average spans 2003-2006, last year\'s growth stays 2006', () => {
    const r = analyzeReport(
      '——2007年2月8日在泾县第十五届人民代表大会第一次会议上\n泾县人民政府县长  张 平\n' +
        '   一、过去四年政府工作回顾\n' +
        '   这四年,我们坚持加快发展,牢牢扭住经济建设不放松,国民经济较快增长,综合实力明显提高。\n' +
        '   经济总量稳步攀升。2006年地区生产总值26.8亿元,较上年增长12%,年均增长11%;财政收入(不含基金)2.01亿元,较上年增长26.4%,高于年初人代会12%的目标14.4个百分点,年均增长20%。\n',
    );
    for (const t of ['11%', '20%']) expect(figure(r.indicators, t)).toMatchObject({ status: 'actual', period: '2003-2006' });
    expect(figure(r.indicators, '12%')).toMatchObject({ status: 'actual', period: '2006' });
  });
});

describe('the end value of a from–to pair written with 至 is its year\'s, as with 到', () => {
  it('地区生产总值从2017年的111.8亿元提高至2021年的160亿元左右,累计完成约545亿元 (西乌珠穆沁旗 2022, outside page, under 一、过去四年工作回顾): 2017, 2021, the total 2018-2021', () => {
    const f = analyzeReport(
      '(内蒙古)2022年西乌珠穆沁旗人民政府工作报告(全文)\n\n2022年1月7日在西乌珠穆沁旗第十六届人民代表大会第一次会议上\n\n西乌珠穆沁旗人民政府代旗长  姚宏刚\n\n各位代表:\n\n' +
        '一、过去四年工作回顾\n\n(一)坚持稳中求进,地区综合实力跃上新台阶\n\n' +
        '地区生产总值从2017年的111.8亿元提高至2021年的160亿元左右,累计完成约545亿元,人均突破15万元,位居全盟前列;固定资产投资累计完成约126亿元,实施亿元以上重大项目21个,发展后劲持续增强;一般公共预算收入从18.4亿元提高至20.74亿元,累计完成81.2亿元,总量位居全盟第二位。\n',
    ).indicators;
    expect(figure(f, '111.8亿元')).toMatchObject({ status: 'actual', period: '2017' });
    expect(figure(f, '160亿元')).toMatchObject({ status: 'actual', period: '2021' });
    for (const t of ['545亿元', '126亿元']) expect(figure(f, t)).toMatchObject({ status: 'actual', period: '2018-2021' });
  });
});

describe('with no dated title, an estimate of how a year ended names the report\'s year as the year after it', () => {
  it('报告提出,预计2011年全市生产总值为2060亿元,…五年(下同)年均增长15% (惠州 2012, news of the report, outside page): 2012; the yearly average 2007-2011, this year\'s goal 2012', () => {
    const r = analyzeReport(
      '南方日报讯 (记者/罗锐 通讯员/罗会江 马学青)惠州市第十一届人民代表大会第一次会议7日在会议中心开幕,大会由惠州市委书记、市人大常委会主任黄业斌主持。惠州市委副书记、代市长陈奕威代表市政府向大会作《政府工作报告》(以下简称“报告”)。\n' +
        '报告提出,预计2011年全市生产总值为2060亿元,比上年(下同)增长14.6%,五年(下同)年均增长15%,实现经济总量再造一个惠州的目标。报告提出今年的预期目标是生产总值增长11%,实现此目标需要做到稳中求进、好中求快。\n' +
        '报告提到,过去五年,惠州经济综合实力实现大跨越。预计2011年全市生产总值2060亿元,人均生产总值4.4万元,增长10.4%,年均增长10.4%。\n',
    );
    expect(r.meta.year).toBe(2012);
    expect(figure(r.indicators, '2060亿元')).toMatchObject({ status: 'actual', period: '2011' });
    expect(figure(r.indicators, '11%')).toMatchObject({ status: 'target', period: '2012' });
  });
});

describe('a yearly average of a year named, with no review scope, ends the five years the paragraph said before it', () => {
  it('报告提出,五年累计投入改善民生资金434.4亿元,…。去年城镇居民可支配收入26500元,农民人均纯收入10800元,分别增长12.5%和19%,年均分别增长8.7%和16.2% (惠州 2012, news of the report, outside page): 2007-2011; last year\'s growth 2011', () => {
    const r = analyzeReport(
      '南方日报讯 (记者/罗锐 通讯员/罗会江 马学青)惠州市第十一届人民代表大会第一次会议7日在会议中心开幕,大会由惠州市委书记、市人大常委会主任黄业斌主持。惠州市委副书记、代市长陈奕威代表市政府向大会作《政府工作报告》(以下简称“报告”)。\n' +
        '报告提出,预计2011年全市生产总值为2060亿元,比上年(下同)增长14.6%,五年(下同)年均增长15%,实现经济总量再造一个惠州的目标。\n' +
        '报告提到,过去五年,惠州经济综合实力实现大跨越。预计2011年全市生产总值2060亿元,人均生产总值4.4万元,增长10.4%,年均增长10.4%。\n' +
        '经济快速增长的同时,民生质量也得到大改善。报告提出,五年累计投入改善民生资金434.4亿元,完成民生工程项目108个。坚持市级新增财力的70%用于民生,民生支出占财政支出的61%。去年城镇居民可支配收入26500元,农民人均纯收入10800元,分别增长12.5%和19%,年均分别增长8.7%和16.2%。\n',
    );
    for (const t of ['15%', '8.7%', '16.2%']) expect(figure(r.indicators, t)).toMatchObject({ status: 'actual', period: '2007-2011' });
    expect(figure(r.indicators, '19%')).toMatchObject({ status: 'actual', period: '2011' });
  });
});
