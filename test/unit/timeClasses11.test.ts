import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { Indicator } from '../../src/core';
import { congressYear, SINCE_CONGRESS } from '../../src/core/indicators/congresses';
import { scopeChanges } from '../../src/core/indicators/timeScope';
import { CORPUS } from '../support/expectedOutline';
import { figureByText as figure } from '../support/figures';

/**
 * Period and status classes of session 11 (issue 8, items 3 and 4), each on the real sentence that showed it, quoted
 * exactly, from the dev corpus or outside text.
 */
const corpus = (path: string): Indicator[] => analyzeReport(readFileSync(join(CORPUS, path), 'utf8')).indicators;
/** A provincial report skeleton: a review of last year, then this year's work. */
const report = (year: number, review: string, work: string): Indicator[] =>
  analyzeReport(`各位代表：\n\n现在，我代表省人民政府，向大会报告工作。\n\n一、${year - 1}年工作回顾\n\n${review}\n\n二、${year}年重点工作\n\n${work}\n`).indicators;

describe('the 要 of 越是…越要 is a maxim, no plan', () => {
  it('越是困难越要保住基本民生，全省财政民生支出占一般公共预算支出的81.7% (hebei 2021, dev) is last year\'s fact', () => {
    const f = report(2021, '（六）基本民生得到有力保障。越是困难越要保住基本民生，全省财政民生支出占一般公共预算支出的81.7%。抓好重点群体就业，城镇新增就业85.9万人。', '城镇新增就业80万人以上。');
    expect(figure(f, '81.7%')).toMatchObject({ status: 'actual', period: '2020' });
  });

  it('a plain 要 in this year\'s work stays a goal', () => {
    const f = report(2021, '城镇新增就业85.9万人。', '要保住基本民生，财政民生支出占比保持在80%以上。');
    expect(figure(f, '80%')).toMatchObject({ status: 'target', period: '2021' });
  });
});

describe('since the Nth congress: the years from that congress to the report', () => {
  it('党的十八大以来8次视察河北 (hebei 2021, dev) spans 2012-2021', () => {
    expect(figure(corpus('local/hebei-2021.txt'), '8次')).toMatchObject({ status: 'actual', period: '2012-2021' });
  });

  it('reads the ordinal of 二十大 whole, not as 十大, and leaves records (十八大以来最…) and 人大 alone', () => {
    const ordinals = (s: string): string[] => [...s.matchAll(SINCE_CONGRESS)].map((m) => m[1] as string);
    expect(ordinals('党的二十大以来')).toEqual(['二十']);
    expect(congressYear('二十')).toBe(2022);
    expect(congressYear('十八')).toBe(2012);
    expect(congressYear('八')).toBe(1956);
    expect(ordinals('创党的十八大以来最好水平')).toEqual([]);
    expect(ordinals('十届全国人大以来')).toEqual([]);
  });
});

describe('a year inside the object of 对 does not date the figure', () => {
  it('对１９５４年的灾区，政府继续拨付复堤、修垸经费３亿元 (national 1956, dev, on 1955) is of 1955', () => {
    const f = corpus('national/1956.txt');
    expect(figure(f, '３亿元')).toMatchObject({ period: '1955' });
    expect(figure(f, '１７万辆')).toMatchObject({ period: '1955' });
  });
});

describe('a yearly average after the last year of a review whose paragraph opens with that year', () => {
  it('１９８７年全国进出口总额达到８２７亿美元，平均每年增长１４．７％ (national 1988, dev, under 过去五年…): 1983-1987', () => {
    expect(figure(corpus('national/1988.txt'), '１４．７％')).toMatchObject({ status: 'actual', period: '1983-1987' });
  });

  it('预计2010年，全省生产总值达到2万亿元、年均增长11.7% (河北 2011, outside, under “十一五”时期…成就): the plan\'s years', () => {
    const f = analyzeReport('各位代表：\n\n一、“十一五”时期经济社会发展取得重大成就\n\n——综合经济实力跨上新台阶。积极应对国际金融危机冲击，保持了经济平稳较快发展的良好态势。预计2010年，全省生产总值达到2万亿元、年均增长11.7%。\n\n二、2011年工作安排\n\n今年全省生产总值增长8.5%。\n').indicators;
    expect(figure(f, '2万亿元')).toMatchObject({ status: 'actual', period: '2010' });
    expect(figure(f, '11.7%')).toMatchObject({ status: 'actual', period: '2006-2010' });
  });
});

