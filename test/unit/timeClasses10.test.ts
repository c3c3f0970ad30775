import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { Indicator } from '../../src/core';
import { CORPUS } from '../support/expectedOutline';
import { figureByText as figure } from '../support/figures';

/**
 * Period and status classes counted in session 10 on reports outside the labelled set (national reports of the corpus's
 * public source, government_work_reports.jsonl, and 2026 provincial reports of china-provincial-gov-reports-2026), each
 * checked on the outside text that showed it, quoted with its source named, and on the dev corpus where it has one.
 */
/** A provincial report skeleton: a review of last year, then this year's work. */
const report = (year: number, review: string, work: string): Indicator[] =>
  analyzeReport(`各位代表：\n\n现在，我代表省人民政府，向大会报告工作。\n\n一、${year - 1}年工作回顾\n\n${review}\n\n二、${year}年重点工作\n\n${work}\n`).indicators;

describe('a rate of the graduates is no foreseen fact', () => {
  it('应届高校毕业生就业率保持95%以上 in this year\'s work (西藏 2026) is a goal of the year, like 市场就业率70%以上 after it', () => {
    const f = report(2026, '地区生产总值增长7%。', '着力促进就业增收。实施未就业和未稳定就业高校毕业生就业能力提升行动，应届高校毕业生就业率保持95%以上、市场就业率70%以上，城镇新增就业5万人。');
    expect(figure(f, '95%')).toMatchObject({ status: 'target', period: '2026' });
    expect(figure(f, '70%')).toMatchObject({ status: 'target', period: '2026' });
  });

  it('the graduates themselves, foreseen, stay a fact (national 2016, dev: 今年高校毕业生将高达765万人)', () => {
    const text = readFileSync(join(CORPUS, 'national/2016.txt'), 'utf8');
    const f = analyzeReport(text).indicators.find((i) => i.text === '765万人');
    expect(f?.status).toBe('actual');
  });
});

describe('a start value dated by a part of the year is of that year', () => {
  it('年末城镇调查失业率从上半年5.5%降到5.3% (广西 2026\'s review of 2025): both 2025', () => {
    const f = report(2026, '城镇新增就业42.3万人，年末城镇调查失业率从上半年5.5%降到5.3%。', '城镇新增就业40万人以上。');
    expect(figure(f, '5.5%')).toMatchObject({ status: 'actual', period: '2025' });
    expect(figure(f, '5.3%')).toMatchObject({ status: 'actual', period: '2025' });
  });

  it('由年初的400多万人扩大到年末的1120多万人 (national 2002\'s review of 2001)', () => {
    const f = report(2002, '城市居民最低生活保障的覆盖人数，由年初的400多万人扩大到年末的1120多万人。', '今年拟发行1500亿元长期建设国债。');
    expect(figure(f, '400多万人')).toMatchObject({ status: 'actual', period: '2001' });
  });

  it('a start value with no part of the year stays the year before (由77家增至144家 keeps its rule)', () => {
    const f = report(2026, '高新技术企业由1.2万家增至1.5万家。', '城镇新增就业40万人以上。');
    expect(figure(f, '1.2万家')).toMatchObject({ status: 'actual', period: '2024' });
  });
});

describe('national 1975 (outside the labelled set): a long list after its base year, and 全国解放以来 after 1970', () => {
  const review = '我国农业连续十三年夺得丰收，一九七四年农业总产值预计比一九六四年增长百分之五十一。这充分显示了人民公社制度的优越性。全国解放以来，尽管我国人口增加百分之六十，但粮食增产一点四倍，棉花增产四点七倍。工业总产值一九七四年预计比一九六四年增长一点九倍，主要产品的产量都有大幅度增长，钢增长一点二倍，原煤增长百分之九十一，石油增长六点五倍，发电量增长两倍，化肥增长三点三倍，拖拉机增长五点二倍，棉纱增长百分之八十五，化学纤维增长三点三倍。';
  const f = analyzeReport(`各位代表：\n\n一、一九七四年工作回顾\n\n${review}\n\n二、一九七五年的任务\n\n今年要继续发展农业。\n`).indicators;

  it('比一九六四年 holds to the list\'s tenth item (棉纱增长百分之八十五, 化学纤维增长三点三倍)', () => {
    expect(figure(f, '一点二倍')).toMatchObject({ status: 'actual', period: '1965-1974' });
    expect(figure(f, '百分之八十五')).toMatchObject({ status: 'actual', period: '1965-1974' });
    expect(figure(f, '三点三倍', 1)).toMatchObject({ status: 'actual', period: '1965-1974' });
  });

  it('全国解放以来 dates the growth since 1950', () => {
    expect(figure(f, '百分之六十')).toMatchObject({ status: 'actual', period: '1950-1974' });
    expect(figure(f, '四点七倍')).toMatchObject({ status: 'actual', period: '1950-1974' });
  });
});

