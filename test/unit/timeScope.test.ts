import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { Indicator } from '../../src/core';
import { arabicYears, headingScopes, planSpan, scopeChanges, scopeOfTitle } from '../../src/core/indicators/timeScope';
import { statusOf } from '../../src/core/indicators/figureTime';
import { explicitTime } from '../../src/core/indicators/explicitTime';
import { CORPUS } from '../support/expectedOutline';

const read = (p: string): string => readFileSync(join(CORPUS, p), 'utf8');
const onLine = (figures: readonly Indicator[], line: number): Indicator[] => figures.filter((f) => f.range.start.line === line);
/** The figures of a corpus report on the first line that holds `needle`. */
const figuresOnLine = (file: string, needle: string): Indicator[] => {
  const text = read(file);
  return onLine(analyzeReport(text).indicators, text.split('\n').findIndex((l) => l.includes(needle)));
};

describe('the report year, when the title block has no date', () => {
  // Session 27: the sealed national reports 1983, 1994, 2000 and 2003 that stood here gave way to dev reports of the
  // same classes (congress and session named, a part 一 reviewing the year before in full-width or ASCII digits,
  // 过去五年工作回顾); 1978 and 2006 stay, each the one witness of its class (below).
  it.each([
    ['national/1955.txt', 1955], // 向第一届全国人民代表大会第二次会议…
    ['national/1959.txt', 1959],
    // Sealed, kept: no dev report names its congress without a session (向第五届全国人民代表大会作政府工作报告).
    ['national/1978.txt', 1978],
    ['national/1956.txt', 1956], // 向第一届全国人民代表大会第三次会议提出关于１９５５年…
    ['national/1957.txt', 1957],
    ['national/1988.txt', 1988], // 第六届全国人民代表大会期间 … reviewed → the next congress
    ['national/1997.txt', 1997], // 一、１９９６年国内工作的回顾 (the year reviewed is the year before)
    ['national/2005.txt', 2005], // 一、过去一年工作回顾 / 2004年…
    ['national/2008.txt', 2008], // 一、 过去五年工作回顾
    ['national/2015.txt', 2015], // 一、2014年工作回顾
    // Sealed, kept: the one witness of a year-less review opening with last year (一、去年工作回顾 / 2005年，我国…): the
    // dev national 2005 has 一、过去一年工作回顾 / 2004年… but its plan heading (二、2005年工作总体部署) and tense vouch for 2005
    // too, so the rule (reportYear.ts, 去年|上年|过去一年 …回顾) can be switched off there without a failure.
    ['national/2006.txt', 2006],
    ['national/1982.txt', 1982], // 在五届人大四次会议上，国务院…提出了… (1981): a later session
    ['national/1993.txt', 1993], // 从第七届全国人民代表大会第一次会议，到这次大会的召开 → the eighth congress
    ['national/1980.txt', 1980], // 1980年计划正在顺利执行 … 二、1981年国民经济计划的任务: made late in 1980
  ])('%s was delivered in %i', (file, year) => {
    expect(analyzeReport(read(file)).meta.year).toBe(year);
  });

  it('stays unknown rather than guessed when nothing in the text dates the report', () => {
    const undated = read('national/1982.txt').replace('在五届人大四次会议上，', '');
    expect(analyzeReport(undated).meta.year).toBeNull();
  });

  it('falls back on the one year a report reviews far more than any other (1988 without its congress)', () => {
    const y1988 = read('national/1988.txt').replace('第六届全国人民代表大会期间，国务院', '五年来，国务院');
    expect(analyzeReport(y1988).meta.year).toBe(1988); // １９８７年 9 times, １９８２年 3
  });

  it('takes a late-year report to present next year\'s plan: the plan drawn up this year, not the heading\'s year', () => {
    // Either sentence alone of the 1980 opening dates it; without both, the heading (二、1981年…计划) would say 1981.
    const running = read('national/1980.txt').replace('国务院确定，今年提前制定1981年国民经济计划', '国务院确定');
    expect(analyzeReport(running).meta.year).toBe(1980);
    const drawnUp = read('national/1980.txt').replace('1980年计划正在顺利执行', '1980年计划执行情况良好');
    expect(analyzeReport(drawnUp).meta.year).toBe(1980);
    const neither = drawnUp.replace('国务院确定，今年提前制定1981年国民经济计划', '国务院确定');
    expect(analyzeReport(neither).meta.year).toBe(1981);
  });

  // Openings of national reports outside the corpus (the same Wikisource scrape), quoted as written.
  it.each([
    ['1954', '各位代表：\n\n我們第一届全國人民代表大會第一次會議，在聽了劉少奇同志\n關於憲法草案的報告\n並進行了三天的討論以後，已經光榮地完成了一件歷史性的工作。現在，我代表中央人民政府作工作報告。\n', 1954],
    ['1979', '各位代表：\n\n　　现在，我受国务院的委托，向全国人民代表大会报告政府工作。\n\n一、伟大的历史性转变\n\n　　从去年三月第五届全国人民代表大会第一次会议闭幕到我们这次会议召开，已经一年零三个月了。\n', 1979],
    ['1981', '各位代表：\n\n　　从去年９月第五届全国人民代表大会第三次会议到现在，已经过去了一年零两个月。\n', 1981],
    ['1986', '各位代表：\n\n　　现在，我代表国务院，向大会作关于我国国民经济和社会发展第七个五年计划的报告，请审议。\n\n一、“六五”计划执行情况的回顾\n\n　　六五期间…\n\n二、“七五”时期的基本任务和主要建设方针\n\n　　…\n', 1986],
    ['2001', '各位代表：\n\n一、“九五”时期国民经济和社会发展的回顾\n\n　　“九五”计划的主要目标胜利实现。\n\n二、“十五”期间的奋斗目标和指导方针\n\n　　…\n', 2001],
    ['1987', '各位代表：\n\n一、当前国内形势和基本任务\n\n　　１９８６年是开始执行第七个五年计划并取得显著成就的一年。\n\n　　国务院经过认真研究，确定１９８７年经济体制改革的主要任务是：增强企业活力。\n\n　　１９８７年，我们要继续扩大对外开放。\n', 1987],
  ])('dates the %s report from its opening alone', (_label, text, year) => {
    expect(analyzeReport(text).meta.year).toBe(year);
  });

  it('does not guess from the tense of years that disagree', () => {
    const text = '各位代表：\n\n一、形势\n\n　　１９８６年是取得显著成就的一年。\n\n　　１９８８年，我们要继续扩大对外开放。\n';
    expect(analyzeReport(text).meta.year).toBeNull();
  });

  it('never dates a local report by a city congress session it recalls', () => {
    expect(analyzeReport('各位代表：\n\n在市十六届人大四次会议上，我们提出了…\n').meta.year).toBeNull();
  });
});

