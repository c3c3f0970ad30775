/**
 * This year's targets ↔ last year's actuals (src/core/references/targets.ts): which actual a target links to, on the
 * real text each rule was written for.
 */
import { describe, expect, it } from 'vitest';
import type { Indicator, Reference } from '../../src/core';
import { pairTargetsAndActuals, targetActualLinks } from '../../src/core/references/targets';
import { analyzeReport } from '../../src/core';
import { readCorpus } from '../support/corpus';
import { judgedBy, reviewAndPlan } from '../support/pairs';

const pairs = (path: string): Reference[] => analyzeReport(readCorpus(path)).references.filter((r) => r.kind === 'indicator');
const national2016 = pairs('national/2016.txt');

describe('target ↔ actual pairs', () => {
  it('leave the starting point said in the target’s own paragraph to that paragraph (由380元提高到420元)', () => {
    for (const r of national2016) expect(r.from.range.start.line, `${r.from.text} → ${r.to.text}`).not.toBe(r.to.range.start.line);
    expect(national2016.some((r) => r.from.text === '420元' || r.from.text === '380元')).toBe(false);
  });

  it('never pair a plan’s end-year target with last year’s figure (2016: 2020年…经济总量90万亿元)', () => {
    expect(national2016.some((r) => r.from.text === '90万亿元' || r.to.text === '90万亿元')).toBe(false);
  });

  it('still pair this year’s target with last year’s actual (2016: 6.5%－7% ↔ 6.9%)', () => {
    expect(national2016.some((r) => r.from.text === '6.5%－7%' && r.to.text === '6.9%') || national2016.some((r) => r.from.text === '6.9%' && r.to.text === '6.5%－7%')).toBe(true);
  });

  // A new user's trial: 单位国内生产总值能耗降低2.5%左右 linked to GDP growth 5.2% (its name holds 国内生产总值).
  it('never pair two indicators of the lexicon by a name one holds (2024: energy intensity 2.5% ↔ GDP 5.2%)', () => {
    const model = analyzeReport(readCorpus('national/2024.txt'));
    const energy = model.indicators.find((i) => i.groupKey === 'lexicon:energy_intensity' && i.status === 'target');
    expect(energy?.text).toBe('2.5%');
    const byRange = (r: Reference['from']) => model.indicators.find((i) => i.range.start.line === r.range.start.line && i.range.start.character === r.range.start.character);
    for (const r of model.references.filter((x) => x.kind === 'indicator')) {
      const [a, b] = [byRange(r.from), byRange(r.to)];
      if (a?.groupKey?.startsWith('lexicon:') && b?.groupKey?.startsWith('lexicon:')) expect(a.groupKey, `${r.from.text} → ${r.to.text}`).toBe(b.groupKey);
    }
    // GDP's own target still pairs.
    expect(model.references.some((r) => r.kind === 'indicator' && r.from.text === '5%' && r.to.text === '5.2%')).toBe(true);
  });

  it('take no actual from a glossary entry (jiangxi 2026: “2152”龙头引育工程：…100家…)', () => {
    const jiangxi = analyzeReport(readCorpus('local/jiangxi-2026.txt'));
    const glossary = jiangxi.outline.filter((n) => n.kind === 'glossary' || n.kind === 'annex');
    expect(glossary.length).toBeGreaterThan(0);
    const inGlossary = (line: number): boolean => glossary.some((n) => n.range.start.line <= line && n.range.end.line >= line);
    for (const r of jiangxi.references.filter((x) => x.kind === 'indicator')) expect(inGlossary(r.to.range.start.line) || inGlossary(r.from.range.start.line)).toBe(false);
  });

  it('pair a target with last year’s stock reached at the end of a five-year span (jiangxi 2026: 8200家 ↔ 达7800家)', () => {
    const jiangxi = pairs('local/jiangxi-2026.txt');
    expect(jiangxi.some((r) => r.from.text === '8200家' && r.to.text === '7800家')).toBe(true);
  });

  it('pair a target its group left alone with the actual whose name begins with its name (有色金属 1.18万亿 ↔ 有色金属产业营收 1万亿元)', () => {
    const jiangxi = pairs('local/jiangxi-2026.txt');
    expect(jiangxi.filter((r) => r.from.text === '1.18万亿').map((r) => [r.to.range.start.line, r.to.text])).toEqual([[20, '1万亿元']]);
  });

  it('pair by a name with words added in its middle, both ends kept whole (hailar 2019: 政府隐性债务 7.89亿元 ↔ 政府债务 12.43亿元)', () => {
    const hailar = pairs('local/hailar-2019.txt');
    expect(hailar.filter((r) => r.from.text === '7.89亿元').map((r) => [r.to.range.start.line, r.to.text])).toEqual([[19, '12.43亿元']]);
  });

  it('pair by a name with a word added before its last character, its first half kept whole (辽宁 2026: 离境退税店达到1000家 ↔ 新增离境退税商店675家)', () => {
    const liaoning = pairs('local/辽宁省-2026.txt');
    expect(liaoning.filter((r) => r.from.text === '1000家' && r.from.range.start.line === 44).map((r) => `L${r.to.range.start.line} ${r.to.text}`)).toEqual(['L20 675家']);
  });

  it('pair a target the binder named from too few words with the actual its sentence names beside it (seed: 入库…1万家 ↔ 科技型中小企业 1.26万家; 推出3.5万套政策性租赁住房 ↔ 5.3万套)', () => {
    const seed = pairs('000_4ff7010d533e2b03.txt');
    const to = (line: number, text: string): string[] => seed.filter((r) => r.from.range.start.line === line && r.from.text === text).map((r) => `L${r.to.range.start.line} ${r.to.text}`);
    expect(to(162, '1万家')).toEqual(['L58 1.26万家']);
    expect(to(186, '3.5万套')).toEqual(['L86 5.3万套']);
  });

  it('but never with a name said in the next clause (seed: 遴选瞪羚企业300家，认定独角兽培育企业100家)', () => {
    const seed = pairs('000_4ff7010d533e2b03.txt');
    expect(seed.some((r) => r.from.text === '300家' || r.to.text === '300家')).toBe(false);
  });

  it('nor with a name that another figure stands between (辽宁 2026: 建设改造农村公路4000公里、农村电网5800公里)', () => {
    const liaoning = pairs('local/辽宁省-2026.txt');
    const to = (text: string): string[] => liaoning.filter((r) => r.from.range.start.line === 74 && r.from.text === text).map((r) => `L${r.to.range.start.line} ${r.to.text}`);
    // 农村公路 names the 4000公里 and pairs it; the 5800公里 of 农村电网 is not last year's 农村公路 5500公里.
    expect(to('4000公里')).toEqual(['L25 5500公里']);
    expect(to('5800公里')).toEqual([]);
  });
});

