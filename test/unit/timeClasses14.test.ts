import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { Indicator } from '../../src/core';
import { figureByText as figure } from '../support/figures';

/**
 * Period and status classes of session 13's periods round (issue 8, items 3 and 4), each on the real sentence that
 * showed it (dev corpus reports or outside text), quoted exactly.
 */

describe('this year named after what was done is this year\'s plan again, in a part on this year\'s work', () => {
  const national1997 = (body: string): Indicator[] =>
    analyzeReport(`1997年政府工作报告\n\n各位代表：\n\n一、1996年工作回顾\n\n去年国内生产总值增长9.7%。\n\n二、1997年经济体制改革的主要任务\n\n${body}\n`).indicators;

  it('…去年已经对其中近３００户…，今年要扩大到５１１户 (national 1997, dev): 511 is this year\'s target, 300 last year\'s fact', () => {
    const f = national1997(
      '大型国有企业是国民经济的骨干。国家决定首先集中力量抓好１０００户，去年已经对其中近３００户由银行提供资金支持，加强信贷监督，取得了比较好的效果，今年要扩大到５１１户。为了发展跨地区、跨行业、工技贸相结合的大型企业集团，提高它们的竞争能力，并带动相关企业发展，国家已经组织了５７户企业集团试点，今年要扩大到１２０户。',
    );
    expect(figure(f, '５１１户')).toMatchObject({ status: 'target', period: '1997' });
    expect(figure(f, '１２０户')).toMatchObject({ status: 'target', period: '1997' });
    expect(figure(f, '３００户')).toMatchObject({ status: 'actual', period: '1996' });
    expect(figure(f, '５７户')).toMatchObject({ status: 'actual' });
  });

  it('这几年，…在５８个城市进行了…试点，…今年试点城市扩大到１１０个 (national 1997, dev): 今年 without 要 plans too', () => {
    const f = national1997('对国有企业实行调整改组，促进资产重组，提高国有经济的整体素质。这几年，国家先后在５８个城市进行了企业优化资本结构的试点，提供政策支持，推动了企业改组和结构调整，今年试点城市扩大到１１０个。');
    expect(figure(f, '１１０个')).toMatchObject({ status: 'target', period: '1997' });
    expect(figure(f, '５８个')).toMatchObject({ status: 'actual' });
  });

  it('从２００２年１月１日起，我国关税总水平已由１５．３％降到１２％ (national 2002, outside): 已由…降到 tells a change made, a fact', () => {
    const f = analyzeReport(
      '2002年政府工作报告\n\n各位代表：\n\n一、2001年工作回顾\n\n去年国内生产总值增长7.3%。\n\n二、2002年工作的主要任务\n\n' +
        '认真履行我国加入世贸组织的承诺。法规、规章的清理工作已基本完成，废止和修改、制定了一批法律法规。从２００２年１月１日起，我国关税总水平已由１５．３％降到１２％，涉及５３００多个税目。\n',
    ).indicators;
    expect(figure(f, '１２％')).toMatchObject({ status: 'actual' });
  });
});

describe('a top-level part after the review that names no time is this year\'s work', () => {
  const national1993 = (part: string): Indicator[] =>
    analyzeReport(
      '1993年政府工作报告\n\n各位代表：\n\n一、改革开放和现代化建设取得伟大成就的五年\n\n' +
        '　　国民经济持续发展。１９９２年国民生产总值接近２４０００亿元，五年平均每年增长百分之七点九。\n\n' +
        '二、争取国民经济再上一个新台阶\n\n三、加快建立社会主义市场经济体制的改革步伐\n\n' +
        `${part}\n`,
    ).indicators;

  it('四、认真进行行政管理体制和政府机构改革 (national 1993, dev): the reform planned this year, not undated facts', () => {
    const f = national1993(
      '四、认真进行行政管理体制和政府机构改革\n\n' +
        '　　通过改革，国务院组成部门设置４１个，国务院秘书长罗干将对此作专门说明，请各位代表审议。国务院直属机构和办事机构进行了较大幅度的精简，精简后为１８个。国务院的部委和直属机构、办事机构共５９个，比现有的８６个减少２７个。非常设机构由８５个减为２６个。各级国家机关工作人员总数减少幅度在百分之二十五左右。',
    );
    for (const t of ['４１个', '１８个', '５９个', '２７个', '２６个', '百分之二十五']) expect(figure(f, t)).toMatchObject({ status: 'target', period: '1993' });
    // What exists now (现有的８６个) stays a fact; the review before keeps its years.
    expect(figure(f, '８６个')).toMatchObject({ status: 'actual' });
    expect(figure(f, '百分之七点九')).toMatchObject({ status: 'actual', period: '1988-1992' });
  });
});

describe('after the next plan\'s goals, an undated paragraph is one of the plan\'s tasks', () => {
  it('今后五年经济社会发展主要目标是：… then （三）… 五年内亿元以上项目达到100个以上 (高阳 2021, outside): the plan\'s, not the five years past', () => {
    const f = analyzeReport(
      '标题：高阳县2021年政府工作报告（节选）\n发文时间：2021-08-17（在高阳县第十八届人民代表大会第一次会议上）\n\n正文：\n\n' +
        '今后五年经济社会发展主要目标是：经济质量效益走在全市前列；宜居宜业水平走在全市前列；人民生活福祉走在全市前列；社会文明程度走在全市前列；社会治理效能走在全市前列。\n\n' +
        '重点工作方向：\n\n' +
        '（三）增蓄县域经济动力，高质量谱写跨越发展新篇章。\n聚力攻坚项目建设。五年内亿元以上项目达到100个以上；计划总投资达到500亿元以上。\n做优做强平台支撑。经济开发区规划总面积达到25平方公里以上。\n\n' +
        '（四）统筹城乡深度融合，高质量谱写协调发展新篇章。\n实施城市更新行动。实施25条道路新改建工程；构建县城区"六横七纵"路网体系；实施县城20个片区城中村改造。\n',
    ).indicators;
    for (const t of ['100个', '500亿元', '25条', '20个']) expect(figure(f, t)).toMatchObject({ status: 'target', period: '2021-2025' });
    // A level to reach is the plan's last year's.
    expect(figure(f, '25平方公里')).toMatchObject({ status: 'target', period: '2025' });
  });
});

describe('the plan a multiple is of is its base, not its time', () => {
  it('是“九五”的1.6倍, 分别是“九五”的1.66倍和1.28倍 (河北 2006, outside, reviewing 十五): multiples over 2001-2005', () => {
    const f = analyzeReport(
      '2006年政府工作报告\n\n各位代表：\n\n一、“十五”时期国民经济和社会发展回顾\n\n' +
        '建成投产重点项目361项，完成投资2204亿元，是“九五”的1.6倍。\n\n' +
        '社会事业全面进步。科技创新能力增强，累计申请专利2.8万件、取得省级以上科技成果5421项，分别是“九五”的1.66倍和1.28倍。\n',
    ).indicators;
    for (const t of ['1.6倍', '1.66倍', '1.28倍', '2204亿元']) expect(figure(f, t)).toMatchObject({ status: 'actual', period: '2001-2005' });
    // A plan compared with by 比 stays a base, as before (same report, its 十一五 goals).
    const g = analyzeReport('2006年政府工作报告\n\n各位代表：\n\n一、“十五”时期国民经济和社会发展回顾\n\n完成投资2204亿元。\n\n二、“十一五”时期的指导原则和发展目标\n\n单位生产总值能源消耗比“十五”末降低20%左右。\n').indicators;
    expect(figure(g, '20%')).toMatchObject({ status: 'target', period: '2006-2010' });
  });
});