describe('five-year plans and Chinese-numeral years', () => {
  it('knows the span of every plan, including the gap before the third', () => {
    expect(planSpan(1)).toEqual([1953, 1957]);
    expect(planSpan(2)).toEqual([1958, 1962]);
    expect(planSpan(3)).toEqual([1966, 1970]);
    expect(planSpan(6)).toEqual([1981, 1985]);
    expect(planSpan(14)).toEqual([2021, 2025]);
    expect(planSpan(15)).toEqual([2026, 2030]);
  });

  it('reads 一九八二年 as 1982 without moving any offset', () => {
    const s = '一九八二年比一九七八年增长';
    expect(arabicYears(s)).toBe('1982年比1978年增长');
    expect(arabicYears(s)).toHaveLength(s.length);
    expect(arabicYears('三五年')).toBe('三五年');
  });
});

describe('headings and sentence openings set the time the figures speak of', () => {
  it('dates review, plan and this-year headings of a 2026 report', () => {
    expect(scopeOfTitle('2025年工作回顾', 2026)).toMatchObject({ status: 'actual', from: 2025, to: 2025 });
    expect(scopeOfTitle('“十四五”时期发展成就', 2026)).toMatchObject({ status: 'actual', from: 2021, to: 2025 });
    expect(scopeOfTitle('“十五五”时期主要目标和重大举措', 2026)).toMatchObject({ status: 'target', from: 2026, to: 2030, plan: true });
    expect(scopeOfTitle('2026年重点工作', 2026)).toMatchObject({ status: 'target', from: 2026, to: 2026 });
    // A heading that reviews one plan and sets the next decides nothing: its paragraphs do.
    expect(scopeOfTitle('“十四五”时期发展成就和“十五五”时期主要目标任务', 2026)).toBeNull();
  });

  it('changes the scope at a sentence that opens with a time, not at a year in the middle of one', () => {
    const p = '各位代表！2025年，目标任务顺利完成。五年来，我们牢记嘱托，地区生产总值年均增长5.2％。按2010年价格计算，总量翻番。';
    const changes = scopeChanges(p, 2026);
    expect(changes.map((c) => [c.scope.from, c.scope.to])).toEqual([
      [2025, 2025],
      [2021, 2025],
    ]);
  });

  it('reads a paragraph that needs no conversion alike when the caller says so (plain), vocative and targets list too', () => {
    const p = '各位代表！2025年，目标任务顺利完成。五年来，我们牢记嘱托，地区生产总值年均增长5.2％。按2010年价格计算，总量翻番。';
    expect(scopeChanges(p, 2026, true)).toEqual(scopeChanges(p, 2026));
    // The seed's main-targets paragraph (主要预期目标是：…), which needs no conversion either.
    const targets = read('000_4ff7010d533e2b03.txt').split('\n')[154] as string;
    expect(targets).toContain('主要预期目标');
    expect(scopeChanges(targets, 2021, true)).toEqual(scopeChanges(targets, 2021));
    expect(scopeChanges(targets, 2021)[0]?.scope).toMatchObject({ status: 'target', from: 2021, to: 2021, targetsList: true });
  });

  it('makes every figure of the seed’s main-targets paragraph a 2021 target, 高于上年 notwithstanding', () => {
    const figures = onLine(analyzeReport(read('000_4ff7010d533e2b03.txt')).indicators, 154);
    expect(figures.length).toBeGreaterThanOrEqual(10);
    for (const f of figures) expect([f.text, f.status, f.period]).toEqual([f.text, 'target', '2021']);
    const prices = figures.find((f) => f.name?.includes('居民消费价格'));
    expect(prices).toMatchObject({ text: '3%', qualifier: '左右', status: 'target' });
  });

  it('dates a plan’s growth over its span and a level to reach at its end (陕西 2026, “十五五” goals)', () => {
    const figures = analyzeReport(read('local/陕西省-2026.txt')).indicators;
    const growth = onLine(figures, 38).find((f) => f.text === '5％');
    const share = onLine(figures, 38).find((f) => f.text === '9.5％');
    expect(growth).toMatchObject({ status: 'target', period: '2026-2030' });
    expect(share).toMatchObject({ status: 'target', period: '2030' });
  });

  it('dates last year’s figures by “刚刚过去的2017年” inside a five-year review (national 2018)', () => {
    const gdp = onLine(analyzeReport(read('national/2018.txt')).indicators, 23).find((f) => f.text === '6.9%');
    expect(gdp).toMatchObject({ name: '国内生产总值', status: 'actual', period: '2017' });
  });

  it('gives the start value of 由…增加到… the year before the stretch reviewed (陕西 2026, 五年来)', () => {
    const from = onLine(analyzeReport(read('local/陕西省-2026.txt')).indicators, 31).find((f) => f.text === '1795亿元');
    expect(from).toMatchObject({ status: 'actual', period: '2020' });
  });
});