describe('a sentence that opens with a year and reaches a later one ends at the later year', () => {
  it('1950年全国农民的购买力是八十一亿元，1956年上升到一百九十一亿元… 在五万万多的农民中 (national 1957, dev): 1956, not 1950', () => {
    const f = corpus('national/1957.txt');
    expect(figure(f, '五万万多')).toMatchObject({ period: '1956' });
    expect(figure(f, '三百万人')).toMatchObject({ period: '1956' });
  });

  it('the scope moves to the later year only when the sentence says a level reached then', () => {
    const years = (p: string): string[] => scopeChanges(p, 1957).map((c) => `${c.scope.from}-${c.scope.to}`);
    expect(years('1950年全国农民的购买力是八十一亿元，1956年上升到一百九十一亿元，比1950年增长了136%。在五万万多的农民中，生产增长这样大。')).toEqual(['1950-1950', '1956-1956']);
    expect(years('1950年全国农民的购买力是八十一亿元，比上年增长了百分之十。在五万万多的农民中，生产增长这样大。')).toEqual(['1950-1950']);
  });
});

describe('facts stated inside this year\'s work stay facts', () => {
  const work = (sentence: string): Indicator[] => report(2010, '全省生产总值增长10%。', sentence);

  it('发挥我省拥有487公 里海岸线的优势 (hebei 2010, dev, with the page’s stray space): what the province has, actual and undated', () => {
    const f = work('一是壮大沿海经济。发挥我省拥有487公 里海岸线的优势，实施好秦唐沧地区发展规划。');
    expect(figure(f, '487公 里')).toMatchObject({ status: 'actual', period: null });
  });

  // (Dated the report's year since session 34: a count a relative clause with 已 describes in this year's work stands as
  // the report is given — labels README, "What already is so"; the two hebei 2010 labels were changed from 2009.)
  it('对已精简的319项行政审批事项和清理规范的281项收费项目 (hebei 2010, dev): the 已 holds for both things done', () => {
    const f = work('减少和规范行政审批，对已精简的319项行政审批事项和清理规范的281项收费项目，确保落实，防止反弹。');
    expect(figure(f, '319项')).toMatchObject({ status: 'actual', period: '2010' });
    expect(figure(f, '281项')).toMatchObject({ status: 'actual', period: '2010' });
  });

  it('a count to build in this year\'s work stays a goal (新建和改造的…)', () => {
    const f = work('对新建的50个项目和改造的30个项目，要加强监管。');
    expect(figure(f, '30个')).toMatchObject({ status: 'target', period: '2010' });
  });
});

describe('a present said in passing inside a review of several years speaks for its own sentence', () => {
  it('目前，普通高校在校生比1995年翻了一番。…重点学科由50个增加到75个 (河北 2001, outside, reviewing 九五): the review\'s years again', () => {
    const f = analyzeReport('各位代表：\n\n一、“九五”时期经济社会发展回顾\n\n教育事业发展迅速。完成了现阶段基本普及九年义务教育和扫除青壮年文盲的任务。高中段入学率达到40％。目前，普通高校在校生比1995年翻了一番。重点大学建设成效显著，整体办学水平进一步提高。重点学科由50个增加到75个，新增博士点49个、硕士点171个。\n\n二、2001年工作安排\n\n今年全省生产总值增长9%。\n').indicators;
    expect(figure(f, '75个')).toMatchObject({ status: 'actual', period: '1996-2000' });
    expect(figure(f, '49个')).toMatchObject({ status: 'actual', period: '1996-2000' });
  });

  it('我国人口的平均期望寿命已经达到７０岁左右 after a 现在，… sentence (national 1993, dev): the five years reviewed', () => {
    expect(figure(corpus('national/1993.txt'), '７０岁')).toMatchObject({ status: 'actual', period: '1988-1992' });
  });

  it('with no review around it the present goes on (目前，我们面临的突出问题是，… national 1979, outside)', () => {
    const f = analyzeReport('政府工作报告\n\n——一九七九年六月十八日在第五届全国人民代表大会第二次会议上\n\n各位代表：\n\n一、调整国民经济\n\n目前，我们面临的突出问题是，我国农业的增长还不能适应工业增长的需要。全国重点企业的主要工业产品质量指标和原材料消耗指标分别有百分之四十三和百分之五十五没有恢复到历史最高水平。\n\n二、今年的任务\n\n今年要继续调整。\n').indicators;
    const first = figure(f, '百分之四十三');
    expect(first?.status).toBe('actual');
    expect(first?.period).not.toBeNull();
  });
});