describe('a five-year review’s figures', () => {
  it('a total over the five years is no last year’s actual (national 2018: 退出钢铁产能1.7亿吨, 新建改建农村公路127万公里)', () => {
    const n2018 = pairs('national/2018.txt');
    expect(n2018.filter((r) => ['1.7亿吨', '8亿吨', '127万公里'].includes(r.to.text) || ['1.7亿吨', '8亿吨', '127万公里'].includes(r.from.text))).toEqual([]);
  });
});

describe('counts in another classifier', () => {
  it('pair by name whatever the classifier (安徽 2026: 1200项 亿元以上技改项目 ↔ 1213个; hailar 2019: 2座 压缩式生活垃圾 ↔ 3处)', () => {
    const anhui = pairs('local/安徽省-2026.txt');
    expect(anhui.some((r) => r.from.text === '1200项' && r.to.text === '1213个')).toBe(true);
    const hailar = pairs('local/hailar-2019.txt');
    expect(hailar.some((r) => r.from.text === '2座' && r.to.text === '3处')).toBe(true);
  });
});

describe('another measure of the same thing', () => {
  it('a target without an actual of its own pairs with last year’s other measure (hailar 2019: 空气优良天数 350天 ↔ 比例 99.2%)', () => {
    const hailar = pairs('local/hailar-2019.txt');
    expect(hailar.some((r) => r.from.text === '350天' && r.to.text === '99.2%')).toBe(true);
  });

  it('a growth of R&D spending with no actual of its own is shown with last year’s R&D intensity (湖南 2026, marked; 陕西 2026)', () => {
    const hunan = pairs('local/湖南省-2026.txt');
    expect(hunan.some((r) => r.from.text === '8%' && r.to.text === '2.62%')).toBe(true);
    const shaanxi = pairs('local/陕西省-2026.txt');
    expect(shaanxi.some((r) => r.from.text === '8％' && r.to.text === '2.61％')).toBe(true);
  });

  it('a target of poor people to lift out of poverty is shown with last year’s people lifted out (national 2016, marked: 1000万 ↔ 1442万人)', () => {
    const national = pairs('national/2016.txt');
    expect(national.some((r) => r.from.text === '1000万' && r.to.text === '1442万人')).toBe(true);
  });

  it('tax relief said in other words is one indicator (national 2022, marked: 退税减税 2.5万亿元 ↔ 新增减税降费 1万亿元; 浙江 2026: 为经营主体减负 ↔ 为企业减负)', () => {
    const national = pairs('national/2022.txt');
    expect(national.some((r) => r.from.text === '2.5万亿元' && r.to.text === '1万亿元')).toBe(true);
    const zhejiang = pairs('local/zhejiang-2026.txt');
    expect(zhejiang.some((r) => r.from.text === '2500亿元' && r.to.text === '3300亿元')).toBe(true);
  });
});