describe('time cues a sentence opens with, and plan words inside a review', () => {
  it('a discourse lead-in does not hide the year that follows it (这里还要着重指出的是，在刚刚过去的1987年，…)', () => {
    const file = 'national/1988.txt';
    const figures = figuresOnLine(file, '这里还要着重指出的是');
    expect(figures.length).toBeGreaterThan(3);
    for (const f of figures.slice(0, 4)) expect(f.period, f.text).toBe('1987');
  });

  it('a sentence that opens with a span of years dates what follows it in the paragraph', () => {
    const text = '1982年政府工作报告\n一、关于经济形势\n从一九七九年到一九八一年，国家财政收入年均增长百分之三。职工工资总额增加三百亿元。\n';
    expect(analyzeReport(text).indicators.map((f) => f.period)).toEqual(['1979-1981', '1979-1981']);
  });

  it('现在，… dates what follows by the report’s own year, in a five-year review (1988: 现在，同我国建交的国家已经达到135个)', () => {
    const file = 'national/1988.txt';
    const figures = figuresOnLine(file, '同我国建交的国家已经达到');
    const countries = figures.find((f) => f.text === '１３５个');
    expect(countries).toMatchObject({ status: 'actual', period: '1988' });
  });

  it('a past year’s plan quoted in a review is a target, and its outcome the fact (一九八一年计划为…，实际达到…)', () => {
    const file = 'national/1982.txt';
    const figures = figuresOnLine(file, '一九八一年计划为百分之三点七');
    const planned = figures.find((f) => f.text === '百分之三点七');
    const achieved = figures.find((f) => f.text === '百分之四点六');
    expect(planned?.status).toBe('target');
    expect(achieved?.status).toBe('actual');
  });

  it('this year’s plan after last year’s deed in one sentence is a target again (去年已经…，今年要扩大到511户)', () => {
    const file = 'national/1997.txt';
    const figures = figuresOnLine(file, '今年要扩大到５１１户');
    expect(figures.find((f) => f.text === '５１１户')?.status).toBe('target');
  });
});

describe('older comparisons and dated subjects (national 1957)', () => {
  const file = 'national/1957.txt';
  const lines = read(file).split('\n');
  const figures = analyzeReport(read(file)).indicators;
  const on = (needle: string) => onLine(figures, lines.findIndex((l) => l.includes(needle)));

  it('a year dates the clause when a noun phrase follows its 年的 (1957年的工业总产值比1956年将增长…)', () => {
    const plan = on('1957年的工业总产值比1956年将增长');
    const growth = plan.find((f) => f.text === '百分之四点五');
    expect(growth?.period).toBe('1957');
  });

  it('a sentence opening with this year’s subject compared with last year is this year’s plan, in a review part (1957年的国家预算收入比1956年增长…)', () => {
    const budget = on('1957年的国家预算收入比1956年增长').find((f) => f.text === '百分之二');
    expect(budget).toMatchObject({ status: 'target', period: '1957' });
  });

  it('a comparison that opens the sentence spans the years after its base (1956年比1950年，棉布供应增加了两倍)', () => {
    const multiples = on('1956年比1950年，棉布供应增加了两倍').filter((f) => f.unit === '倍');
    expect(multiples.length).toBeGreaterThanOrEqual(4);
    for (const f of multiples) expect(f.period, f.text).toBe('1951-1956');
  });

  it('reads the traditional 較 of a comparison base like 较 (較1955年增長16%: the growth of 1956)', () => {
    const handicraft = on('較1955年增長').find((f) => f.unit === '%');
    expect(handicraft?.period).toBe('1956');
  });
});