describe('a yearly average is no one year\'s', () => {
  it('去年经济增长8 ．8 ％，…。农村经济全面发展，农业增加值平均每年增长4 ．5 ％ (national 1998, outside, spaced digits as the source has them): the five years reviewed', () => {
    const f = analyzeReport('政府工作报告\n\n——1998年3月5日在第九届全国人民代表大会第一次会议上\n\n各位代表：\n\n一、过去五年政府工作的回顾\n\n通过深化改革，加强和改善宏观调控，既保持了经济的快速增长，又有效地抑制了通货膨胀。去年经济增长8 ．8 ％，商品零售价格涨幅为0 ．8 ％，这种“高增长、低通胀”的良好态势，是多年来没有过的。农村经济全面发展，农业增加值平均每年增长4 ．5 ％。\n\n二、今年的工作\n\n今年经济增长速度8％。\n').indicators;
    expect(figure(f, '8 ．8 ％')).toMatchObject({ status: 'actual', period: '1997' });
    expect(figure(f, '4 ．5 ％')).toMatchObject({ status: 'actual', period: '1993-1997' });
  });
});

describe('things done or under way, counted by what they are, are facts', () => {
  it('已全部或者部分完工並投入生産的有十七項 … 正在施工的有三十四項 (national 1954, outside, its traditional characters kept)', () => {
    const f = report(1954, '工业总产值增长百分之三十。', '一九五四年新建、改建和續建的重大工業建設項目共有三百個，預計在本年內可以有五十一個重大項目完成建設。在蘇聯協助我國建設的一百四十一個項目中，已全部或者部分完工並投入生産的有十七項，包括鞍山鋼鐵公司的大型軋鋼廠、無縫鋼管廠、薄板廠，阜新的海州露天煤礦等；正在施工的有三十四項；其餘都正在設計，不久就可以開始施工。');
    expect(figure(f, '十七項')?.status).toBe('actual');
    expect(figure(f, '三十四項')?.status).toBe('actual');
    expect(figure(f, '五十一個')?.status).toBe('target');
  });
});

describe('这一年 is the year spoken of', () => {
  // 保定 2021 (outside): a review of the 十三五 plan, then paragraphs on 2020 that each open with 这一年.
  const baoding = (paragraph: string): Indicator[] =>
    analyzeReport(`各位代表：\n\n一、“十三五”时期和2020年工作回顾\n\n“十三五”时期，生产总值年均增长6.3%。\n\n${paragraph}\n\n二、2021年工作安排\n\n全市生产总值增长8%以上。\n`).indicators;

  it('这一年，我们聚力推进城市转型，…改造提升主城区主次干道8条（段），打通断头路18条 (保定 2021, outside): 2020, not the plan\'s years', () => {
    const f = baoding('这一年，我们聚力推进城市转型，奔着问题去、迎着困难干，深入开展“三创四建”[24]活动，落实“两城三微五宜”[25]要求，里子面子、软件硬件、城市农村同步推进，全力打造品质为先、宜居宜业新保定。高标准、高效率改造提升主城区主次干道8条（段），打通断头路18条，取缔规范各类市场85个，盛兴中路近20年的“钉子户”成为历史。');
    expect(figure(f, '8条')).toMatchObject({ status: 'actual', period: '2020' });
    expect(figure(f, '85个')).toMatchObject({ status: 'actual', period: '2020' });
  });

  it('咬定“发展是第一要务、项目是第一支撑”，…与182批次央企…深度对接 (保定 2021, outside): 要务 is a noun, no plan', () => {
    const f = baoding('这一年，我们咬定“发展是第一要务、项目是第一支撑”，聚焦“医车电数游”五大优势产业，实施“双千工程”[23]，招商引资上项目热潮涌起，与182批次央企、京企、深企、外企深度对接，入库项目1776项、拟利用资金1.7万亿元，一批新的经济增长点正在加速形成。');
    expect(figure(f, '182批次')).toMatchObject({ status: 'actual', period: '2020' });
    expect(figure(f, '1776项')).toMatchObject({ status: 'actual', period: '2020' });
  });

  it('in this year\'s work it stays this year (这一年发展国民经济的主要任务…, national 1958, outside)', () => {
    const f = analyzeReport('各位代表：\n\n一、1957年工作回顾\n\n工业总产值增长百分之十。\n\n二、1958年的任务\n\n一九五八年是我国第二个五年计划的第一年。这一年发展国民经济的主要任务，是促进农业生产的高潮。计划规定，仅中央各部，在这一年将有三百七十二种重要的新产品进行试制。\n').indicators;
    expect(figure(f, '三百七十二种')).toMatchObject({ status: 'target', period: '1958' });
  });
});

