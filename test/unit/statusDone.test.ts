import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { doneInPlan } from '../../src/core/indicators/doneInPlan';
import { figureByText as figure } from '../support/figures';

/**
 * Status classes of session 12's status round (issue 8, item 4: facts stated in target parts stay actual), each on
 * the real sentence that showed it, quoted exactly.
 */

describe('a verb with its perfective 了 before the figure tells a thing done', () => {
  it('成立了二十九个自治州 (national 1959, dev) in a part on this year\'s tasks is a fact', () => {
    const f = analyzeReport(
      '一九五九年政府工作报告\n\n二、我们在第二个五年计划的第二年——一九五九年经济战线上的任务\n\n　　一九五九年钢的产量要达到一千八百万吨。\n\n四、关于国家的政治生活\n\n' +
        '　　在民族工作方面，过去四年中，政府根据宪法的规定，在保证国家统一、实现民族平等的原则下，继续推行民族区域自治，已经收到很大的成效。除了原有的内蒙古自治区以外，先后成立了新疆维吾尔自治区、广西僮族自治区、宁夏回族自治区，并且成立了西藏自治区筹备委员会。此外，还在青海、甘肃、新疆、云南、四川、贵州和其他若干省、自治区内成立了二十九个自治州，五十四个自治县。这些民族自治地方包括三十几个民族。\n',
    ).indicators;
    expect(figure(f, '一千八百万吨')?.status).toBe('target');
    expect(figure(f, '二十九个')?.status).toBe('actual');
  });

  it('确保了农村5万多名师生…如期供暖 (高阳 2018, outside): 确保 with 了 is done, not a plan word, in a review', () => {
    const f = analyzeReport(
      '高阳县2018年政府工作报告\n\n一、2017年工作回顾\n\n全年生产总值完成119.7亿元，增长8%。\n\n' +
        '艰难困苦，玉汝于成。刚刚过去的一年，我们以改革创新的精神破解发展难题。五是181所农村中小学校（幼儿园）和8所乡镇卫生院煤改气、煤改电攻坚战。敢于担当，勇于负责，坚守一线，日夜奋战，确保了农村5万多名师生和广大医患百姓如期供暖。\n\n' +
        '三、2018年重点工作\n\n加强社会保障体系建设。实施更加积极的就业政策，确保城镇新增就业2300人。\n',
    ).indicators;
    expect(figure(f, '5万多名')).toMatchObject({ status: 'actual', period: '2017' });
    // 确保 alone is still a plan word.
    expect(figure(f, '2300人')).toMatchObject({ status: 'target', period: '2018' });
  });

  it('keeps plan verbs, changes, 为了 and a plan word before the verb', () => {
    // national 1958 (outside): 分别安排了一百四十四万担和一百四十五万七千担的产量 — the plan's quotas.
    expect(doneInPlan('我们注意了增产潜力比较大的苎麻和柞蚕茧的生产，分别安排了', -1)).toBe(false);
    // national 1958 (outside): 拟定为…，比一九五七年的预计数增加了二十二亿元 — a planned change.
    expect(doneInPlan('一九五八年的基本建设总投资额，拟定为一百四十五亿七千七百万元，比1957年的预计数增加了', -1)).toBe(false);
    expect(doneInPlan('为了', -1)).toBe(false);
    // national 1958 (outside): 签订了…协定，并且议定了一百二十二项重大合作项目 — done.
    expect(doneInPlan('并且议定了', -1)).toBe(true);
    // A plan word before the verb keeps the plan (要…建成了 would be odd, but 要 governs).
    expect(doneInPlan('今年要使已经成立了', 0)).toBe(false);
    expect(doneInPlan('日夜奋战，确保了农村', 5)).toBe(true);
  });
});