describe('spans, breakdowns and counts back in time', () => {
  const figuresOf = (file: string) => {
    const lines = read(file).split('\n');
    const figures = analyzeReport(read(file)).indicators;
    return (needle: string) => onLine(figures, lines.findIndex((l) => l.includes(needle)));
  };

  it('从1951年到1957年 dates the totals after it by the whole span, and 从1932年到1936年五年间 is not the five years before the report', () => {
    const on = figuresOf('national/1957.txt');
    const schooling = on('从1951年到1957年').find((f) => f.text === '四十九亿元');
    expect(schooling?.period).toBe('1951-1957');
    const grain = on('从1932年到1936年').find((f) => f.text === '一万三千亿斤');
    expect(grain?.period).toBe('1932-1936');
  });

  it('a sentence opening with 其中 takes the time of the sentence it breaks down (national 1959: 一九五七年 … 其中，工业总产值达到了…)', () => {
    const on = figuresOf('national/1959.txt');
    const industry = on('其中，工业总产值达到了').find((f) => f.text === '六百五十亿二千万元');
    expect(industry?.period).toBe('1957');
  });

  it('an increment over a base year that opens the sentence spans the years after it (例如，一九五七年比一九五二年，钢增加了四百万吨)', () => {
    const steel = figuresOf('national/1959.txt')('钢增加了四百万吨').find((f) => f.text === '四百万吨');
    expect(steel?.period).toBe('1953-1957');
  });

  it('N年前 counts back from the last year reported (相当于5年前1.5个百分点, in the 2016 report: 2010)', () => {
    const on = figuresOf('national/2016.txt');
    const before = on('相当于5年前');
    expect(before.find((f) => f.text === '1.5个百分点')?.period).toBe('2010');
    expect(before.find((f) => f.text === '2.5个百分点')?.period).toBe('2005');
  });

  it('the counts of a plan’s indicators are facts about the plan, dated by its span; its unemployment cap spans it too (辽宁 2026)', () => {
    const on = figuresOf('local/辽宁省-2026.txt');
    const outline = on('提出6项指标');
    expect(outline.find((f) => f.text === '6项')).toMatchObject({ status: 'actual', period: '2026-2030' });
    expect(outline.find((f) => f.text === '5.5%')).toMatchObject({ status: 'target', period: '2026-2030' });
  });

  it('a goal dated in Chinese numerals (到一九六七年…分别达到四百斤) is a target, and 预期性指标19项 a fact about the plan', () => {
    const yields = figuresOf('national/1959.txt')('到一九六七年在全国三类地区分别达到').find((f) => f.text === '四百斤');
    expect(yields).toMatchObject({ status: 'target', period: '1967' });
    const kinds = figuresOf('local/辽宁省-2026.txt')('其中预期性指标19项');
    expect(kinds.find((f) => f.text === '19项')).toMatchObject({ status: 'actual', period: '2026-2030' });
  });

  it('time carries over a semicolon (去年达到1.09万亿斤…；农民人均纯收入达到5919元), and 比五年前 is a base of five years', () => {
    const on = figuresOf('national/2011.txt');
    expect(on('农民人均纯收入达到5919元').find((f) => f.text === '5919元')?.period).toBe('2010');
    expect(on('比五年前增加5800多亿元').find((f) => f.text === '5800多亿元')?.period).toBe('2006-2010');
  });

  it('从去年的2.1%提高到2.3%: last year dates the start value only; the end is this year’s target (national 2015)', () => {
    const deficit = figuresOf('national/2015.txt')('赤字率从去年的2.1%提高到2.3%');
    expect(deficit.find((f) => f.text === '2.1%')).toMatchObject({ status: 'actual', period: '2014' });
    expect(deficit.find((f) => f.text === '2.3%')).toMatchObject({ status: 'target', period: '2015' });
  });

  it('a plan’s completion rate so far this year is a fact of the plan’s year (national 1956: 到5月份为止…完成年计划27%)', () => {
    const progress = figuresOf('national/1956.txt')('完成年计划２７％').find((f) => f.text === '２７％');
    expect(progress).toMatchObject({ status: 'actual', period: '1956' });
  });

  it('其中 after a sentence that only mentions a year (充分考虑了2035年…) keeps the plan’s span (jiangxi 2026)', () => {
    const gdp = figuresOf('local/jiangxi-2026.txt')('其中地区生产总值年均增长5%左右').find((f) => f.text === '5%');
    expect(gdp).toMatchObject({ status: 'target', period: '2026-2030' });
  });

  it('an average over N years ends at the latest year the sentence names (1982: 一九八二年预计…，两年平均每年递增百分之五点三)', () => {
    const two = figuresOf('national/1982.txt')('两年平均每年递增百分之五点三').find((f) => f.text === '百分之五点三');
    expect(two?.period).toBe('1981-1982');
  });

  it('a rank that climbs (从全国第13位升至第5位) is a start value: the year before the stretch reviewed (安徽 2026)', () => {
    const ranks = figuresOf('local/安徽省-2026.txt')('从全国第13位升至第5位');
    expect(ranks.find((f) => f.text === '第13位')).toMatchObject({ period: '2020' });
    expect(ranks.find((f) => f.text === '第5位')).toMatchObject({ period: '2021-2025' });
  });

  it('a list of start values (分别从每人每月209元、280元提高到217元、290元) are all start values: facts of last year (guangdong 2026)', () => {
    const allowances = figuresOf('local/guangdong-2026.txt')('分别从每人每月209元、280元提高到');
    for (const text of ['209元', '280元']) expect(allowances.find((f) => f.text === text), text).toMatchObject({ status: 'actual', period: '2025' });
    for (const text of ['217元', '290元']) expect(allowances.find((f) => f.text === text), text).toMatchObject({ status: 'target', period: '2026' });
  });

  it('a cue word read across a word boundary (项目前期 is no 目前, 实现有效 no 现有) does not make this year’s goal a fact (安徽 2026)', () => {
    const goal = figuresOf('local/安徽省-2026.txt')('全年开工重点项目2000个以上').find((f) => f.text === '2000个');
    expect(goal).toMatchObject({ status: 'target', period: '2026' });
  });

  it('由上年下降2.3%转为增长8.5%: the start is last year’s; 面向2030年的…项目 names projects and dates nothing (national 2017)', () => {
    const profits = figuresOf('national/2017.txt')('由上年下降2.3%转为增长8.5%');
    expect(profits.find((f) => f.text === '2.3%')).toMatchObject({ status: 'actual', period: '2015' });
    expect(profits.find((f) => f.text === '8.5%')).toMatchObject({ period: '2016' });
    const zones = figuresOf('national/2017.txt')('新设6个国家自主创新示范区').find((f) => f.text === '6个');
    expect(zones?.period).toBe('2016');
  });
});

describe('a five-year review and next years’ goals (national 2008)', () => {
  const file = 'national/2008.txt';
  const figures = analyzeReport(read(file)).indicators;
  const lineOf = (needle: string): number => read(file).split('\n').findIndex((l) => l.includes(needle));

  it('a span the figure is compared with (是1950年到2002年53年的总和) neither dates the figures after it nor reads as a goal 到2002年', () => {
    const after = onLine(figures, lineOf('是1950年到2002年53年的总和')).filter((f) => ['19.2万公里', '6100公里', '4.94亿户'].includes(f.text));
    expect(after).toHaveLength(3);
    for (const f of after) expect([f.text, f.status, f.period]).toEqual([f.text, 'actual', '2003-2007']);
  });

  it('a base year named earlier in the sentence holds for later growth (2007年，…比2002年增长65.5%，年均增长10.6%，…增长1.71倍)', () => {
    const line = onLine(figures, lineOf('比2002年增长65.5%'));
    for (const text of ['65.5%', '10.6%', '1.71倍']) expect(line.find((f) => f.text === text)?.period, text).toBe('2003-2007');
  });

  it('a start value takes the start or base year its sentence named (由2002年7703元…，…由2476元增加到…; 比2002年…，从世界第六位上升到第四位)', () => {
    expect(onLine(figures, lineOf('农村居民人均纯收入由2476元')).find((f) => f.text === '2476元')?.period).toBe('2002');
    expect(onLine(figures, lineOf('比2002年增长65.5%')).find((f) => f.text === '第六位')?.period).toBe('2002');
  });

  it('五年 before the work it totals (五年全国新增城镇就业5100万人) is the five years reviewed', () => {
    const jobs = onLine(figures, lineOf('五年全国新增城镇就业')).find((f) => f.text === '5100万人');
    expect(jobs).toMatchObject({ status: 'actual', period: '2003-2007' });
  });

  it('an increment over a base year (2007年参保人数突破2亿人，比2002年增加5400多万人) spans the years after the base', () => {
    const added = onLine(figures, lineOf('比2002年增加5400多万人')).find((f) => f.text === '5400多万人');
    expect(added).toMatchObject({ status: 'actual', period: '2003-2007' });
  });

  it('用两年时间 dates a level to reach at the end of the two years (筹资标准由每人每年50元提高到100元 → 2009)', () => {
    const line = onLine(figures, lineOf('用两年时间将筹资标准'));
    expect(line.find((f) => f.text === '100元')).toMatchObject({ status: 'target', period: '2009' });
    expect(line.find((f) => f.text === '80元')).toMatchObject({ status: 'target', period: '2009' });
  });

  it('从今年1月1日起 opens this year’s plan, not news of this year so far (三是从今年1月1日起，再连续三年提高…)', () => {
    const changes = scopeChanges('三是从今年1月1日起，再连续三年进一步提高企业退休人员基本养老金。', 2008);
    expect(changes[0]?.scope).toMatchObject({ status: 'target', from: 2008, to: 2008 });
    const streak = onLine(figures, lineOf('三是从今年1月1日起')).find((f) => f.text === '三年');
    expect(streak?.status).toBe('target');
  });
});