describe('a plan that names projects does not date the figure', () => {
  it('开展重点建设项目“强引领·增动能”行动，提前实施“十四五”后期项目，…确保省市重点项目完成投资8500亿元以上 (河北 2023, outside; the page splits “十四五” over three lines): this year\'s goal', () => {
    const f = report(2023, '全省生产总值增长3.8%。', '积极扩大有效投资。开展重点建设项目“强引领·增动能”行动，提前实施“十四五”后期项目，加快曹妃甸大宗商品储运基地等一批重大基础设施建设，抓好抽水蓄能电站等一批新型能源项目，推动邯郸高纯电子气体等一批战略性新兴产业项目投产达效，确保省市重点项目完成投资8500亿元以上。');
    expect(figure(f, '8500亿元')).toMatchObject({ status: 'target', period: '2023' });
  });

  it('a plan that is the time still dates it (“十四五”时期…森林覆盖率达到…)', () => {
    const f = report(2023, '全省生产总值增长3.8%。', '“十四五”时期，全省森林覆盖率达到36.5%。');
    expect(figure(f, '36.5%')).toMatchObject({ status: 'target', period: '2025' });
  });
});

describe('a change restated in other units (，即增加…) keeps the time and status of the figure it restates', () => {
  it('我国的工业总产值增长一点二倍，即增加三百三十三亿元 (national 1957, dev): the plan\'s years, a target like the growth', () => {
    const f = corpus('national/1957.txt');
    expect(figure(f, '三百三十三亿元')).toMatchObject({ status: 'target', period: '1953-1957' });
    expect(figure(f, '一百二十七亿六千万元')).toMatchObject({ status: 'target', period: '1953-1957' });
  });

  it('a level restated as a growth is not the same time (一九五七年已经有四十四万人，即增加一倍多, national 1959, dev)', () => {
    expect(figure(corpus('national/1959.txt'), '一倍', 2)).toMatchObject({ status: 'actual', period: '1953-1957' });
  });
});

describe('一年多来 opening a sentence is last year\'s review, as 一年来 is', () => {
  it('一年多来，我国领导人访问了五大洲的五十多个国家。我们也接待了三十多个国家的领导人来访。 (national 1979, outside): both 1978', () => {
    const f = analyzeReport('政府工作报告\n\n——一九七九年六月十八日在第五届全国人民代表大会第二次会议上\n\n各位代表：\n\n一、国际形势和我国的对外政策\n\n一年多来，我国领导人访问了五大洲的五十多个国家。我们也接待了三十多个国家的领导人来访。\n').indicators;
    expect(figure(f, '五十多个')).toMatchObject({ status: 'actual', period: '1978' });
    expect(figure(f, '三十多个')).toMatchObject({ status: 'actual', period: '1978' });
  });

  it('钢铁工业…增产小型材、线材、薄板、焊管等短线钢材200多万吨 after 一年多来，… (national 1980, dev): 1979', () => {
    expect(figure(corpus('national/1980.txt'), '200多万吨')).toMatchObject({ status: 'actual', period: '1979' });
  });
});