describe('targets found in an annex, of one group twice, or by the noun they count', () => {
  const at = (refs: readonly Reference[], line: number, text: string): string[] =>
    refs.filter((r) => r.from.range.start.line === line && r.from.text === text).map((r) => `L${r.to.range.start.line} ${r.to.text}`);

  it('an annex’s target is the year’s all the same, and of two in one paragraph the one nearest the actual in size pairs (广东 2026: 吸纳超100万名 … 引导超2万名高校毕业生)', () => {
    const guangdong = pairs('local/guangdong-2026.txt');
    expect(at(guangdong, 169, '100万名')).toEqual(['L13 110万名']);
    expect(at(guangdong, 169, '2万名')).toEqual([]);
  });

  it('a noun counted under another verb or qualifier pairs when the figures are of one size (辽宁 2026: 培育|垂直行业大模型 80个 ↔ 研发|… 80个; hailar 2019: 环保式公共厕所 ↔ 水冲式公共厕所)', () => {
    expect(at(pairs('local/辽宁省-2026.txt'), 50, '80个')).toEqual(['L21 80个']);
    expect(at(pairs('local/hailar-2019.txt'), 55, '24座')).toEqual(['L21 26座']);
    // Also when the names beside the target found no actual of last year (jiangxi 2026: 年度完成投资 ↔ …项目完成投资).
    expect(at(pairs('local/jiangxi-2026.txt'), 49, '1.1万亿元')).toEqual(['L19 1.22万亿元']);
  });

  it('never by a shared end that only says the measure, nor across shares of two things (贵州 2026: 民间投资|占固定资产投资比重 40% is not 工业投资’s)', () => {
    const guizhou = pairs('local/贵州省-2026.txt');
    expect(guizhou.some((r) => r.from.text === '40%' && r.to.text === '35.5%')).toBe(false);
  });
});

describe('a five-year review’s count reached at its end', () => {
  const hunan = pairs('local/湖南省-2026.txt');
  it('is last year’s stock when a word of reaching stands before it (湖南 2026: 外贸实绩企业突破9000家 ↔ 力争外贸实绩企业突破9500家)', () => {
    expect(hunan.some((r) => r.from.text === '9500家' && r.to.text === '9000家')).toBe(true);
  });

  it('but a total over the span is not (湖南 2026: 累计建成美丽乡村超1.2万个, against 新建省级美丽乡村220个)', () => {
    expect(hunan.some((r) => r.from.text === '220个' || r.to.text === '220个')).toBe(false);
  });
});