describe('comparisons and the present in a 1990s review (national 1993, dated by a title line)', () => {
  const lines = read('national/1993.txt').split('\n');
  const paragraphOf = (needle: string): string => (lines.find((l) => l.includes(needle)) ?? '').trim();
  const analyse = (paragraph: string) => analyzeReport(`1993年政府工作报告\n一、过去五年的回顾\n${paragraph}\n`).indicators;

  it('a comparison of two years holds over the semicolons of its sentence (１９９２年同１９８７年相比，钢产量增长…；原煤产量增长…)', () => {
    const figures = analyse(paragraphOf('１９９２年同１９８７年相比，钢产量增长'));
    for (const text of ['百分之四十二', '百分之二十', '百分之四十六']) expect(figures.find((f) => f.text === text)?.period, text).toBe('1988-1992');
    const income = analyse(paragraphOf('城镇居民人均生活费收入增加９１０元'));
    for (const text of ['９１０元', '３２１元']) expect(income.find((f) => f.text === text)?.period, text).toBe('1988-1992');
  });

  it('现已, 现有的 date a figure by the report’s own year (现已吸纳农村劳动力１亿多人, 比现有的８６个减少２７个)', () => {
    const figures = analyse(paragraphOf('现已吸纳农村劳动力'));
    expect(figures.find((f) => f.text === '１亿多人')?.period).toBe('1993');
    const bodies = analyse(paragraphOf('比现有的８６个减少'));
    expect(bodies.find((f) => f.text === '８６个')?.period).toBe('1993');
  });
});

describe('the plan in force and counts of years in the 1950s (national 1957, 1959)', () => {
  it('前三年 is the first three years of the plan in force (我国的工业总产值…在五年计划的前三年共增加了一百七十七亿元)', () => {
    const figures = figuresOnLine('national/1957.txt', '在五年计划的前三年共增加了');
    expect(figures.find((f) => f.text === '一百七十七亿元')?.period).toBe('1953-1955');
    expect(figures.find((f) => f.text === '一百五十万吨')?.period).toBe('1953-1955');
  });

  it('第一个五年期间 and 第一个五年合计 name the first plan, not five years from the report (1957)', () => {
    const figures = figuresOnLine('national/1957.txt', '第一个五年期间铁路共新建');
    expect(figures.find((f) => f.text === '8,500公里')?.period).toBe('1953-1957');
    expect(figures.find((f) => f.text === '一千六百三十万吨')?.period).toBe('1953-1957');
  });

  it('在四年中间 ends at the latest year named before it (1952年…，1956年提高到610元。在四年中间，提高了将近37%)', () => {
    const figures = figuresOnLine('national/1957.txt', '在四年中间');
    expect(figures.find((f) => f.text === '37%')?.period).toBe('1953-1956');
  });

  it('the last comparison of two years in a sentence dates what follows it (…；而一九五八年比一九五七年，钢增加了五百七十三万吨)', () => {
    const figures = figuresOnLine('national/1959.txt', '而一九五八年比一九五七年，钢增加了');
    expect(figures.find((f) => f.text === '五百七十三万吨')?.period).toBe('1958');
  });

  it('学前三年 is a stage of schooling, not the first years of a plan (hailar 2019: 学前三年入园率…达到96.4%)', () => {
    const figures = figuresOnLine('local/hailar-2019.txt', '学前三年入园率');
    expect(figures.find((f) => f.text === '96.4%')?.period).toBe('2018');
  });
});

describe('spans named around the figure in a plan report (national 1982)', () => {
  const lines = read('national/1982.txt').split('\n');
  const figures = analyzeReport(lines.join('\n')).indicators;
  const on = (needle: string): Indicator[] => onLine(figures, lines.findIndex((l) => l.includes(needle)));

  it('从一九八一年到本世纪末…翻两番 runs from the year named to 2000', () => {
    expect(on('从一九八一年到本世纪末的二十年内').find((f) => f.unit === '番')?.period).toBe('1981-2000');
  });

  it('a fact foreseen in the plan’s part (五年内大学毕业生共一百五十万人) is about the plan’s five years', () => {
    expect(on('五年内大学毕业生共').find((f) => f.text === '一百五十万人')?.period).toBe('1981-1985');
  });

  it('a span the figure equals a multiple of (等于一九五三年到一九八○年…的二点六倍) does not date it', () => {
    expect(on('等于一九五三年到一九八○年').find((f) => f.text === '二点六倍')?.period).toBe('1981-1985');
  });

  it('在一九七一年到一九八○年的十年间 is that span, not the ten years before the report', () => {
    expect(on('在一九七一年到一九八○年的十年间').find((f) => f.text === '一倍')?.period).toBe('1971-1980');
  });
});

describe('headings that review several years and name none alone', () => {
  const firstScopes = (file: string) => {
    const report = analyzeReport(read(file));
    return headingScopes(report.outline, report.meta).slice(0, 3);
  };

  it('一、过去五年工作回顾 marks its part and what inherits from it (national 2008)', () => {
    const [part, first] = firstScopes('national/2008.txt');
    expect(part).toMatchObject({ reviewOfYears: true, scope: { status: 'actual', from: 2003, to: 2007 } });
    expect(first?.reviewOfYears).toBe(true);
  });

  it('“十三五”时期和2020年工作回顾 also reviews the year, and so do its sections that name only the plan (seed)', () => {
    const scopes = firstScopes('000_4ff7010d533e2b03.txt');
    expect(scopes[0]?.scope).toMatchObject({ status: 'actual', from: 2016, to: 2020 });
    for (const s of scopes) expect(s.reviewOfYears).toBe(false);
  });
});

