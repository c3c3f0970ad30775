/**
 * A row of years holds one quantity (a thirteenth trial): a fall is signed beside a rise of the same indicator, a part
 * (乡村, 中央, 民生 …) never joins its whole, and a bare level a five-year review ends on stands for the span's last
 * year. On real corpus reports, several indexed together as a workspace.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { crossReportSeries, fallWord, isDecrease, outcome, signedValue } from '../../src/core';
import type { IndexedReport, Indicator } from '../../src/core';
import { placesChart, usualMeasure, yearsChart } from '../../src/core/charts';
import { entryOfGroup, exactIndicator } from '../../src/core/lexicon';
import { narrowsScope, SCOPE_WORDS } from '../../src/core/lexicon/scope';
import { isEndOfSpanStock, spanEndYear } from '../../src/core/indicators/spanEnd';
import { indexReportFile } from '../../src/node/reportIndex';
import scopeWords from '../../src/core/lexicon/scopeQualifiers.json';
import decreaseWords from '../../src/core/workspace/decreaseWords.json';
import endLevels from '../../src/core/indicators/spanEndLevels.json';
import { CORPUS } from '../support/expectedOutline';

async function indexFiles(paths: readonly string[]): Promise<IndexedReport[]> {
  const out: IndexedReport[] = [];
  for (const path of paths) {
    const result = await indexReportFile(join(CORPUS, path));
    if ('report' in result && result.report) out.push(result.report);
  }
  return out;
}

let fifties: IndexedReport[];
let tenths: IndexedReport[];
let provinces: IndexedReport[];

beforeAll(async () => {
  fifties = await indexFiles(['national/1955.txt', 'national/1956.txt', 'national/1957.txt']);
  tenths = await indexFiles(['national/2015.txt', 'national/2016.txt', 'national/2017.txt', 'national/2018.txt']);
  provinces = await indexFiles(['local/zhejiang-2026.txt', 'local/jiangxi-2026.txt', 'local/江苏省-2026.txt', 'local/天津市-2026.txt', 'local/湖南省-2026.txt']);
}, 120_000);

const figure = (reports: readonly IndexedReport[], test: (i: Indicator) => boolean): Indicator => {
  const found = reports.flatMap((r) => r.indicators).find(test);
  if (!found) throw new Error('no such figure');
  return found;
};

describe('a fall beside a rise of the same quantity', () => {
  // national 1956: 棉纱…比1954年减少14％ (1955), and the 1956 plan 棉纱…增长29％.
  it('is drawn below zero, said as a fall, and the chart titled as a change either way', () => {
    const fall = figure(fifties, (i) => i.text === '１４％' && i.measure === '减少');
    expect(isDecrease(fall)).toBe(true);
    const chart = yearsChart(fifties, '全国', fall.groupKey!, '%')!;
    const points = chart.points.flatMap((p) => [p.actual, p.target]).filter((p) => p !== undefined);
    const shown = points.find((p) => p.text === '１４％')!;
    expect(shown.value).toBe(-14);
    expect(shown.phrase).toBe('减少14%');
    expect(points.some((p) => p.value > 0)).toBe(true);
    expect(chart.measure).toBe('增减');
  });

  it('keeps a target of a fall met by a larger fall, and missed by a rise', () => {
    // national 2015 sets 单位国内生产总值能耗下降3.1%; national 2016 reports 2015's 下降5.6%.
    const rows = crossReportSeries(tenths, tenths[0]!.meta, 'lexicon:energy_intensity', '%');
    const row = rows.find((r) => r.year === 2015)!;
    expect(row.target?.indicator.text).toBe('3.1%');
    expect(row.actual?.indicator.text).toBe('5.6%');
    expect(row.outcome).toBe('met');
    expect(signedValue(row.actual!.indicator)).toBe(-5.6);
    // The same size said as a rise misses it (the sizes alone, 5.6 ≥ 3.1, called it met).
    expect(outcome(row.target!.indicator, { ...row.actual!.indicator, measure: '上升' })).toBe('missed');
  });

  it('leaves a fall that is the indicator itself unsigned (农村贫困人口减少 is poverty_exit)', () => {
    const exit = figure(tenths, (i) => i.groupKey === 'lexicon:poverty_exit' && i.measure === '减少');
    expect(isDecrease(exit)).toBe(false);
    expect(signedValue(exit)).toBe(exit.value);
  });

  it('titles a series of rises alone by its measure, as before', () => {
    expect(usualMeasure([{ kind: 'growth', measure: '增长' }, { kind: 'growth', measure: '增长' }])).toBe('增长');
  });
});

describe('a part never joins its whole across reports', () => {
  it('files 中央财政赤字 and 地方财政赤字 apart from the nation’s 财政赤字, in a row of their own', () => {
    const deficit = crossReportSeries(tenths, tenths[0]!.meta, 'lexicon:fiscal_deficit', '元');
    const names = deficit.flatMap((r) => [r.actual?.indicator.name, r.target?.indicator.name]).filter((n) => n);
    expect(names.length).toBeGreaterThan(0);
    expect(names.some((n) => /中央|地方/u.test(n!))).toBe(false);
    const central = figure(tenths, (i) => i.name === '中央财政赤字');
    const rows = crossReportSeries(tenths, tenths[0]!.meta, central.groupKey!, '元');
    expect(rows.map((r) => r.year)).toEqual([2015, 2016, 2017, 2018]);
    expect(rows.every((r) => r.target?.indicator.name === '中央财政赤字')).toBe(true);
  });

  it('keeps 城市低保标准 and 农村低保标准 out of 最低生活保障标准', () => {
    for (const name of ['城市低保标准', '农村低保标准']) expect(figure(tenths, (i) => i.name === name).groupKey).not.toBe('lexicon:dibao_standard');
  });

  it('reads the scope outside the entry’s own term, and lets an entry named with the word keep it', () => {
    const income = entryOfGroup('lexicon:disposable_income')!;
    expect(narrowsScope('乡村居民人均可支配收入', income)).toBe(true);
    expect(narrowsScope('贫困地区人均可支配收入', income)).toBe(true);
    expect(narrowsScope('中央财政支出', entryOfGroup('lexicon:general_budget_expenditure')!)).toBe(true);
    expect(narrowsScope('民生财政支出', entryOfGroup('lexicon:general_budget_expenditure')!)).toBe(true);
    expect(narrowsScope('城镇累计新增就业', entryOfGroup('lexicon:new_urban_jobs')!)).toBe(false);
    expect(narrowsScope('年末城镇调查失业率', entryOfGroup('lexicon:surveyed_unemployment')!)).toBe(false);
    // (民生 only inside 国民生产总值, the entry's own term.)
    expect(narrowsScope('人均国民生产总值', { name: '国民生产总值', synonyms: [] })).toBe(false);
    // (A scope word may run on into the term: 轻工业总产值 is 轻 before 工业总产值 — national 1982, dev.)
    const industrial = entryOfGroup('lexicon:industrial_output')!;
    // (手工业总产值, handicrafts — national 1956, 1957, 1959, dev; 1958, outside — beside an industry that left them out.)
    expect(['轻工业总产值', '重工业总产值', '手工业总产值', '工业总产值', '全国工业总产值'].map((n) => narrowsScope(n, industrial))).toEqual([true, true, true, false, false]);
    expect(exactIndicator('城市空气质量优良天数比率')?.id).toBe('good_air_ratio');
  });

  it('lists each scope word once, none inside another', () => {
    const all = [...scopeWords.population, ...scopeWords.area, ...scopeWords.government, ...scopeWords.item, ...scopeWords.sector];
    expect(new Set(all).size).toBe(all.length);
    expect(SCOPE_WORDS).toHaveLength(all.length);
    for (const a of all) for (const b of all) if (a !== b) expect(b.includes(a), `${a} in ${b}`).toBe(false);
  });
});

describe('a bare level a five-year review ends on', () => {
  it('stands for the span’s last year: 浙江’s incomes 突破7万元, 江西’s GDP', () => {
    const income = placesChart(provinces, 2025, 'lexicon:disposable_income', '元', 'actual', 'province')!;
    expect(income.bars.find((b) => b.place === '浙江省')?.figure.value).toBe(70000);
    // 地区生产总值突破3万亿元、达3.6万亿元: the level said exactly, not its bound.
    const gdp = placesChart(provinces, 2025, 'lexicon:grp', '元', 'actual', 'province')!;
    expect(gdp.bars.find((b) => b.place === '江西省')?.figure.text).toBe('3.6万亿元');
  });

  it('stays a total of the span when a review adds the flow up (天津: 实际使用外资263亿美元 over 2021-2025)', () => {
    const fdi = figure(provinces, (i) => i.text === '263亿美元');
    expect(fdi.period).toBe('2021-2025');
    expect(fdi.measure).toBeNull();
    expect(spanEndYear(fdi)).toBeNull();
    const gdp = figure(provinces, (i) => i.groupKey === 'lexicon:grp' && i.text === '3万亿元' && i.period === '2021-2025');
    expect(isEndOfSpanStock(gdp)).toBe(true);
  });

  it('names lexicon entries only, once each', () => {
    expect(new Set(endLevels.ids).size).toBe(endLevels.ids.length);
    for (const id of endLevels.ids) expect(entryOfGroup(`lexicon:${id}`), id).toBeDefined();
  });
});

describe('the words of a fall', () => {
  it('are listed once each, and never a measure that says where a quantity falls to', () => {
    expect(new Set(decreaseWords.measures).size).toBe(decreaseWords.measures.length);
    expect(decreaseWords.measures.some((m) => /[到至]$/u.test(m))).toBe(false);
    expect(new Set(decreaseWords.nameEndings).size).toBe(decreaseWords.nameEndings.length);
  });

  it('are read from a name that says the fall (national 2025, outside: 单位国内生产总值能耗降幅超过3%)', () => {
    const named = { measure: null, name: '单位国内生产总值能耗降幅', groupKey: 'lexicon:energy_intensity', value: 3 };
    expect(fallWord(named)).toBe('降幅');
    expect(signedValue(named)).toBe(-3);
    expect(fallWord({ ...named, name: '单位国内生产总值能耗' })).toBeNull();
  });

});