describe('money spent: who pays is no name (issue 8 item 6)', () => {
  // Sentences quoted exactly from the national report of 2010 (outside the corpus), in a report of its two parts.
  const national2010 = [
    '各位代表：',
    '一、2009年工作回顾',
    '　　“三农”工作进一步加强。中央财政用于“三农”的支出7253亿元，增长21.8%。',
    '　　中央财政安排社会保障资金2906亿元，比上年增长16.6%。',
    '　　中央财政安排429亿元，解决关闭破产国有企业退休人员医疗保险问题。',
    '二、2010年主要任务',
    '　　中央财政拟安排“三农”投入8183亿元，比上年增加930亿元，地方各级财政也要增加投入。',
    '　　企业退休人员基本养老金今年再提高10%。各级政府要进一步增加社会保障投入，中央财政拟安排3185亿元。',
  ].join('\n');
  const from = (refs: Reference[], text: string): string[] => refs.filter((r) => r.from.text === text).map((r) => r.to.text);

  it('pairs money spent on one thing whether said as 投入 or 支出, the nearest of one paragraph’s targets (8183亿元 ↔ 7253亿元, not 930亿元 ↔ 7253亿元)', () => {
    const refs = analyzeReport(national2010).references.filter((r) => r.kind === 'indicator');
    expect(from(refs, '8183亿元')).toEqual(['7253亿元']);
    expect(from(refs, '930亿元')).toEqual([]);
  });

  it('pairs a target named by its payer alone with the spending its sentence names (社会保障投入，中央财政拟安排3185亿元 ↔ 2906亿元), never with the payer’s other figure (429亿元)', () => {
    const refs = analyzeReport(national2010).references.filter((r) => r.kind === 'indicator');
    expect(from(refs, '3185亿元')).toEqual(['2906亿元']);
    expect(refs.some((r) => r.from.text === '429亿元' || r.to.text === '429亿元')).toBe(false);
  });

  it('leaves a payer’s target alone when its sentence names nothing spent last year (national 2005: 中央财政还将安排150亿元; 中央财政安排109亿元资金支持再就业)', () => {
    const refs = pairs('national/2005.txt');
    for (const text of ['150亿元', '109亿元', '26亿元']) expect(refs.some((r) => r.from.text === text || r.to.text === text), text).toBe(false);
  });
});

describe('names that say no one thing, and figures far apart (issue 8 item 6)', () => {
  const indicatorRefs = (text: string): Reference[] => analyzeReport(text).references.filter((r) => r.kind === 'indicator');

  it('a name of a kind and a measure only (工程投资) held in a longer name pairs nothing (hailar 2017, outside the corpus: 成吉思汗广场改造提升工程 4800万元 ↔ 投资1.9亿元…等工程)', () => {
    const hailar2017 = [
      '　　一、2016年工作回顾',
      '　　投资1.9亿元,实施了危房改造、饮水安全、街巷硬化、村屯绿化等工程,农村基本公共服务实现全覆盖,村容村貌发生巨变。',
      '　　二、2017年工作安排',
      '　　确保投资4800万元的成吉思汗广场改造提升工程如期完工。',
    ].join('\n');
    expect(indicatorRefs(hailar2017)).toEqual([]);
  });

  it('a name said beside a target but held inside its own name is only part of what it measures (hailar 2013, outside the corpus: 非公经济增加值占地区生产总值的比重达到70% ↔ GDP 增长18.5%)', () => {
    const hailar2013 = [
      '　　一、过去一年工作回顾',
      '　　全年地区生产总值完成235.2亿元，同比增长18.5%；地方财政总收入完成20.67亿元，同比增长28.8%。',
      '　　二、2013年工作安排',
      '　　把非公有制经济作为助推经济快速发展的重要支撑，进一步优化环境，加大扶持力度，年内实现非公经济增加值占地区生产总值的比重达到70%以上，销售收入超亿元的非公企业达到20家。',
    ].join('\n');
    expect(indicatorRefs(hailar2013).some((r) => r.from.text === '70%' || r.to.text === '70%')).toBe(false);
  });

  it('figures paired by name are of one size within a factor of ten (hailar 2012, outside the corpus: 城镇人均可支配收入 23896元 ↔ 城镇年人均提高600元)', () => {
    const hailar2012 = [
      '　　一、过去一年工作回顾',
      '　　全年发放各类社保金3.6亿元，新增社会各类参保人员1.4万人；社会保障公共业务服务中心成功组建，实现了各类社会参保人员就近缴费；企业退休人员养老金标准继续提高，年人均提高2556元，1.6万名离退休人员受益；城乡最低生活保障标准逐年提高，城镇年人均提高600元，农村年人均提高200元，均高于自治区标准；社区干部生活补贴、环卫工人工资再次提高，年人均增加2400元。',
      '　　二、2012年政府工作总体要求和目标任务',
      '　　　　2012年全区经济社会发展的预期目标是：地区生产总值达到240亿元，同比增长21%；地方财政总收入达到20亿元，同比增长24.6%；固定资产投资完成194亿元，同比增长25％；社会消费品零售总额达到100.8亿元，同比增长20％；城镇人均可支配收入达到23896元，同比增长18％；农民人均纯收入达到16892元，同比增长18％。',
    ].join('\n');
    expect(indicatorRefs(hailar2012).some((r) => r.from.text === '23896元' || r.to.text === '23896元')).toBe(false);
  });
});