describe('a mid-year report on how the year has gone so far (national 1956)', () => {
  it('比上年同期增长…, in 本年１——５月份 of this year’s plan part, is a fact of the report’s year', () => {
    const figures = figuresOnLine('national/1956.txt', '比上年同期增长３３．３％');
    expect(figures.find((f) => f.text === '３３．３％')).toMatchObject({ status: 'actual', period: '1956' });
  });
});

describe('the goal a fact is measured against (national 2017)', () => {
  it('低于13%左右的预期目标: the 13% is last year\'s goal, the 11.3% the fact', () => {
    const figures = figuresOnLine('national/2017.txt', '低于13%左右的预期目标');
    expect(figures.find((f) => f.text === '13%')).toMatchObject({ status: 'target', period: '2016' });
    expect(figures.find((f) => f.text === '11.3%')?.status).toBe('actual');
  });
});

describe('a past plan quoted in a review (原定)', () => {
  it('超过原定计划四百二十七亿四千万元: the planned figure is a target, the excess over it a fact (national 1959)', () => {
    const figures = figuresOnLine('national/1959.txt', '超过原定计划四百二十七亿四千万元');
    expect(figures.find((f) => f.text === '四百二十七亿四千万元')?.status).toBe('target');
    expect(figures.find((f) => f.text === '四百九十三亿元')?.status).toBe('actual');
  });
});

describe('the accounts of the year before (national 1956: １９５５年国家决算…)', () => {
  const lines = read('national/1956.txt').split('\n');
  const figures = analyzeReport(lines.join('\n')).indicators;
  const on = (needle: string): Indicator[] => onLine(figures, lines.findIndex((l) => l.includes(needle)));

  it('本年 in the accounts of a year reviewed is that year (占本年支出的４６．８９％)', () => {
    expect(on('共占本年支出的４６．８９％').find((f) => f.text === '４６．８９％')?.period).toBe('1955');
  });

  it('a year after 原定 is the plan’s figure compared with, not the figure’s own (比五年计划原定１９５７年３，８５６亿斤的水平超过１３３亿斤)', () => {
    expect(on('比五年计划原定１９５７年３，８５６亿斤').find((f) => f.text === '１３３亿斤')?.period).toBe('1956');
  });
});

describe('growth between two years set side by side (national 1959)', () => {
  it('一九五二年有十九万人，到了一九五七年已经有四十四万人，即增加一倍: 1953-1957', () => {
    const figures = figuresOnLine('national/1959.txt', '一九五二年有十九万人');
    const doubled = figures.filter((f) => f.text === '一倍');
    expect(doubled.length).toBeGreaterThan(0);
    for (const f of doubled) expect(f.period).toBe('1953-1957');
  });

  it('in a review of several years (一、过去五年工作回顾), a sentence opening with one of them dates only itself (national 2008)', () => {
    const lines = read('national/2008.txt').split('\n');
    const figures = analyzeReport(lines.join('\n')).indicators;
    // 2007年，…: the GDP of 2007; the paragraphs after it go on about the five years.
    const gdp = figures.find((f) => f.text === '24.66万亿元');
    expect(gdp?.period).toBe('2007');
    const schools = onLine(figures, lines.findIndex((l) => l.includes('全国财政用于教育支出五年累计'))).find((f) => f.text === '2.2万多所');
    expect(schools?.period).toBe('2003-2007');
  });
});

describe('a report made late in 1980 (review of 1979, this year so far, next year\'s plan)', () => {
  it('a past year as the subject of a comparison dates the sentences after it in its paragraph', () => {
    // 1979年农业总产值比1978年增长8.6％。粮食产量33，212万吨，比上年增加2，737万吨: the grain is 1979's too.
    const figures = figuresOnLine('national/1980.txt', '1979年农业总产值比1978年增长');
    expect(figures.find((f) => f.text === '33，212万吨')).toMatchObject({ status: 'actual', period: '1979' });
    expect(figures.find((f) => f.text === '2，737万吨')?.period).toBe('1979');
  });

  it('…but only in its own paragraph: 一九八一年…比一九七八年 does not date 这两年 in the next (1982)', () => {
    const figures = figuresOnLine('national/1982.txt', '这两年取得重大科技成果');
    expect(figures.find((f) => f.text === '六千多项')?.period).toBe('1981-1982');
  });

  it('由上年的 dates a start value the year before the clause\'s year, and 今年预计的 this year', () => {
    const energy = figuresOnLine('national/1980.txt', '由上年的2.51吨煤');
    expect(energy.find((f) => f.text.startsWith('2.51'))).toMatchObject({ status: 'actual', period: '1978' });
    expect(energy.find((f) => f.text.startsWith('2.28'))?.period).toBe('1979');
    const share = figuresOnLine('national/1980.txt', '由上年的74.3％提高到');
    expect(share.find((f) => f.text === '74.3％')?.period).toBe('1978');
    // 明年计划…由今年预计的44％提高到45％: the start value is this year's estimate, the end value next year's plan.
    const light = figuresOnLine('national/1980.txt', '由今年预计的44％提高到45％');
    expect(light.find((f) => f.text === '44％')).toMatchObject({ status: 'actual', period: '1980' });
    expect(light.find((f) => f.text === '45％')).toMatchObject({ status: 'target', period: '1981' });
  });
});

describe('过去的五年 opens a five-year review as 过去五年 does (福建 2026)', () => {
  it('各位代表！2025年主要目标任务如期完成…。过去的五年极不平凡，…经济总量连跨5万亿元、6万亿元两个台阶', () => {
    const figures = figuresOnLine('local/福建省-2026.txt', '过去的五年极不平凡');
    expect(figures.find((f) => f.text === '5万亿元')).toMatchObject({ status: 'actual', period: '2021-2025' });
    expect(scopeChanges('2025年主要目标任务如期完成。过去的五年极不平凡，经济总量连跨两个台阶。', 2026).map((c) => [c.scope.from, c.scope.to])).toEqual([[2021, 2025]]);
  });
});

