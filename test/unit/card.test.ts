import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as vscode from 'vscode';
import { analyzeReport, crossReportSeries, indexReport } from '../../src/core';
import type { IndexedReport, Indicator, Position, ReportModel } from '../../src/core';
import { buildCard, figurePhrase, sectionPath } from '../../src/core/indicators/card';
import type { IndicatorCard } from '../../src/core/indicators/card';
import { impliedBase, indicatorAt, mentionKey, sameIndicator, sameLexiconEntry } from '../../src/core/indicators/lookup';
import { renderCard } from '../../src/vscode/hover';
import { readCorpus, SEED } from '../support/corpus';

// The hover adapter imports `vscode`, which only exists inside the editor: a minimal stand-in for what it uses.
vi.mock('vscode', async () => {
  const { MarkdownString, Uri } = await import('../support/fakeVscode.js');
  const workspace = { asRelativePath: (uri: { toString(): string }): string => uri.toString().replace(/^file:\/\/\/[a-z]+\//u, '') };
  return { MarkdownString, Uri, workspace };
});

let text: string;
let lines: string[];
let model: ReportModel;

beforeAll(() => {
  text = readCorpus(SEED);
  lines = text.split('\n');
  model = analyzeReport(text);
});

/** The position of the `nth` occurrence of `needle` on a 0-based line, `offset` characters into it. */
function at(line: number, needle: string, offset = 0, nth = 0): Position {
  const content = lines[line] ?? '';
  let index = -1;
  for (let i = 0; i <= nth; i++) index = content.indexOf(needle, index + 1);
  if (index < 0) throw new Error(`“${needle}” not on line ${line}`);
  return { line, character: index + offset };
}

function hover(position: Position): Indicator {
  const ind = indicatorAt(model, position);
  if (!ind) throw new Error(`no indicator at ${position.line}:${position.character}`);
  return ind;
}

function row(card: IndicatorCard, label: string): string | undefined {
  return card.rows.find((r) => r.label === label)?.value;
}

const zh = { lang: 'zh', segmenterAvailable: true } as const;
const en = { lang: 'en', segmenterAvailable: true } as const;

describe('indicator card on the seed report (苏州 2021)', () => {
  it('hovering “6.1%” gives the card of 地区生产总值, 年均增长, 2016-2020, actual', () => {
    const ind = hover(at(30, '6.1%', 1));
    expect(ind.text).toBe('6.1%');
    const card = buildCard(model, ind, zh);
    expect(card.title).toBe('地区生产总值');
    expect(row(card, '数值')).toBe('6.1%');
    expect(row(card, '测度')).toBe('年均增长');
    expect(row(card, '类型')).toBe('增长率');
    expect(row(card, '实际/目标')).toBe('实际');
    expect(row(card, '时期')).toBe('2016-2020');
    // Under part 一's lead “五年来，经济发展量质齐升，…” (the five-year review's lead series).
    expect(row(card, '所在章节')).toBe('一、“十三五”时期和2020年工作回顾 › 五年来，经济发展量质齐升，创新转型持续深化，综合实力显著增强');
    expect(row(card, '指标')).toMatch(/^地区生产总值（/u);
    expect(card.definition).toMatch(/常住单位/u);
    expect(card.labels.mentions).toBe('本报告中的其他提及');
  });

  // A new user's trial: national cards called 国内生产总值 by the lexicon entry's 地区生产总值.
  it('names the indicator with the report’s own word when it is a synonym of the lexicon entry (国内生产总值 in a national report)', () => {
    const national = analyzeReport(readCorpus('national/2024.txt'));
    const gdp = national.indicators.find((i) => i.groupKey === 'lexicon:grp' && i.name === '国内生产总值');
    expect(gdp).toBeDefined();
    const card = buildCard(national, gdp!, { lang: 'en', segmenterAvailable: false });
    expect(card.rows.find((r) => r.key === 'indicator')?.value).toBe('Gross domestic/regional product (国内生产总值)');
  });

  it('lists the 2021 target “6%以上” of the same indicator among the mentions, in document order', () => {
    const card = buildCard(model, hover(at(30, '6.1%')), zh);
    const target = card.mentions.find((m) => m.range.start.line === 154);
    expect(target).toMatchObject({ text: '6%', period: '2021', status: 'target', current: false });
    expect(target?.label).toBe('2021 · 目标 · 增长 6%以上');
    expect(card.mentions.filter((m) => m.current).map((m) => m.text)).toEqual(['6.1%']);
    const starts = card.mentions.map((m) => m.range.start.line * 1e6 + m.range.start.character);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    // The other mention of GDP in that sentence (“迈上2万亿元新台阶”) is bound to 新台阶 by the extractor today,
    // so it is not (yet) a mention of 地区生产总值; nothing here asserts either way.
  });

  it('finds the same card from the indicator name as from its figure', () => {
    const fromName = indicatorAt(model, at(30, '地区生产总值年均增长', 2));
    expect(fromName?.text).toBe('6.1%');
    expect(fromName?.range).toEqual(hover(at(30, '6.1%')).range);
  });

  it('uses English labels and translated kind and status when lang is en', () => {
    const card = buildCard(model, hover(at(30, '6.1%')), en);
    expect(card.title).toBe('地区生产总值');
    expect(card.rows.map((r) => r.label)).toEqual(['Indicator', 'Value', 'Measure', 'Kind', 'Actual/target', 'Period', 'Section']);
    expect(row(card, 'Kind')).toBe('growth rate');
    expect(row(card, 'Actual/target')).toBe('actual');
    expect(row(card, 'Measure')).toBe('年均增长 (average annual growth)');
    expect(row(card, 'Indicator')).toMatch(/\(地区生产总值\)$/u);
    expect(card.definition).not.toMatch(/[\u4e00-\u9fff]/u);
    expect(card.mentions.find((m) => m.range.start.line === 154)?.label).toBe('2021 · target · 增长 6%以上');
  });

  it('shows no Measure row for a copula (X为5%): the value row already says it, and a trial user took “为” for an error', () => {
    const copula = model.indicators.filter((i) => i.measure === '为');
    expect(copula.length).toBeGreaterThan(0);
    for (const ind of copula) {
      const card = buildCard(model, ind, en);
      expect(card.rows.map((r) => r.key)).not.toContain('measure');
      expect(card.rows.find((r) => r.key === 'value')).toBeDefined();
    }
    // Nor in the other mentions' labels, while a real measure still shows there.
    const labels = model.indicators.flatMap((i) => buildCard(model, i, zh).mentions.map((m) => m.label));
    expect(labels.some((l) => / · 为 /u.test(l))).toBe(false);
    expect(labels.some((l) => / · 增长 /u.test(l))).toBe(true);
  });

  it('gives nothing for a number that is not an indicator (a year) or for plain text', () => {
    expect(indicatorAt(model, at(22, '2020', 1))).toBeUndefined();
    expect(indicatorAt(model, at(146, '2021', 2))).toBeUndefined();
    expect(indicatorAt(model, at(30, '五年来', 1))).toBeUndefined();
  });

  it('computes the previous-year level implied by “工业投资1528亿元，增长27.4%”', () => {
    const growth = hover(at(54, '27.4%', 2));
    const base = impliedBase(growth, model);
    expect(base?.level.text).toBe('1528亿元');
    expect(base?.unit).toBe('元');
    expect(base?.value).toBeCloseTo(152800000000 / 1.274, 0);
    const card = buildCard(model, growth, zh);
    expect(card.title).toBe('工业投资');
    expect(row(card, '上年基数')).toBe('≈ 1,199 亿元（1528亿元 ÷ (1 + 27.4%)）');
    expect(row(card, '所在章节')).toBe('一、“十三五”时期和2020年工作回顾 › 2.经济发展迈上新台阶');
    expect(buildCard(model, growth, en).rows.find((r) => r.label === 'Implied previous-year level')?.value).toBe(
      '≈ 1,199 亿元 (1528亿元 ÷ (1 + 27.4%))',
    );
  });

  it('implies no base for a level, an average annual growth, or a growth far from any level', () => {
    expect(impliedBase(hover(at(54, '1528亿元', 1)), model)).toBeNull();
    expect(impliedBase(hover(at(30, '6.1%')), model)).toBeNull(); // 年均增长: not one step from the level
    expect(impliedBase(hover(at(154, '6%以上')), model)).toBeNull(); // GDP target: no level stated before it
    expect(row(buildCard(model, hover(at(30, '6.1%')), zh), '上年基数')).toBeUndefined();
  });

  // A tenth trial: national 2015's GDP card read “≈ 59.2 万亿元（63.6万亿元 ÷ (1 + 7.4%)）” — a nominal level over a real
  // growth rate — and 河北 2017's “≈ 2.81 万亿元（3万亿元 ÷ (1 + 6.8%)）”, from 突破3万亿元 and 6.8%左右.
  it('implies no base for GDP or value added (real growth over a nominal level), nor from a bound or an approximate rate', () => {
    const national = analyzeReport(readCorpus('national/2015.txt'));
    const gdp = national.indicators.filter((i) => i.kind === 'growth' && i.text === '7.4%' && i.name !== null && i.name.includes('生产总值'));
    expect(gdp.length).toBeGreaterThan(0);
    for (const growth of gdp) expect(impliedBase(growth, national)).toBeNull();
    const withBase = national.indicators.filter((i) => impliedBase(i, national) !== null);
    for (const growth of withBase) {
      const base = impliedBase(growth, national)!;
      expect([growth.qualifier, base.level.qualifier]).toEqual([null, null]);
      expect(`${growth.name ?? ''}${base.level.name ?? ''}`).not.toMatch(/生产总值|增加值/u);
    }
    // The seed's 工业投资1528亿元，增长27.4% keeps its base (above); a bounded level does not.
    const growth = hover(at(54, '27.4%', 2));
    const level = model.indicators[model.indicators.indexOf(growth) - 1]!;
    const bounded = model.indicators.map((i) => (i === level ? { ...i, qualifier: '超过' as const } : i));
    expect(impliedBase(growth, { ...model, indicators: bounded })).toBeNull();
  });

  // A fourteenth trial: national 1995 (outside) “农村居民人均纯收入达到１２２０元，扣除物价因素比上年增长百分之五” read
  // “≈ 1,162 元”: a growth net of price changes divides no current-price level.
  it('implies no base from a growth net of price changes (扣除物价因素, 按可比价格, 实际增长), but still from a plain one', () => {
    const text = [
      '一、过去一年的工作',
      '农村居民人均纯收入达到１２２０元，扣除物价因素比上年增长百分之五；城镇居民人均生活费收入达到３１７９元，扣除物价因素增长百分之八。',
      '全市社会消费品零售总额450亿元，按可比价格计算增长6%；工业投资1528亿元，增长27.4%。',
    ].join('\n');
    const m = analyzeReport(text);
    const growth = (figure: string) => m.indicators.find((i) => i.text === figure)!;
    for (const figure of ['百分之五', '百分之八', '6%']) {
      expect(growth(figure).priceAdjusted, figure).toBe(true);
      expect(impliedBase(growth(figure), m), figure).toBeNull();
    }
    expect(growth('27.4%').priceAdjusted).toBeUndefined();
    expect(impliedBase(growth('27.4%'), m)?.level.text).toBe('1528亿元');
  });

  it('shows 3.48万亿元 normalised, with the level and its growth as mentions of one indicator', () => {
    const ind = hover(at(54, '3.48万亿元', 3));
    const card = buildCard(model, ind, zh);
    expect(row(card, '数值')).toBe('3.48万亿元 = 34,800 亿元 = 3.48×10¹² 元');
    expect(row(card, '类型')).toBe('总量/水平');
    expect(card.mentions.map((m) => m.text)).toContain('4%');
  });

  it('adds the note about names only when word segmentation was not available', () => {
    const ind = hover(at(30, '6.1%'));
    expect(buildCard(model, ind, zh).note).toBeUndefined();
    expect(buildCard(model, ind, { lang: 'zh', segmenterAvailable: false }).note).toBe('分词组件未加载，指标名称可能不完整。');
    expect(buildCard(model, ind, { lang: 'en', segmenterAvailable: false }).note).toMatch(/segmenter/u);
  });

  it('labels a percentage-point change and its qualifier', () => {
    const card = buildCard(model, hover(at(38, '17.5个百分点', 1)), en);
    expect(row(card, 'Value')).toBe('17.5 个百分点 (percentage points)');
    expect(row(card, 'Kind')).toBe('change');
    const target = buildCard(model, hover(at(154, '6%以上')), zh);
    expect(row(target, '限定词')).toBe('以上');
    expect(row(target, '实际/目标')).toBe('目标');
  });
});

describe('lookup helpers', () => {
  const pos = (line: number, character: number): Position => ({ line, character });
  const ind = (start: number, end: number, extra: Partial<Indicator> = {}): Indicator => ({
    text: 'x', range: { start: pos(0, start), end: pos(0, end) }, value: 1, unit: '%', name: '工业投资', measure: null,
    kind: 'growth', status: 'actual', qualifier: null, period: '2020', ...extra,
  });
  const fake = (indicators: Indicator[]): ReportModel => ({
    meta: { title: null, place: null, year: null, date: null, meeting: null, speaker: null },
    outline: [], indicators, references: [], pairs: [], chromeLines: [], duplicateFromLine: null, laterReports: [],
  });

  it('prefers the figure under the mouse, then a name, then a cursor just after a figure', () => {
    const a = ind(4, 8, { nameRange: { start: pos(0, 0), end: pos(0, 4) } });
    const b = ind(8, 12);
    const m = fake([a, b]);
    expect(indicatorAt(m, pos(0, 8))).toBe(b); // the character under the mouse belongs to b
    expect(indicatorAt(m, pos(0, 1))).toBe(a); // on the name
    expect(indicatorAt(m, pos(0, 12))).toBe(b); // just after b
    expect(indicatorAt(m, pos(0, 13))).toBeUndefined();
    expect(indicatorAt(m, pos(1, 5))).toBeUndefined();
  });

  it('groups by the core’s groupKey when there is one, else by lexicon term or normalised name', () => {
    const a = ind(0, 1, { groupKey: 'k', name: 'A' });
    const b = ind(2, 3, { groupKey: 'k', name: 'B' });
    const c = ind(4, 5, { name: '“工业投资”' });
    const d = ind(6, 7, { name: '工业投资' });
    const e = ind(8, 9, { name: null });
    const m = fake([d, c, b, a, e]);
    expect(sameIndicator(m, b)).toEqual([a, b]);
    expect(sameIndicator(m, c)).toEqual([c, d]);
    expect(sameIndicator(m, e)).toEqual([e]);
    expect(mentionKey(e)).toBeNull();
  });

  it('takes a lexicon entry as the same indicator only for its own terms, not for a part of it', () => {
    expect(sameLexiconEntry('全社会研究与试验发展经费支出占地区生产总值比重')?.id).toBe('rd_intensity');
    expect(sameLexiconEntry('地区生产总值')?.id).toBe('grp');
    expect(sameLexiconEntry('市场采购贸易出口额')).toBeUndefined();
  });

  it('requires the level right before the growth, same name, line, status and period', () => {
    const level = ind(0, 6, { unit: '元', kind: 'level', value: 152800000000, text: '1528亿元' });
    const growth = ind(9, 14, { value: 27.4, text: '27.4%', measure: '增长' });
    expect(impliedBase(growth, fake([level, growth]))?.value).toBeCloseTo(119937205651.49, 0);
    expect(impliedBase(growth, fake([{ ...level, name: '固定资产投资' }, growth]))).toBeNull();
    expect(impliedBase(growth, fake([{ ...level, status: 'target' }, growth]))).toBeNull();
    expect(impliedBase({ ...growth, value: -100 }, fake([level, { ...growth, value: -100 }]))).toBeNull();
    const far = ind(40, 45, { value: 27.4, measure: '增长' });
    expect(impliedBase(far, fake([level, far]))).toBeNull();
  });

  it('puts trailing qualifiers after the figure and leading ones before it', () => {
    expect(figurePhrase({ text: '6%', qualifier: '以上' })).toBe('6%以上');
    expect(figurePhrase({ text: '3万人', qualifier: '约' })).toBe('约3万人');
    expect(figurePhrase({ text: '1600多亿元', qualifier: '超过' })).toBe('1600多亿元');
  });

  // A fifth trial: an actual written 不到70万亿元 showed as “70万亿元以内”, the normalised bound, not the report's words.
  // The qualifier keeps the bound's sense (以内, for met/missed); the phrase quotes the word written before the figure.
  it('quotes a bound word written before the figure (不到, 不低于) while the qualifier keeps its sense', () => {
    const y1980 = analyzeReport(readCorpus('national/1980.txt')).indicators.find((i) => i.text === '3％' && i.range.start.line === 48)!;
    expect(y1980.qualifier).toBe('以内');
    expect(figurePhrase(y1980)).toBe('不到3%');
    const y2017 = analyzeReport(readCorpus('national/2017.txt')).indicators.find((i) => i.text === '5%' && i.qualifier === '以上')!;
    expect(figurePhrase(y2017)).toBe('不低于5%');
    // Written after the figure, or the word is the qualifier itself: as before.
    expect(figurePhrase({ text: '3%', qualifier: '以内' })).toBe('3%以内');
    // The card's qualifier row says the same word (a sixth trial saw “以上 (or more)” beside 不低于200场次).
    const model2017 = analyzeReport(readCorpus('national/2017.txt'));
    const card = buildCard(model2017, y2017, { lang: 'en', segmenterAvailable: true });
    expect(card.rows.find((r) => r.key === 'qualifier')?.value).toBe('不低于 (no less than)');
  });

  // A trial user's chart CSV broke its row inside national 2017's 74.4万亿元, split over three lines by the page.
  it('shows a figure the page split over lines as one phrase, the model keeping it as written', () => {
    const text = readCorpus('national/2017.txt');
    const gdp = analyzeReport(text).indicators.find((i) => i.value === 74.4e12)!;
    expect(gdp.text).toMatch(/^74\.4\n\u200b\n万亿元$/u);
    expect(figurePhrase(gdp)).toBe('74.4万亿元');
  });

  // A fourth trial: a row of years read “2020 2.3％ · 2021 8.1%”, one report writing ％ full-width.
  it('shows full-width digits, ％ and ． as the half-width ones beside them, the model keeping them as written', () => {
    const gdp = analyzeReport(readCorpus('national/1988.txt')).indicators.find((i) => /^[０-９]+．[０-９]+％$/u.test(i.text))!;
    expect(gdp).toBeDefined();
    expect(figurePhrase(gdp)).toMatch(/^(?:[^\uff05\uff0e\uff10-\uff19]*)[0-9]+\.[0-9]+%/u);
    expect(figurePhrase({ text: '6.5%－7%', qualifier: null })).toBe('6.5%－7%'); // a range keeps its dash
  });

  it('builds no breadcrumb outside the outline', () => {
    expect(sectionPath([], pos(3, 0))).toBe('');
  });
});

describe('mentions of one indicator', () => {
  // A second trial: 福建 2026 “城镇调查失业率连续5年低于全国水平” listed “2021-2025 · actual · 5年” on the rate's card.
  it('leave out a duration said of an indicator measured otherwise (a streak is no value of the rate)', () => {
    const model = analyzeReport(readCorpus('local/福建省-2026.txt'));
    const streak = model.indicators.find((i) => i.text === '5年' && i.range.start.line === 59);
    // (Session 35: the streak is named with what its years count, 城镇调查失业率低于全国水平年数, so it no longer even shares
    // the rate's group; the rate's card leaves it out either way.)
    expect(streak?.name).toBe('城镇调查失业率低于全国水平年数');
    const rates = model.indicators.filter((i) => i.unit === '%' && i.name === '城镇调查失业率');
    expect(rates.length).toBeGreaterThan(0);
    for (const rate of rates) expect(sameIndicator(model, rate)).not.toContain(streak);
    // Hovered itself, the streak still has its card and its own mention.
    expect(sameIndicator(model, streak!)).toContain(streak);
  });
});

describe('hover rendering', () => {
  // A twelfth trial: 翻一番's card read “技术交易额 一番”, the doubling said nowhere.
  it('says a doubling is one: 翻 stands between the name and 一番 / 两番', () => {
    for (const [path, needle] of [['national/2018.txt', '技术交易额翻了一番'], ['national/1993.txt', '国民生产总值比１９８０年翻两番']] as const) {
      const report = readCorpus(path);
      const m = analyzeReport(report);
      const line = report.split('\n').findIndex((l) => l.includes(needle));
      const character = (report.split('\n')[line] ?? '').indexOf(needle) + needle.length - 1;
      const figure = indicatorAt(m, { line, character });
      expect(figure?.measure).toBe('翻');
      const card = buildCard(m, figure!, { lang: 'zh', segmenterAvailable: true });
      const md = renderCard(card, vscode.Uri.parse('file:///r/report.txt'), 'zh') as unknown as { value: string };
      // 翻一番 doubles, 翻两番 quadruples: the factor, not “1 番”.
      const factor = needle.endsWith('一番') ? '一番 = ×2' : '两番 = ×4';
      expect(md.value.split('\n')[0]).toMatch(new RegExp(`^\\*\\*(?:技术交易额|国民生产总值)\\*\\* 翻 \\*\\*${factor}\\*\\*`, 'u'));
    }
  });

  it('renders the figure first, escapes report text and links mentions to the extension’s own command only', () => {
    const card = buildCard(model, hover(at(30, '6.1%')), { lang: 'zh', segmenterAvailable: false });
    const md = renderCard(card, vscode.Uri.parse('file:///r/report.txt'), 'zh') as unknown as {
      value: string; isTrusted: unknown; supportHtml: boolean;
    };
    expect(md.isTrusted).toEqual({ enabledCommands: ['govreport.revealRange'] });
    // HTML for the met/missed colour only (the core escapes every < of report text).
    expect(md.supportHtml).toBe(true);
    expect(md.value.startsWith('**地区生产总值** 年均增长 **6\\.1%**  \n实际 · 2016\\-2020 · 增长率')).toBe(true);
    const links = [...md.value.matchAll(/\]\((command:[^ )]+) "([^"]*)"\)/gu)];
    // The other mentions (this one is the card itself).
    expect(links.length).toBe(card.mentions.filter((m) => !m.current).length);
    for (const [, link] of links) expect(link).toMatch(/^command:govreport\.revealRange\?/u);
    const target = links.find(([, , title]) => title === '第 155 行');
    const args = JSON.parse(decodeURIComponent((target?.[1] ?? '').split('?')[1] ?? '')) as unknown[];
    const start = at(154, '6%以上');
    expect(args).toEqual(['file:///r/report.txt', { start, end: { line: 154, character: start.character + 2 } }]);
    // The line stands beside each mention too, not only in its tooltip (a sixth trial could not tell restated rows apart).
    expect(md.value).toMatch(/"第 155 行"\) · 第 155 行\n/u);
    expect(md.value).toContain('*分词组件未加载，指标名称可能不完整。*');
  });

  it('keeps Markdown in report text and parentheses in file names from breaking the card', () => {
    const card: IndicatorCard = {
      title: 'A*B_[x]', rows: [{ key: 'value', label: '数值', value: '1<2> | 3' }], labels: { definition: '定义', mentions: '提及', current: '当前', colon: '：' },
      mentions: [
        { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } }, text: '1%', period: null, status: 'actual', label: 'a](x)', current: true },
        { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 2 } }, text: '2%', period: null, status: 'target', label: 'b](x)', current: false },
      ],
    };
    const md = renderCard(card, vscode.Uri.parse('file:///r/report (1).txt'), 'en') as unknown as { value: string };
    expect(md.value).toContain('**A\\*B\\_\\[x\\]**');
    expect(md.value).toContain('1\\<2\\> \\| 3');
    const links = [...md.value.matchAll(/\]\((command:[^ )]+) "line (\d+)"\)/gu)];
    expect(links.map(([, , line]) => line)).toEqual(['3']); // the other mention; the current one is the card itself
    const args = JSON.parse(decodeURIComponent((links[0]?.[1] ?? '').split('?')[1] ?? '')) as unknown[];
    expect(args[0]).toBe('file:///r/report (1).txt');
    expect(md.value).toContain('[b\\]\\(x\\)](command:');
  });
});