describe('thresholds of what is counted (issue 8 item 6)', () => {
  it('two figures whose things are held to different size thresholds never pair (jiangxi 2026: 年销售收入超10亿元的龙头企业达100家 ↔ 新增年销售收入超亿元的农业产业化龙头企业100家)', () => {
    const jiangxi = pairs('local/jiangxi-2026.txt');
    const at = (r: Reference['from'], line: number): boolean => r.range.start.line === line && r.text === '100家';
    expect(jiangxi.some((r) => (at(r.from, 65) && at(r.to, 22)) || (at(r.from, 22) && at(r.to, 65)))).toBe(false);
  });

  it('but one threshold said of both keeps the pair (安徽 2026: 实施亿元以上技改项目1200项以上 ↔ 实施亿元以上重点技改项目1213个)', () => {
    const anhui = pairs('local/安徽省-2026.txt');
    expect(anhui.some((r) => r.from.text === '1200项' && r.to.text === '1213个')).toBe(true);
  });
});

describe('a number of years is judged only by a number of years', () => {
  // 江苏 2026 (dev): 今年将办好12类45件民生实事，连续3-5年扎扎实实盯下去 (target, a streak) and, in the review,
  // 12类45件民生实事全面完成 (actual, a count). A binder that names the streak after what it keeps at (民生实事) put
  // both in one group; how long is never how many.
  const figure = (text: string, line: number, value: number, unit: string, kind: Indicator['kind'], status: Indicator['status'], period: string): Indicator => ({
    text, range: { start: { line, character: 0 }, end: { line, character: text.length } }, value, unit, name: '民生实事', measure: null, kind, status, qualifier: null, period, groupKey: '民生实事',
  });
  const meta = { title: null, place: '江苏省', year: 2026, date: null, meeting: null, speaker: null };

  it('never pairs 连续3-5年 with 12类 however both are named', () => {
    const streak = figure('3-5年', 54, 3, '年', 'other', 'target', '2026');
    const kinds = figure('12类', 31, 12, '类', 'count', 'actual', '2025');
    expect(targetActualLinks(pairTargetsAndActuals([kinds, streak], meta))).toEqual([]);
  });

  it('still pairs a count with a count of the same name (12类 ↔ 12类)', () => {
    const target = figure('12类', 54, 12, '类', 'count', 'target', '2026');
    const actual = figure('12类', 31, 12, '类', 'count', 'actual', '2025');
    expect(targetActualLinks(pairTargetsAndActuals([actual, target], meta)).length).toBe(2);
  });
});