describe('time words a review heading and a clause may use', () => {
  it('a review heading about 的五年 spans the five years before the report (national 1993)', () => {
    expect(scopeOfTitle('一、改革开放和现代化建设取得伟大成就的五年', 1993)).toMatchObject({ status: 'actual', from: 1988, to: 1992 });
    expect(scopeOfTitle('一、2025年工作回顾', 2026)).toMatchObject({ status: 'actual', from: 2025, to: 2025 });
  });

  it('two years side by side share the figure after them (national 1956)', () => {
    const figures = figuresOnLine('national/1956.txt', '都只征收了３８０亿斤');
    expect(figures.find((f) => f.text === '３８０亿斤')?.period).toBe('1954-1955');
    expect(figures.find((f) => f.text === '３５１亿斤')?.period).toBe('1953');
  });
});

describe('streaks and pairs that name their own years (national 2008, 1982)', () => {
  it('a streak from a named year runs N years from it; a streak told as a record stays with the time reported', () => {
    expect(figuresOnLine('national/2008.txt', '从2005年开始连续三年提高').find((f) => f.text === '三年')?.period).toBe('2005-2007');
    expect(figuresOnLine('national/2008.txt', '三是从今年1月1日起，再连续三年').find((f) => f.text === '三年')).toMatchObject({ status: 'target', period: '2008-2010' });
    expect(figuresOnLine('national/1982.txt', '国家财政收入连续三年下降').find((f) => f.text === '三年')?.period).toBe('1979-1981');
    expect(figuresOnLine('national/2008.txt', '全国粮食连续四年增产').find((f) => f.text === '四年')?.period).toBe('2003-2007');
  });

  it('the end year of a from-to pair (增加到去年的98亿元) still dates the figures after it', () => {
    const figures = figuresOnLine('national/2008.txt', '增加到去年的98亿元');
    expect(figures.find((f) => f.text === '20%')?.period).toBe('2007');
  });
});

describe('the report\'s own year inside a review is this year\'s plan (national 1980, 1982)', () => {
  it('1980年计划…控制在500亿元 and 1980年将达到29％, in the review of 1979, are targets of 1980', () => {
    const figures = figuresOnLine('national/1980.txt', '1980年计划基本建设投资总额控制在500亿元');
    // (The line's first 500亿元 is 1979's: 基本建设投资总额完成500亿元.)
    expect(figures.filter((f) => f.text === '500亿元').map((f) => [f.status, f.period])).toEqual([['actual', '1979'], ['target', '1980']]);
    expect(figures.find((f) => f.text === '29％')).toMatchObject({ status: 'target', period: '1980' });
    expect(figures.find((f) => f.text === '27％')).toMatchObject({ status: 'actual', period: '1979' });
  });

  it('…but not what the year has brought so far, an estimate, or a review that reaches the report\'s year', () => {
    expect(figuresOnLine('national/1982.txt', '今年的亏损额预计达四十多亿元').find((f) => f.text === '四十多亿元')?.status).toBe('actual');
    const late = figuresOnLine('national/1982.txt', '一九八二年预计比一九八一年，原煤增长');
    expect(late.find((f) => f.text === '百分之四点六')?.status).toBe('actual');
  });
});

describe('start values dated by their own year (national 2005, 2008)', () => {
  it('由上年居世界第四位上升为第三位: the start rank is the year before the one reviewed', () => {
    const figures = figuresOnLine('national/2005.txt', '由上年居世界第四位上升为第三位');
    expect(figures.find((f) => f.text === '第四位')).toMatchObject({ status: 'actual', period: '2003' });
    expect(figures.find((f) => f.text === '第三位')?.period).toBe('2004');
  });

  it('从2006年20.5亿元增加到去年的98亿元: the start value is 2006\'s, the end value last year\'s', () => {
    const figures = figuresOnLine('national/2008.txt', '从2006年20.5亿元增加到去年的98亿元');
    expect(figures.find((f) => f.text === '20.5亿元')?.period).toBe('2006');
    expect(figures.find((f) => f.text === '98亿元')?.period).toBe('2007');
  });
});

describe('a part on the government\'s own conduct speaks of this year', () => {
  it('四、一以贯之转作风，努力建设人民满意的服务型政府: 扎实推进30项为民办实事项目 is a target of 2026 (福建)', () => {
    const figures = figuresOnLine('local/福建省-2026.txt', '扎实推进30项为民办实事项目');
    expect(figures.find((f) => f.text === '30项')).toMatchObject({ status: 'target', period: '2026' });
    expect(scopeOfTitle('四、一以贯之转作风，努力建设人民满意的服务型政府', 2026)).toBeNull(); // set by its place, not its words
  });

  it('…but a review\'s section on it keeps the review\'s time (hailar 2019: （六）政府自身建设不断加强)', () => {
    const figures = figuresOnLine('local/hailar-2019.txt', '全年共办理区人大代表建议95件');
    expect(figures.find((f) => f.text === '95件')).toMatchObject({ status: 'actual', period: '2018' });
  });
});

describe('section titles that tell of tasks done', () => {
  it('三是坚决打好三大攻坚战，主要目标任务如期完成 (national 2021, outside the corpus) keeps its review\'s time', () => {
    expect(scopeOfTitle('三是坚决打好三大攻坚战，主要目标任务如期完成。', 2021)).toBeNull();
    expect(scopeOfTitle('（一）全面完成年度目标任务', 2026)).toBeNull();
    expect(scopeOfTitle('（一）确保完成全年目标任务', 2026)).toMatchObject({ status: 'target', from: 2026, to: 2026 });
    expect(scopeOfTitle('二、2026年主要目标任务', 2026)).toMatchObject({ status: 'target', from: 2026 });
  });
});