describe('a figure dated wholly after the report is a goal, even inside a review', () => {
  it('对实现本世纪末全国工农业年总产值翻两番的宏伟目标…更加充满信心 (national 1984, its review of 1983): target · 2000', () => {
    const f = report(1984, '一年来，我国社会主义物质文明和精神文明的建设健康发展。通过实践，全国各族人民对党的十一届三中全会和十二大确定的路线方针政策更加拥护，对实现本世纪末全国工农业年总产值翻两番的宏伟目标和社会主义事业的光辉前景更加充满信心。', '今年要继续发展农业。');
    expect(figure(f, '两番')).toMatchObject({ status: 'target', period: '2000' });
  });
});

describe('a stock named by 总额 in a plan\'s goals is a level at the plan\'s end', () => {
  const plan = (goals: string): Indicator[] =>
    analyzeReport(`各位代表：\n\n一、2025年工作回顾\n\n地区生产总值增长5.5%。\n\n二、“十五五”时期主要目标任务\n\n${goals}\n\n三、2026年重点工作\n\n城镇新增就业30万人。\n`).indicators;

  it('省属企业资产总额达到2.7万亿元 (甘肃 2026): 2030, like 工业总产值突破1万亿元 beside it', () => {
    const f = plan('国有企业核心功能和核心竞争力明显增强，省属企业资产总额达到2.7万亿元，工业总产值突破1万亿元。');
    expect(figure(f, '2.7万亿元')).toMatchObject({ status: 'target', period: '2030' });
    expect(figure(f, '1万亿元')).toMatchObject({ status: 'target', period: '2030' });
  });

  it('money put in over the plan stays its total (全社会固定资产投资总额达到…)', () => {
    const f = plan('五年全社会固定资产投资总额达到20万亿元。');
    expect(figure(f, '20万亿元')).toMatchObject({ status: 'target', period: '2026-2030' });
  });
});

describe('a paragraph that presents the next plan\'s outline speaks of that plan', () => {
  it('根据《…第十五个五年规划的建议》，我们编制了“十五五”规划纲要（草案）…提出地区生产总值年均增长5%左右 (广西 2026)', () => {
    const review = '过去五年，我们牢记嘱托，推动各项事业取得新的长足发展。经济实力实现新跨越，地区生产总值年均增长4.8%。';
    const outline = '根据《中国共产党广西壮族自治区委员会关于制定国民经济和社会发展第十五个五年规划的建议》，我们编制了“十五五”规划纲要（草案），提交大会审查。《纲要》贯彻落实自治区党委《建议》明确的主要目标，细化提出25项主要指标。经济发展方面，围绕增速、结构、效率提出5项指标，综合考虑各方面因素，兼顾需要与可能，提出地区生产总值年均增长5%左右。';
    const f = analyzeReport(`各位代表：\n\n一、2025年工作回顾\n\n地区生产总值增长5.1%。\n\n二、“十四五”时期发展成就和“十五五”时期主要目标任务\n\n${review}\n\n${outline}\n\n三、2026年重点工作\n\n城镇新增就业40万人。\n`).indicators;
    expect(figure(f, '4.8%')).toMatchObject({ status: 'actual', period: '2021-2025' });
    expect(figure(f, '5%')).toMatchObject({ status: 'target', period: '2026-2030' });
    // The outline's own indicators are a fact about the document, dated by the plan it sets.
    expect(figure(f, '25项')).toMatchObject({ status: 'actual', period: '2026-2030' });
  });
});

describe('当前，… reports the present, but 今年安排 after it is this year\'s plan', () => {
  it('national 2005 (dev): 当前，要把煤矿安全作为突出任务…国务院决定今年安排30亿元建设资金 is a target of 2005', () => {
    const text = readFileSync(join(CORPUS, 'national/2005.txt'), 'utf8');
    const f = analyzeReport(text).indicators.find((i) => i.text === '30亿元' && i.range.start.line === 269);
    expect(f).toMatchObject({ status: 'target', period: '2005' });
  });
});

describe('a comparison of two years holds over the semicolons of a long sentence', () => {
  it('national 1987 (outside the labelled set): １９８６年同１９７８年相比，…；全国城乡居民平均消费水平由１７５元增加到４５０元，…增长８６．９％', () => {
    const review = '１９８６年同１９７８年相比，国民生产总值由３４８０亿元增加到９３８０亿元，按可比价格计算增长１０２％；国民收入由３０１０亿元增加到７７９０亿元，按可比价格计算增长９４．９％；国家财政收入由１１２１亿元增加到２２２０亿元，增长９８％；部门、地方、企业拥有的预算外资金由的３４７亿元增加到１６７０亿元，增长３８１％；全国城乡居民平均消费水平由１７５元增加到４５０元，扣除物价上升因素增长８６．９％。';
    const f = report(1987, review, '今年要继续发展农业。');
    expect(figure(f, '１０２％')).toMatchObject({ status: 'actual', period: '1979-1986' });
    expect(figure(f, '３８１％')).toMatchObject({ status: 'actual', period: '1979-1986' });
    expect(figure(f, '１７５元')).toMatchObject({ status: 'actual', period: '1978' });
    expect(figure(f, '８６．９％')).toMatchObject({ status: 'actual', period: '1979-1986' });
  });
});