describe('a total investment of works is judged by no year’s investment done', () => {
  // 湖南 2026 (dev): 铺排落实省重点项目304个、完成投资4608亿元 (last year's spending) ↔ 抓好总投资2万亿元的389个省重点项目
  // (the works' total, named 省重点项目总投资 by investmentNames.ts).
  const hunan = pairs('local/湖南省-2026.txt');

  it('never pairs 总投资2万亿元 with 完成投资4608亿元', () => {
    expect(hunan.some((r) => [r.from.text, r.to.text].includes('2万亿元') && [r.from.text, r.to.text].includes('4608亿元'))).toBe(false);
  });

  // src32 易县-2025 and 保定市-2022 (outside ../shared/corpus, free), quoted exactly: the year's investment said as 投资完成
  // or 当年投资 is a flow too; the year's investment target (年内完成投资26.75亿元) is still judged by it.
  it('易县 2025: 总投资177.63亿元 is not judged by 投资完成34.67亿元; 年内完成投资26.75亿元 is', () => {
    const model = reviewAndPlan(2025, '26个省市重点项目投资完成34.67亿元，完成率达到146.6%。', '全力推动总投资177.63亿元的26项省市重点项目建设，年内完成投资26.75亿元。');
    expect(judgedBy(model, '177.63亿元')).toBeUndefined();
    expect(judgedBy(model, '26.75亿元')).toBe('34.67亿元');
  });

  it('保定 2022: 总投资5942亿元 is not judged by 当年投资996.3亿元', () => {
    const model = reviewAndPlan(2022, '2021年实施市以上重点项目502项、当年投资996.3亿元，完成全年计划的141.7%。', '持续推进“省市重点项目倍增计划”,安排市以上重点项目599项，总投资5942亿元，当年计划投资1003亿元，营造推动投资和项目建设的制度环境，筑牢高质量发展的“四梁八柱”。');
    expect(judgedBy(model, '5942亿元')).toBeUndefined();
  });
});

describe('a target of a whole said as both its parts (城乡…分别)', () => {
  // 海拉尔区 2018 (outside the corpus), quoted exactly: the review gives the town's and the country's incomes, the
  // year's targets one growth for both.
  const text = [
    '2018年海拉尔区政府工作报告',
    '一、2017年工作回顾',
    '城镇和农村居民人均可支配收入分别达35512元、25689元，分别同比增长7.8%。',
    '二、2018年工作安排',
    '今年经济社会发展主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长6%；城乡居民人均可支配收入分别增长7.5%；城镇新增就业人数、城镇登记失业率、节能减排、安全生产等约束性指标完成呼伦贝尔市确定的目标。',
  ].join('\n');

  it('is judged by last year’s growth of the parts (7.5% ↔ 7.8%)', () => {
    const refs = analyzeReport(text).references.filter((r) => r.kind === 'indicator').map((r) => `${r.from.text} → ${r.to.text}`);
    expect(refs).toContain('7.5% → 7.8%');
  });
});

describe('pairs by name', () => {
  // 浙江 2026 (dev): 战略性新兴产业增加值占规上工业比重达到35%左右 (target) and the review's 战略性新兴产业、高新技术产业增加值
  // 分别增长10%、7.9%: the names share their head, but a share is never judged by a growth (nor a growth by a share).
  it('never set a share beside a growth (浙江 2026: 战略性新兴产业增加值占比 35% ↮ 增长10%)', () => {
    const model = analyzeReport(readCorpus('local/zhejiang-2026.txt'));
    const share = model.indicators.find((i) => i.status === 'target' && i.text === '35%' && i.name?.startsWith('战略性新兴产业增加值'));
    expect(share?.kind).toBe('share');
    const paired = model.pairs.filter((p) => p.target === share).map((p) => p.actual);
    expect(paired.filter((a) => a.kind === 'growth')).toEqual([]);
    expect(model.references.some((r) => r.kind === 'indicator' && r.from.text === '35%' && r.to.text === '10%')).toBe(false);
  });
});