describe('a comparison with last year is not a review of it', () => {
  it('对地方一般性转移支付增长7.8%，增幅明显高于去年，其中…增幅均超过10% (national 2021, outside the corpus): this year\'s budget', () => {
    const scope = { status: 'target' as const, from: 2021, to: 2021, plan: false };
    const sentenceBefore = '对地方一般性转移支付增长7.8%，增幅明显高于去年，其中均衡性转移支付、县级基本财力保障机制奖补资金等增幅均超过';
    expect(statusOf({ scope, sentenceBefore, isFrom: false, after: '。建立常态化', unit: '%', year: 2021 })).toBe('target');
    expect(statusOf({ scope, sentenceBefore: '去年转移支付增幅均超过', isFrom: false, after: '。建立常态化', unit: '%', year: 2021 })).toBe('actual');
    // 1992 (outside the corpus): 货币发行和新增信贷规模与去年大体持平，零售物价上涨幅度控制在百分之六以内 — this year's plan.
    const plan1992 = { status: 'target' as const, from: 1992, to: 1992, plan: false };
    expect(statusOf({ scope: plan1992, sentenceBefore: '货币发行和新增信贷规模与去年大体持平，零售物价上涨幅度控制在', isFrom: false, after: '以内。', unit: '%', year: 1992 })).toBe('target');
  });
});

describe('one plan compared with the one before it (national 1986, outside the corpus)', () => {
  it('“六五”时期同“五五”时期相比，…由三亿零五百三十万吨增加到三亿七千零六十二万吨: start values are the base plan\'s', () => {
    const text = [
      '各位代表：', '', '　　现在，我代表国务院，向大会作关于我国国民经济和社会发展第七个五年计划的报告，请审议。', '',
      '一、“六五”计划执行情况的回顾', '',
      '　　在过去的五年中，我国若干关系国计民生的重要产品的产量大幅度增长。“六五”时期同“五五”时期相比，我国粮食的年平均产量由三亿零五百三十万吨增加到三亿七千零六十二万吨，棉花由二百二十四万吨增加到四百三十二万吨。', '',
    ].join('\n');
    const figures = analyzeReport(text).indicators;
    expect(figures.map((f) => [f.text, f.period])).toEqual([
      ['三亿零五百三十万吨', '1976-1980'], ['三亿七千零六十二万吨', '1981-1985'], ['二百二十四万吨', '1976-1980'], ['四百三十二万吨', '1981-1985'],
    ]);
  });
});

describe('a growth restated in parentheses', () => {
  it('平均每年增长百分之四（包括村办工业为百分之六）: the plan\'s span for both (national 1986, outside the corpus)', () => {
    const text = [
      '各位代表：', '', '　　现在，我代表国务院，向大会作关于我国国民经济和社会发展第七个五年计划的报告，请审议。', '',
      '一、“六五”计划执行情况的回顾', '', '　　（略）', '',
      '二、“七五”时期的基本任务和主要建设方针', '',
      '　　根据社会不断增长的需要和综合各种生产条件的可能，“七五”计划草案规定，全国工农业总产值平均每年增长百分之六点七，其中农业总产值平均每年增长百分之四（包括村办工业为百分之六），工业总产值平均每年增长百分之七点五（不包括村办工业百分之七）。', '',
    ].join('\n');
    const figures = analyzeReport(text).indicators;
    expect(figures.map((f) => [f.text, f.status, f.period])).toEqual([
      ['百分之六点七', 'target', '1986-1990'], ['百分之四', 'target', '1986-1990'], ['百分之六', 'target', '1986-1990'],
      ['百分之七点五', 'target', '1986-1990'], ['百分之七', 'target', '1986-1990'],
    ]);
  });
});

describe('the second rate of a yearly-average list', () => {
  it('2000年分别达到2253元和6280元，平均每年实际增长4.7％和5.7％: both rates span the plan (national 2001, outside the corpus)', () => {
    const text = [
      '各位代表：', '', '一、“九五”时期国民经济和社会发展的回顾', '',
      '　　人民生活总体上达到小康水平。扣除价格因素，农村居民人均纯收入和城镇居民人均可支配收入，2000年分别达到2253元和6280元，平均每年实际增长4.7％和5.7％。', '',
    ].join('\n');
    const figures = analyzeReport(text).indicators;
    expect(figures.map((f) => [f.text, f.period])).toEqual([['2253元', '2000'], ['6280元', '2000'], ['4.7％', '1996-2000'], ['5.7％', '1996-2000']]);
  });
});

describe('last year\'s plan quoted in a review', () => {
  it('去年我在政府工作报告中曾提出，要把全年商品零售物价上涨幅度控制在百分之十以内 (national 1995, outside the corpus)', () => {
    const text = [
      '各位代表：', '', '一、１９９４年国内工作的回顾', '',
      '　　突出的问题是物价上涨幅度过高。去年我在政府工作报告中曾提出，要把全年商品零售物价上涨幅度控制在百分之十以内。虽然在这方面做了很大努力，涨幅仍然高达百分之二十一点七。', '',
    ].join('\n');
    const figures = analyzeReport(text).indicators;
    expect(figures.map((f) => [f.text, f.status, f.period])).toEqual([['百分之十', 'target', '1994'], ['百分之二十一点七', 'actual', '1994']]);
  });
});

describe('a price base or a base of comparison is not the time of a figure', () => {
  it('（2010年不变价） and 按2020年价格计算 date nothing (national 2012, outside the corpus)', () => {
    const scope = { status: 'actual' as const, from: 2011, to: 2011, plan: false };
    expect(explicitTime('中央决定将农民人均纯收入2300元（2010年不变价）作为新的国家扶贫标准，比2009年提高', 2012, 'actual', scope)).toBeNull();
    expect(explicitTime('按2020年价格计算，地区生产总值增长', 2026, 'actual', scope)).toBeNull();
    expect(explicitTime('2010年国内生产总值增长', 2012, 'actual', scope)).toMatchObject({ from: 2010, to: 2010 });
    // 比上一年, like 比去年, is a base (national 1958, outside the corpus: 一九五八粮食的指标为…，比上一年增加).
    const plan = { status: 'target' as const, from: 1958, to: 1958, plan: false };
    expect(explicitTime('一九五八粮食的指标为三千九百二十亿斤，比上一年增加', 1958, 'target', plan)).toBeNull();
    expect(explicitTime('上一年粮食增加', 1958, 'actual', plan)).toMatchObject({ from: 1957, to: 1957 });
  });
});