describe('after this year\'s main targets, a paragraph nothing dates is one of this year\'s tasks', () => {
  const report =
    '标题：2024年保定市政府工作报告\n\n正文：\n\n' +
    '经济社会发展的主要预期目标是：生产总值增长6%以上，一般公共预算收入增长6%以上，规上工业增加值增长6%以上，固定资产投资增长7%左右，社会消费品零售总额增长6%左右，进出口总值增长5%左右，居民人均可支配收入增长7%左右，力争主要经济指标增速进入全省前列。\n\n' +
    '具体工作中，坚持“稳中求进、以进促稳、先立后破”，突出抓好十方面工作：\n\n' +
    '（三）聚力创新驱动发展，推动产业转型升级。全年新增高新技术企业70家、科技型中小企业300家。\n\n' +
    '（四）聚力推动扩大内需，增强内生发展动力。全力抓好总投资657.5亿元的229个水利项目。\n';

  it('(三)聚力创新驱动发展… after the targets (保定 2024, outside, no time headings): targets of 2024, not undated facts', () => {
    const f = analyzeReport(report).indicators;
    expect(figure(f, '7%')).toMatchObject({ status: 'target', period: '2024' });
    for (const t of ['70家', '300家', '229个']) expect(figure(f, t)).toMatchObject({ status: 'target', period: '2024' });
  });

  it('a review under its own heading after the targets stays a review', () => {
    const f = analyzeReport(
      '2024年政府工作报告\n\n各位代表：\n\n一、今年主要预期目标\n\n经济社会发展的主要预期目标是：生产总值增长6%以上。\n\n二、2023年工作回顾\n\n全年新增高新技术企业70家。\n',
    ).indicators;
    expect(figure(f, '70家')).toMatchObject({ status: 'actual', period: '2023' });
  });

  it('以全省 100 个县（市、区）为基础参赛单元 (江西 2026, dev glossary): all of the place\'s counties, a fact', () => {
    const f = analyzeReport(
      report + '\n附件\n\n《政府工作报告》有关内容名词注释\n\n22.“百羽争锋”：以全省 100 个县（市、区）为基础参赛单元，覆盖全省、全民参与的省羽毛球超级联赛。\n',
    ).indicators;
    expect(figure(f, '100 个')?.status).toBe('actual');
  });
});

describe('a year with 以来 tells what has been done since then', () => {
  it('我们从一九五五年以来，…由过去的百分之三十以上，降低到百分之二十左右 (national 1958, outside) in a part on this year\'s work is a fact', () => {
    const f = analyzeReport(
      '一九五八年政府工作报告\n\n二、一九五八年的国民经济计划\n\n　　一九五八年的基本建设投资要达到一百四十五亿元。\n\n' +
        '　　除了生产性的建设存在着浪费现象以外，在非生产性的建设中，也还存在着浪费现象。我们从一九五五年以来，通过降低建筑标准、削减建设项目的工作，使非生产性建设投资在整个建设投资中的比重，由过去的百分之三十以上，降低到百分之二十左右。这是一个好的成绩。\n',
    ).indicators;
    expect(figure(f, '一百四十五亿元')?.status).toBe('target');
    expect(figure(f, '百分之三十')?.status).toBe('actual');
    expect(figure(f, '百分之二十')?.status).toBe('actual');
  });
});

describe('a goal named and left behind in a review cues nothing after it', () => {
  it('…接近10％左右的预期目标，高于全国增幅2个百分点 (河北 2000, outside): the margin is last year\'s fact, the goal a target', () => {
    const f = analyzeReport(
      '2000年政府工作报告\n\n各位代表：\n\n一、1999年工作的回顾\n\n初步统计，全省完成国内生产总值4556.6亿元，比上年增长9.1％，接近10％左右的预期目标，高于全国增幅2个百分点。\n',
    ).indicators;
    expect(figure(f, '10％')?.status).toBe('target');
    expect(figure(f, '2个百分点')).toMatchObject({ status: 'actual', period: '1999' });
    expect(figure(f, '9.1％')).toMatchObject({ status: 'actual', period: '1999' });
  });

  it('the goal announced still cues its figures (今年经济社会发展的预期目标是：生产总值增长8.5%)', () => {
    const f = analyzeReport('2012年政府工作报告\n\n各位代表：\n\n一、2011年工作回顾\n\n生产总值增长11.3%。今年的预期目标，生产总值增长8.5%。\n').indicators;
    expect(figure(f, '8.5%')?.status).toBe('target');
  });
});