describe('series across the reports of one place (national 2015–2019)', () => {
  const uriOf = (year: number): string => `file:///n/${year}.txt`;
  let reports: IndexedReport[];
  let model2019: ReportModel;
  let target2019: Indicator;

  beforeAll(() => {
    reports = [2015, 2016, 2017, 2018, 2019].map((year) => {
      const report = indexReport(uriOf(year), readCorpus(`national/${year}.txt`), { fileName: `${year}.txt` });
      if (!report) throw new Error(`national/${year}.txt is not indexed as a report`);
      return report;
    });
    // National 2019 is sealed, but this is issue 8's five-year series: the corpus holds no five national years in a row
    // without it (2014 is not in the corpus, 2019–2021 are sealed), so the series ends on 2019's GDP target (session 27).
    model2019 = analyzeReport(readCorpus('national/2019.txt'));
    const found = model2019.indicators.find((i) => i.groupKey === 'lexicon:grp' && i.status === 'target' && i.period === '2019');
    if (!found) throw new Error('no 2019 GDP target');
    target2019 = found;
  });

  function seriesCard(lang: 'zh' | 'en'): IndicatorCard {
    const rows = crossReportSeries(reports, reports[4]!.meta, 'lexicon:grp', '%');
    return buildCard(model2019, target2019, { lang, segmenterAvailable: true, series: rows, uri: uriOf(2019), place: '全国' });
  }

  it('gives one row per year with the actual, the target as written and whether it was met', () => {
    const card = seriesCard('zh');
    expect(card.series?.labels.title).toBe('历年对比（全国）');
    expect(card.series?.rows.map((r) => [r.year, r.actual?.text ?? null, r.target?.text ?? null, r.outcomeLabel])).toEqual([
      [2014, '7.4%', null, ''],
      [2015, '6.9%', '7%左右', '达成'],
      [2016, '6.7%', '6.5%－7%', '达成'],
      [2017, '6.9%', '6.5%左右', '达成'],
      [2018, '6.6%', '6.5%左右', '达成'],
      // No 2020 report in the folder: the 2019 target is not “not reported”, its outcome is simply unknown.
      [2019, null, '6%－6.5%', ''],
    ]);
    // The actual for a year is read from the next year's report; the target from that year's own.
    const row2018 = card.series?.rows.find((r) => r.year === 2018);
    expect(row2018?.actual?.uri).toBe(uriOf(2019));
    expect(row2018?.target?.uri).toBe(uriOf(2018));
    expect(card.series?.rows.flatMap((r) => [r.actual, r.target]).filter((c) => c?.current).map((c) => c?.text)).toEqual(['6%－6.5%']);
  });

  it('words the outcome in English for an English card', () => {
    const card = seriesCard('en');
    expect(card.series?.labels).toMatchObject({ title: 'Across years (全国)', year: 'Year', outcome: 'Outcome' });
    expect(card.series?.rows.map((r) => r.outcomeLabel)).toEqual(['', 'met', 'met', 'met', 'met', '']);
  });

  // A new user's trial: 1982's 1985 goal for 工农业总产值 showed “1985 —” in its own card, a year nothing answers.
  it('gives no row to a year that only another year’s report sets a goal for', () => {
    const older = [1980, 1982].map((year) => indexReport(uriOf(year), readCorpus(`national/${year}.txt`), { fileName: `${year}.txt` })!);
    const goals = older[1]!.indicators.filter((i) => i.status === 'target' && i.groupKey && /^\d{4}$/u.test(i.period ?? '') && Number(i.period) > 1983);
    expect(goals.length).toBeGreaterThan(0);
    for (const goal of goals) {
      const rows = crossReportSeries(older, older[1]!.meta, goal.groupKey!, goal.unit);
      for (const row of rows) expect(row.actual ?? row.target, `${goal.name} ${row.year}`).toBeDefined();
      expect(rows.some((r) => r.year === Number(goal.period) && !r.actual)).toBe(false);
    }
  });

  // A fourth trial: national 2025's GDP row skipped 2020, whose level 2021 gives in its five-year review (超过100万亿元,
  // dated 2016-2020), while the card's pairing took the same figure as 2020's actual.
  it('gives the level a review’s span ended with to the span’s last year, and a total or an average over it to none', () => {
    const national = [2017, 2018].map((year) => indexReport(uriOf(year), readCorpus(`national/${year}.txt`), { fileName: `${year}.txt` })!);
    const level = national[1]!.indicators.find((i) => i.groupKey === 'lexicon:grp' && i.unit === '元' && i.period === '2013-2017')!;
    expect(level).toMatchObject({ text: '82.7万亿元', measure: '增加到' });
    const rows = crossReportSeries(national, national[1]!.meta, 'lexicon:grp', '元');
    expect(rows.find((r) => r.year === 2017)?.actual?.indicator).toBe(level);
    // The review's yearly average (年均增长7.1%) stands for no year of the growth row.
    const growth = crossReportSeries(national, national[1]!.meta, 'lexicon:grp', '%');
    expect(growth.some((r) => r.actual?.indicator.period === '2013-2017')).toBe(false);
  });

  // A new user's trial: 1956's 地方财政收入 “占预算数的102.74%” (a completion share) sat in one row with the growth of
  // budget revenue in later reports, and its chart line jumped from 102.74 to 10.
  it('keeps to one kind of measure in a row: a share of the budget does not stand among growth rates', () => {
    const years = [1955, 1956, 1957, 1982, 2005, 2015, 2018];
    const national = years.map((year) => indexReport(uriOf(year), readCorpus(`national/${year}.txt`), { fileName: `${year}.txt` })!);
    const share = national[1]!.indicators.find((i) => i.text === '１０２．７４％')!;
    expect(share).toMatchObject({ kind: 'share', unit: '%' });
    const rows = crossReportSeries(national, national[1]!.meta, share.groupKey!, '%');
    const figures = rows.flatMap((r) => [r.actual?.indicator, r.target?.indicator]).filter((i) => i !== undefined);
    expect(figures.filter((i) => i.kind === 'growth').length).toBeGreaterThan(1);
    expect(figures.some((i) => i.kind === 'share')).toBe(false);
  });

  // A fifth trial: “2021 target 30元 · 2022 610元 ✓” — a rise (再提高30元) stood in a row of levels and was judged by
  // one. 1959 says 一九五八年比一九五七年…粮食增加了三千八百亿斤: the rise of 1958, not 1958's grain.
  it('keeps the rises of an amount out of a row of its levels (粮食增加了三千八百亿斤 is no level of 1958)', () => {
    const years = [1955, 1956, 1957, 1959];
    const national = years.map((year) => indexReport(uriOf(year), readCorpus(`national/${year}.txt`), { fileName: `${year}.txt` })!);
    const rise = national[3]!.indicators.find((i) => i.text === '三千八百亿斤')!;
    expect(rise).toMatchObject({ kind: 'level', measure: '增加', period: '1958' });
    const rows = crossReportSeries(national, national[3]!.meta, rise.groupKey!, rise.unit);
    const figures = rows.flatMap((r) => [r.actual?.indicator, r.target?.indicator]).filter((i) => i !== undefined);
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.some((i) => i.measure === '增加')).toBe(false);
    // The grain output row of 1959 is its level target (一万零五百亿斤), not the rise it is also said as (增加三千亿斤).
    const output = crossReportSeries(national, national[3]!.meta, 'lexicon:grain_output', rise.unit);
    expect(output.find((r) => r.year === 1959)?.target?.indicator.text).toBe('一万零五百亿斤');
    expect(output.some((r) => r.actual?.indicator.measure === '增加' || r.target?.indicator.measure === '增加')).toBe(false);
  });

  // A twelfth trial: 2015's target 其中棚户区改造580万套 showed “not reported”, though 2016 says 棚户区住房改造开工601万套 —
  // the count said with its stage had no group of its own. The stage is no part of the indicator.
  it('judges a count of works by the next year’s count said with its stage (棚户区改造 ↔ 棚户区住房改造开工)', () => {
    const started = reports[1]!.indicators.find((i) => i.text === '601万套')!;
    expect(started.name).toBe('棚户区住房改造开工');
    expect(started.groupKey).toBe('lexicon:shantytown');
    const row = crossReportSeries(reports, reports[1]!.meta, 'lexicon:shantytown', '套').find((r) => r.year === 2015);
    expect(row?.target?.indicator.text).toBe('580万套');
    expect(row?.actual?.indicator.text).toBe('601万套');
    expect(row?.outcome).toBe('met');
  });

  // Starts and completions are two indicators: only the stage that starts works joins the bare count's group.
  it('keeps works completed apart from works started (河北 2015, outside: 保障性住房开工20万套、竣工20万套)', () => {
    const [started, completed] = analyzeReport('2015年政府工作报告\n一、2014年工作回顾\n保障性住房开工20万套、竣工20万套，改造农村危房13万户。\n').indicators;
    expect(started?.groupKey).toBe('lexicon:affordable_housing');
    expect(completed?.groupKey).not.toBe(started?.groupKey);
  });

  it('shows no series with fewer than two rows, and a note while the index is being built', () => {
    const rows = crossReportSeries(reports, reports[4]!.meta, 'lexicon:grp', '%');
    expect(buildCard(model2019, target2019, { ...zh, series: rows.slice(0, 1) }).series).toBeUndefined();
    expect(buildCard(model2019, target2019, zh).series).toBeUndefined();
    expect(buildCard(model2019, target2019, zh).seriesNote).toBeUndefined();
    expect(buildCard(model2019, target2019, { ...zh, seriesPending: true }).seriesNote).toMatch(/正在索引/u);
  });

  it('renders the series in one row whose figures link to their report and mention, the hovered one bold', () => {
    const card = seriesCard('zh');
    const md = (renderCard(card, vscode.Uri.parse(uriOf(2019)), 'zh') as unknown as { value: string }).value;
    const row = md.split('\n').find((l) => l.startsWith('历年对比（全国）：'))?.replace(/ {2}$/u, '') ?? '';
    // Cells are “year figure”, joined by “ · ” (which the links' tooltips hold too: “2019.txt · 第 12 行”).
    const cells = row.replace(/^[^：]*：!\[[^\]]*\]\([^)]*\) /u, '').split(/ · (?=(?:\*\*)?\d{4}(?:\*\*)? )/u);
    const cell = (year: number): string => cells.find((c) => c.startsWith(`${year} `) || c.startsWith(`**${year}** `)) ?? '';
    const links = (text: string) => [...text.matchAll(/\[([^\]]*)\]\((command:[^ )]+) "([^"]*)"\)/gu)];
    const args = (link: string | undefined): unknown[] => JSON.parse(decodeURIComponent((link ?? '').split('?')[1] ?? '')) as unknown[];
    // 2018: the actual 6.6%, read from the 2019 report, and its target met.
    const [actual2018] = links(cell(2018));
    expect(actual2018?.[1]).toBe('6\\.6%');
    expect(args(actual2018?.[2])[0]).toBe(uriOf(2019));
    expect(args(actual2018?.[2])[1]).toEqual(card.series?.rows.find((r) => r.year === 2018)?.actual?.range);
    expect(cell(2018)).toMatch(/✓<\/span>$/u);
    // 2019: the hovered target, bold, with no actual yet.
    expect(cell(2019)).toMatch(/^\*\*2019\*\* 目标 \*\*\[6%－6\\\.5%\]\(command:govreport\.revealRange\?[^ ]+ "2019\\\.txt · 第 \d+ 行"\)\*\*$/u);
    expect(links(cell(2014))[0]?.[3]).toMatch(/^2015\\\.txt · 第 \d+ 行$/u);
  });
});
