import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { crossReportSeries, figurePhrase, samePlace } from '../../src/core';
import { addsToStock } from '../../src/core/workspace/series';
import type { IndexedReport, Indicator } from '../../src/core';
import {
  buildChart, chartCandidates, chartRequestOfState, figureFirst, inPlaceWords, placeFirst, chartLinks, coverage, chartOptionsFor, chartScale, findChartLink, formatChartCsv, indicatorSeries,
  mostUsedName, PLACES_CSV_COLUMNS, placesChart, seriesOfPlace, TERMS_CSV_COLUMNS, termColumnOf, termColumns, termsChart, usualMeasure, usualName,
  YEARS_CSV_COLUMNS, yearsChart, candidateDescription, candidateMatches, queryWords, SHOWN_ALIASES,
} from '../../src/core/charts';
import type { ChartData, ChartFigure, PlacesChart, TermSeries, YearsChart } from '../../src/core/charts';
import { plainDecimal } from '../../src/core/export';
import { indexReportFile } from '../../src/node/reportIndex';
import { placeLevel } from '../../src/core/workspace/placeLevel';
import { seriesKey as seriesKeyOf } from '../../src/core/workspace/relations';
import { CORPUS } from '../support/expectedOutline';
import { run } from '../support/runCli';

/** GDP (地区生产总值 / 国内生产总值) in the lexicon; its growth rate is the figure in %. */
const GDP = 'lexicon:grp';

let national: IndexedReport[];
let provincial2026: IndexedReport[];

async function indexFiles(paths: readonly string[]): Promise<IndexedReport[]> {
  const out: IndexedReport[] = [];
  for (const path of paths) {
    const result = await indexReportFile(path);
    if ('report' in result && result.report) out.push(result.report);
  }
  return out;
}

beforeAll(async () => {
  const nationalDir = join(CORPUS, 'national');
  // (The 2015–2019 series of issue 8: national 2019 is sealed, but issue 8's series needs five years in a row, and the dev national years run 2015–2018 only (session 27).)
  national = await indexFiles([2015, 2016, 2017, 2018, 2019].map((y) => join(nationalDir, `${y}.txt`)));
  const localDir = join(CORPUS, 'local');
  // The provinces' 2026 reports, chosen by file name: since session 33 a city's 2026 report (保定市-2026) sits beside them,
  // and these tests compare places of one level (the provinces and the four municipalities).
  const province2026 = /^(?:guangdong|jiangxi|zhejiang|.+省|.+自治区|北京市|天津市|上海市|重庆市)-2026\.txt$/u;
  provincial2026 = await indexFiles(readdirSync(localDir).filter((f) => province2026.test(f)).sort().map((f) => join(localDir, f)));
}, 60_000);

const texts = new Map<string, string[]>();
/** The line a figure's link points at, read from the report file itself. */
function lineOf(uri: string, line: number): string {
  let lines = texts.get(uri);
  if (!lines) {
    lines = readFileSync(fileURLToPath(uri), 'utf8').split('\n');
    texts.set(uri, lines);
  }
  return lines[line] ?? '';
}

/** Every figure's link lands on a line whose text at that range is the figure as written. */
function expectLinkedToItsText(figure: ChartFigure): void {
  const { start, end } = figure.range;
  expect(start.line).toBe(end.line);
  const line = lineOf(figure.uri, start.line);
  expect(line.slice(start.character, end.character)).toBe(figure.text);
  expect(figure.file).toBe(decodeURIComponent(figure.uri.slice(figure.uri.lastIndexOf('/') + 1)));
}

/** met / missed as the target's sense requires, without re-deriving the 左右 tolerance: the clear cases only. */
function expectVerdictConsistent(actual: ChartFigure, target: ChartFigure, outcome: string | null): void {
  const high = target.valueMax ?? target.value;
  if (target.bound === 'floor') {
    if (actual.value >= target.value) expect(outcome).toBe('met');
    if (outcome === 'missed') expect(actual.value).toBeLessThan(target.value);
  } else {
    if (actual.value <= high) expect(outcome).toBe('met');
    if (outcome === 'missed') expect(actual.value).toBeGreaterThan(high);
  }
}

/** A strict RFC 4180 reading (csv-parse, not our writer's inverse). */
function readCsv(csv: string): string[][] {
  expect(csv.startsWith('\ufeff')).toBe(true);
  return parseCsv(csv.slice(1), { relax_quotes: false, relax_column_count: false, record_delimiter: '\r\n' }) as string[][];
}

describe('an indicator across the years of one place (national reports 2015–2019)', () => {
  let chart: YearsChart;
  beforeAll(() => {
    const built = yearsChart(national, '全国', GDP, '%');
    expect(built).toBeDefined();
    chart = built!;
  });

  it('is the core series, year by year in ascending order, with a target set by each year’s own report', () => {
    const meta = national[0]!.meta;
    const rows = crossReportSeries(samePlace(national, meta), meta, GDP, '%');
    expect(chart.points.map((p) => p.year)).toEqual(rows.map((r) => r.year));
    expect(chart.points.map((p) => [p.actual?.uri, p.target?.uri, p.outcome])).toEqual(rows.map((r) => [r.actual?.uri, r.target?.uri, r.outcome]));
    const years = chart.points.map((p) => p.year);
    expect([...years].sort((a, b) => a - b)).toEqual(years);
    expect(new Set(years).size).toBe(years.length);
    // Every report of the five sets a growth target for its own year.
    const targetYears = chart.points.filter((p) => p.target).map((p) => p.year);
    expect(targetYears).toEqual(expect.arrayContaining([2015, 2016, 2017, 2018, 2019]));
    for (const p of chart.points) {
      if (p.target) {
        expect(p.target.reportYear).toBe(p.year);
        expect(p.target.status).toBe('target');
      }
      // An actual is reported for a year that is over: by the next year's report (or a later one's review).
      if (p.actual) {
        expect(p.actual.status).toBe('actual');
        expect(p.actual.reportYear!).toBeGreaterThan(p.year);
      }
    }
  });

  it('says what a series of rates of change measures (国内生产总值 + 增长: the chart is of growth, not of the amount)', () => {
    expect(chart.measure).toBe('增长');
    const amounts = yearsChart(national, '全国', GDP, '元');
    if (amounts) expect(amounts.measure).toBeNull();
    expect(usualMeasure([{ kind: 'level', measure: '达到' }, { kind: 'growth', measure: '增长' }])).toBeNull();
    expect(usualMeasure([{ kind: 'growth', measure: '增长' }, { kind: 'growth', measure: '年均增长' }, { kind: 'growth', measure: '增长' }])).toBe('增长');
  });

  it('links every point to a line of its report whose text is the figure', () => {
    const figures = chart.points.flatMap((p) => [p.actual, p.target]).filter((f) => f !== undefined);
    expect(figures.length).toBeGreaterThanOrEqual(8);
    for (const figure of figures) expectLinkedToItsText(figure);
  });

  it('reads actuals from the next year’s report and judges them against the target through its qualifier', () => {
    const judged = chart.points.filter((p) => p.outcome === 'met' || p.outcome === 'missed');
    // 2015–2018 each have a target in their own report and an actual in the next one.
    expect(judged.length).toBeGreaterThanOrEqual(3);
    for (const p of judged) expectVerdictConsistent(p.actual!, p.target!, p.outcome);
    for (const p of chart.points) {
      if (!p.target) expect(p.outcome).toBeNull();
      // The last report's target has no next report here: nothing to compare, not “not reported”.
      if (p.year === 2019 && !p.actual) expect(p.outcome).toBeNull();
      if (p.target?.qualifier) expect(p.target.phrase).toContain(p.target.qualifier);
    }
  });

  it('writes one CSV record per year that reads back to the chart', () => {
    const [header, ...records] = readCsv(formatChartCsv(chart));
    expect(header).toEqual([...YEARS_CSV_COLUMNS]);
    expect(records).toHaveLength(chart.points.length);
    const col = (name: (typeof YEARS_CSV_COLUMNS)[number]) => YEARS_CSV_COLUMNS.indexOf(name);
    records.forEach((record, i) => {
      const p = chart.points[i]!;
      expect(record[col('place')]).toBe('全国');
      expect(Number(record[col('year')])).toBe(p.year);
      expect(record[col('actual')]).toBe(p.actual ? plainDecimal(p.actual.value) : '');
      expect(record[col('target')]).toBe(p.target ? plainDecimal(p.target.value) : '');
      expect(record[col('outcome')]).toBe(p.outcome ?? '');
      expect(record[col('targetText')]).toBe(p.target?.phrase ?? '');
      if (p.target) {
        expect(record[col('targetFile')]).toBe(p.target.file);
        expect(lineOf(p.target.uri, Number(record[col('targetLine')]) - 1)).toContain(p.target.text);
      }
    });
  });
});

// An eleventh trial: a 2026 GDP target chart of three provinces left out 保定市's target without a word.
describe('places of another level of government', () => {
  it('are not compared but named, when they give the figure', async () => {
    // Asserts on sealed text (保定 2022's GDP target): the only dev pair of a national and a local report of one year,
    // national and 高阳县 2017, has no local GDP growth target, so no dev pair can take its place (session 27).
    const reports = await indexFiles(['national/2022.txt', 'local/baoding-2022.txt'].map((p) => join(CORPUS, p)));
    const national2022 = placesChart(reports, 2022, GDP, '%', 'target', 'national');
    expect(national2022?.bars.map((b) => b.place)).toEqual(['全国']);
    expect(national2022?.otherLevel).toEqual(['保定市']);
    const city = placesChart(reports, 2022, GDP, '%', 'target', 'city');
    expect(city?.bars.map((b) => b.place)).toEqual(['保定市']);
    expect(city?.otherLevel).toEqual(['全国']);
    // With no level asked for, every place is compared.
    expect(placesChart(reports, 2022, GDP, '%', 'target')?.otherLevel).toEqual([]);
  });
});

describe('an indicator across places for one year (provincial reports of 2026)', () => {
  let chart: PlacesChart;
  beforeAll(() => {
    const built = placesChart(provincial2026, 2026, GDP, '%', 'target');
    expect(built).toBeDefined();
    chart = built!;
  });

  it('has one bar per place, largest first (ties: the wider range first), and names the places without a figure', () => {
    const places = chart.bars.map((b) => b.place);
    expect(new Set(places).size).toBe(places.length);
    // Most provinces state a growth target for the year.
    expect(chart.bars.length).toBeGreaterThanOrEqual(Math.ceil(provincial2026.length / 2));
    for (let i = 1; i < chart.bars.length; i++) {
      const [a, b] = [chart.bars[i - 1]!.figure, chart.bars[i]!.figure];
      expect(a.value).toBeGreaterThanOrEqual(b.value);
      if (a.value === b.value) expect(a.valueMax ?? a.value).toBeGreaterThanOrEqual(b.valueMax ?? b.value);
    }
    // Every place with a 2026 report is either charted or listed as missing, never both.
    const all = new Set(provincial2026.map((r) => r.meta.place));
    expect(new Set([...places, ...chart.missing])).toEqual(all);
    expect(chart.missing.filter((m) => places.includes(m))).toEqual([]);
  });

  it('says that the bars are growth targets (the measure most of them use)', () => {
    expect(chart.measure).toBe('增长');
  });

  it('takes each place’s target from its own 2026 report, linked to the line that states it', () => {
    for (const bar of chart.bars) {
      const report = provincial2026.find((r) => r.uri === bar.figure.uri)!;
      expect(report.meta.place).toBe(bar.place);
      expect(report.meta.year).toBe(2026);
      expect(bar.figure.status).toBe('target');
      expect(bar.figure.unit).toBe('%');
      expectLinkedToItsText(bar.figure);
      // No report of 2027 here: no verdict yet.
      expect(bar.outcome).toBeNull();
    }
  });

  it('is what the candidates offer, and what a request builds', () => {
    const option = chartCandidates(provincial2026)
      .find((c) => c.groupKey === GDP && c.unit === '%')
      ?.options.find((o) => o.type === 'places' && o.year === 2026 && o.status === 'target');
    expect(option).toMatchObject({ places: chart.bars.length });
    expect(buildChart(provincial2026, { type: 'places', year: 2026, status: 'target', groupKey: GDP, unit: '%' })).toEqual(chart);
  });

  // A twelfth trial: the picker offered “2025 actuals, 2 places” and the chart drew 3 — the count read a figure's own
  // year only, the chart also the level a five-year review ends on (甘肃 2026: 地区生产总值达到13697.5亿元, 2021-2025).
  it('offers every chart across places with the number of places it draws', () => {
    const options = chartCandidates(provincial2026).flatMap((c) => c.options.filter((o) => o.type === 'places'));
    expect(options.some((o) => o.type === 'places' && o.status === 'actual' && o.year === 2025)).toBe(true);
    for (const option of options) {
      if (option.type !== 'places') continue;
      const built = buildChart(provincial2026, option);
      expect(built?.type === 'places' ? built.bars.length : -1, `${option.groupKey} ${option.unit} ${option.year} ${option.status}`).toBe(option.places);
    }
  });

  // A review saw a chart across places set one province's listed companies (1224家, the stock) beside another's new
  // listings of the year (2家): a place whose reports give only a year's additions has them as its main row. One kind per
  // chart: the stocks in one, the year's additions (“X（新增）”) in another.
  it('never sets one place’s additions of the year beside another’s stock', () => {
    const indicatorOf = (figure: ChartFigure): Indicator | undefined =>
      provincial2026.find((r) => r.uri === figure.uri)?.indicators.find((i) => i.range.start.line === figure.range.start.line && i.range.start.character === figure.range.start.character);
    const candidates = chartCandidates(provincial2026);
    let additionsCharts = 0;
    for (const candidate of candidates) {
      for (const option of candidate.options) {
        if (option.type !== 'places') continue;
        const built = buildChart(provincial2026, option);
        if (built?.type !== 'places') continue;
        const additions = option.additions === true;
        for (const bar of built.bars) expect(addsToStock(indicatorOf(bar.figure)!), `${built.name} ${bar.place} ${bar.figure.phrase}`).toBe(additions);
        expect(built.name.endsWith('（新增）')).toBe(additions);
        if (additions) additionsCharts++;
      }
    }
    // The additions have a chart of their own, and a card of additions offers it.
    expect(additionsCharts).toBeGreaterThan(0);
    const added = provincial2026.flatMap((r) => r.indicators.filter((i) => i.status === 'actual' && addsToStock(i)).map((i) => ({ r, i })));
    const offered = added.flatMap(({ r, i }) => {
      const key = seriesKeyOf(i, r);
      return key ? chartOptionsFor(provincial2026, r.meta.place, i, key).filter((o) => o.type === 'places') : [];
    });
    expect(offered.length).toBeGreaterThan(0);
    for (const option of offered) expect(option).toMatchObject({ additions: true });
  });

  // A seventeenth trial: the card of 新增市场经营主体18.1万户 (保定 2025) opened a chart of the stock, 26.5 → 60.4万户 in
  // 2013–2017, holding neither the figure nor its year.
  it('opens, from a card of additions, only a chart whose row holds additions', () => {
    let checked = 0;
    for (const reports of [national, provincial2026]) {
      for (const r of reports) {
        for (const i of r.indicators.filter((f) => addsToStock(f))) {
          const key = seriesKeyOf(i, r);
          if (!key) continue;
          for (const option of chartOptionsFor(reports, r.meta.place, i, key)) {
            if (option.type !== 'years') continue;
            const built = buildChart(reports, option);
            const held = built?.type === 'years' ? built.points.flatMap((p) => [p.actual, p.target]).filter((f) => f !== undefined) : [];
            const ofAdditions = held.some((f) => {
              const found = reports.find((x) => x.uri === f.uri)?.indicators.find((x) => x.range.start.line === f.range.start.line && x.range.start.character === f.range.start.character);
              return found !== undefined && addsToStock(found);
            });
            expect(ofAdditions, `${r.meta.place} ${i.name} ${i.text}`).toBe(true);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  // review23: on trial17's folder a card offered 20 charts across years that Show Chart's picker did not list — each
  // row held a level a review's span ended with (保定 2021's 市场主体达到79.1万家, dated 2016-2020), which the card's
  // series reads as 2020 and the picker's count of years did not.
  it('lists in the picker every chart across years a card offers', () => {
    const listed = new Set(chartCandidates(national).flatMap((c) => c.options.filter((o) => o.type === 'years').map((o) => `${o.place} ${o.groupKey} ${o.unit} ${o.additions === true}`)));
    let offered = 0;
    let spanEnds = 0;
    for (const r of national) {
      for (const i of r.indicators) {
        const key = seriesKeyOf(i, r);
        if (!key) continue;
        for (const option of chartOptionsFor(national, r.meta.place, i, key)) {
          if (option.type !== 'years') continue;
          offered++;
          if (!/^\d{4}$/u.test(i.period ?? '')) spanEnds++;
          expect(listed.has(`${option.place} ${option.groupKey} ${option.unit} ${option.additions === true}`), `${i.name} ${i.text} ${i.period}`).toBe(true);
        }
      }
    }
    expect(offered).toBeGreaterThan(100);
    expect(spanEnds).toBeGreaterThan(0);
  });

  // A chart tab restored after a window reload is drawn again from the request its page's state gives back.
  it('gives back, from a page’s state, the request each chart across places was drawn for (its level too)', () => {
    const options = chartCandidates(provincial2026).flatMap((c) => c.options.filter((o) => o.type === 'places'));
    expect(options.some((o) => o.type === 'places' && o.level !== undefined)).toBe(true);
    for (const option of options) {
      const built = buildChart(provincial2026, option);
      const { places: _places, ...request } = option as typeof option & { places?: number };
      expect(chartRequestOfState(JSON.parse(JSON.stringify({ type: 'render', chart: built, labels: {} })))).toEqual(request);
    }
  });

  it('writes the bars as CSV in rank order', () => {
    const [header, ...records] = readCsv(formatChartCsv(chart));
    expect(header).toEqual([...PLACES_CSV_COLUMNS]);
    const col = (name: (typeof PLACES_CSV_COLUMNS)[number]) => PLACES_CSV_COLUMNS.indexOf(name);
    expect(records.map((r) => r[col('place')])).toEqual(chart.bars.map((b) => b.place));
    expect(records.map((r) => Number(r[col('rank')]))).toEqual(chart.bars.map((_, i) => i + 1));
    records.forEach((record, i) => {
      const { figure } = chart.bars[i]!;
      expect(Number(record[col('value')])).toBe(figure.value);
      expect(record[col('valueMax')]).toBe(figure.valueMax === undefined ? '' : plainDecimal(figure.valueMax));
      expect(record[col('text')]).toBe(figure.phrase);
      expect(lineOf(figure.uri, Number(record[col('line')]) - 1)).toContain(figure.text);
    });
  });

  // A trial user's CSV named each report by its bare file name: two folders of a workspace may each hold 2024.txt.
  it('names each report in the CSV the way the caller asks (the editor: its workspace-relative path)', () => {
    const root = pathToFileURL(process.cwd()).href;
    const relative = (link: { uri: string }): string => decodeURIComponent(link.uri.slice(root.length + 1));
    const [header, ...records] = readCsv(formatChartCsv(chart, relative));
    const col = (name: (typeof PLACES_CSV_COLUMNS)[number]) => PLACES_CSV_COLUMNS.indexOf(name);
    expect(header).toEqual([...PLACES_CSV_COLUMNS]);
    records.forEach((record, i) => {
      const { figure } = chart.bars[i]!;
      expect(record[col('file')]).toMatch(/^test\/fixtures\/corpus\/local\/.+\.txt$/u);
      expect(readFileSync(record[col('file')]!, 'utf8').split('\n')[Number(record[col('line')]) - 1]).toContain(figure.text);
    });
  });
});

describe('which charts a folder offers', () => {
  // A trial's Show Chart printed all 11 names of GDP in its row and found nothing for “生产总值, %”.
  it('prints a row’s first other names only, and finds it by any of its names and its unit, word by word', () => {
    const candidates = chartCandidates([...national, ...provincial2026]);
    const gdp = candidates.find((c) => c.groupKey === GDP && c.unit === '%')!;
    expect(gdp.aliases.length).toBeGreaterThan(SHOWN_ALIASES);
    const description = candidateDescription(gdp);
    expect(description).toBe(`% · ${gdp.aliases.slice(0, SHOWN_ALIASES).join('、')} +${gdp.aliases.length - SHOWN_ALIASES}`);
    for (const c of candidates) expect(candidateDescription(c).split('、').length, c.name).toBeLessThanOrEqual(SHOWN_ALIASES);
    // Before: one string over name, unit and all names; the comma and the space kept 生产总值 and % apart.
    expect(`${gdp.name} ${gdp.unit} ${gdp.aliases.join('、')}`.includes('生产总值, %')).toBe(false);
    expect(queryWords('生产总值, %')).toEqual(['生产总值', '%']);
    expect(queryWords('生产总值，％')).toEqual(['生产总值', '%']);
    expect(candidateMatches(gdp, queryWords('生产总值, %'))).toBe(true);
    // A name the row does not print still finds it.
    expect(candidateMatches(gdp, queryWords(gdp.aliases.at(-1)!))).toBe(true);
    // Every word must hold: GDP's row in % is not found by 亿元, and a word none of its names hold finds nothing.
    expect(candidateMatches(gdp, queryWords('生产总值 亿元'))).toBe(false);
    const found = candidates.filter((c) => candidateMatches(c, queryWords('生产总值, %')));
    expect(found.map((c) => c.groupKey)).toContain(GDP);
    expect(found.every((c) => c.unit === '%')).toBe(true);
    expect(candidates.filter((c) => candidateMatches(c, queryWords('')))).toHaveLength(candidates.length);
  });

  // trial18 typed “地区生产总值增速” and “增长 生产总值” into the picker and found nothing: no row is named with the
  // word; GDP's growth rate is GDP's row in %.
  it('finds a rate row by a word of rate, alone or after its name, and never a row that is not in %', () => {
    const candidates = chartCandidates([...national, ...provincial2026]);
    const gdp = candidates.find((c) => c.groupKey === GDP && c.unit === '%')!;
    const gdpLevel = candidates.find((c) => c.groupKey === GDP && c.unit !== '%')!;
    expect(gdpLevel).toBeDefined();
    for (const q of ['地区生产总值增速', '增长 生产总值', '国内生产总值增长率', 'GDP增速', '增幅 生产总值']) {
      expect(candidateMatches(gdp, queryWords(q)), q).toBe(true);
      expect(candidateMatches(gdpLevel, queryWords(q)), q).toBe(false);
    }
    // The stem must still be one of the row's names: 增速 does not make any rate row match any name.
    expect(candidateMatches(gdp, queryWords('粮食产量增速'))).toBe(false);
    const rates = candidates.filter((c) => candidateMatches(c, queryWords('增速')));
    // A row not in % is found only when one of its own names holds the word (民间投资增速高于全国, in 个百分点).
    expect(rates.filter((c) => c.unit !== '%' && ![c.name, ...c.aliases].some((n) => n.includes('增速')))).toEqual([]);
    expect(rates.filter((c) => c.unit === '%').length).toBeGreaterThan(1);
  });

  // A fifth trial user reading 四川 2026 typed 地区生产总值 into Show Chart and found nothing: the GDP charts are
  // listed under the lexicon's 国内生产总值, and the national series came first whatever report was open.
  it('gives each lexicon indicator its other names, and puts the open report’s place first', () => {
    const folder = [...national, ...provincial2026];
    const candidates = chartCandidates(folder);
    const gdp = candidates.find((c) => c.groupKey === GDP && c.unit === '%')!;
    expect([gdp.name, ...gdp.aliases]).toEqual(expect.arrayContaining(['国内生产总值', '地区生产总值']));
    expect(gdp.aliases).not.toContain(gdp.name);
    const place = provincial2026.find((r) => r.meta.year === 2026)!.meta.place!;
    const ordered = placeFirst(candidates, place);
    expect(ordered.length).toBe(candidates.length);
    const ofPlace = (c: (typeof candidates)[number]): boolean => c.options.some((o) => o.type === 'years' && o.place === place);
    const firstOther = ordered.findIndex((c) => !ofPlace(c));
    expect(ordered.slice(firstOther).some(ofPlace)).toBe(false);
    for (const c of ordered.filter(ofPlace)) expect(c.options[0]).toMatchObject({ type: 'years', place });
    expect(placeFirst(candidates, null)).toEqual(candidates);
  });

  // A sixth trial reading 湖南 2026 (its only year in the workspace): 全国's unemployment came first, and the GDP chart
  // of 2026 across places that holds 湖南 came third.
  it('puts the charts of the open report’s year across places next, when its place has no years to chart', () => {
    const folder = [...national, ...provincial2026];
    const candidates = chartCandidates(folder);
    const self = provincial2026.find((r) => r.meta.year === 2026 && !folder.some((o) => o !== r && o.meta.place === r.meta.place))!;
    const own = { year: self.meta.year, groupKeys: new Set(self.indicators.flatMap((i) => (i.groupKey ? [i.groupKey] : []))) };
    const ordered = placeFirst(candidates, self.meta.place, own);
    expect(ordered.length).toBe(candidates.length);
    const first = ordered[0]!;
    expect(own.groupKeys.has(first.groupKey)).toBe(true);
    expect(first.options[0]).toMatchObject({ type: 'places', year: 2026 });
    // Every indicator of that chart stands before every other.
    const holds = (c: (typeof candidates)[number]): boolean => own.groupKeys.has(c.groupKey) && c.options.some((o) => o.type === 'places' && o.year === 2026);
    const firstOther = ordered.findIndex((c) => !holds(c));
    expect(ordered.slice(firstOther).some(holds)).toBe(false);
  });

  // A twelfth trial, reading national 2017 beside provincial reports, was asked “Which chart of 地区生产总值?”.
  it('names an indicator as the report being read words it, the other name kept as an alias', () => {
    const both = [...national, ...provincial2026];
    const gdp = (list: ReturnType<typeof chartCandidates>) => list.find((c) => c.groupKey === GDP && c.unit === '%')!;
    const plain = gdp(chartCandidates(both));
    const forNation = gdp(inPlaceWords(chartCandidates(both), '全国'));
    const forProvince = gdp(inPlaceWords(chartCandidates(both), '湖南省'));
    expect([plain.name, ...plain.aliases]).toEqual(expect.arrayContaining(['国内生产总值', '地区生产总值']));
    expect(forNation.name).toBe('国内生产总值');
    expect(forNation.aliases).toContain('地区生产总值');
    expect(forProvince.name).toBe('地区生产总值');
    expect(forProvince.aliases).toContain('国内生产总值');
    expect(forNation.options).toEqual(plain.options);
  });

  // A seventh trial: with the cursor on 2024's 1200万人 (城镇新增就业), the palette's first row was 常住人口城镇化率.
  it('puts the indicator of the figure under the cursor first, the rest in their order', () => {
    const candidates = placeFirst(chartCandidates(national), '全国');
    const self = national.find((r) => r.meta.year === 2019)!;
    const charted = self.indicators.filter((i) => candidates.slice(1).some((c) => c.groupKey === seriesKeyOf(i, self) && c.unit === i.unit));
    expect(charted.length).toBeGreaterThan(0);
    const figure = charted[0]!;
    const middle = { line: figure.range.start.line, character: figure.range.start.character + 1 };
    const ordered = figureFirst(candidates, self, middle);
    expect(ordered.length).toBe(candidates.length);
    expect(ordered[0]).toMatchObject({ groupKey: seriesKeyOf(figure, self), unit: figure.unit });
    expect(ordered.slice(1)).toEqual(candidates.filter((c) => c !== ordered[0]));
    // Off any figure (the report's first line), or with no report, the order stays.
    expect(figureFirst(candidates, self, { line: 0, character: 0 })).toEqual(candidates);
    expect(figureFirst(candidates, undefined, middle)).toEqual(candidates);
  });

  it('offers the national years of an indicator when two or more reports give it, and no places chart for one place', () => {
    const candidates = chartCandidates(national);
    const gdp = candidates.find((c) => c.groupKey === GDP && c.unit === '%');
    expect(gdp?.options).toEqual([expect.objectContaining({ type: 'years', place: '全国' })]);
    for (const candidate of candidates) {
      expect(candidate.options.length).toBeGreaterThan(0);
      for (const option of candidate.options) {
        expect(option.type).toBe('years');
        const chart = buildChart(national, option) as YearsChart;
        expect(chart.points.map((p) => p.year)).toEqual(option.type === 'years' ? option.years : []);
        // Drawn from two reports or more: a chart of one report is no comparison.
        expect(new Set(chartLinks(chart).map((l) => l.uri)).size).toBeGreaterThanOrEqual(2);
      }
    }
    // The widest comparisons first: coverage never grows down the list.
    const widths = candidates.map(coverage);
    expect([...widths].sort((a, b) => b - a)).toEqual(widths);
    expect(candidates[0]!.options.some((o) => o.type === 'years' && o.years.length === widths[0])).toBe(true);
  });

  it('gives a figure its place’s years and its year across places, as the hover card and the view ask', () => {
    const report = national.find((r) => r.meta.year === 2017)!;
    const figure = report.indicators.find((i) => i.groupKey === GDP && i.unit === '%' && i.status === 'target' && i.period === '2017')!;
    expect(chartOptionsFor(national, '全国', figure, GDP)).toEqual([expect.objectContaining({ type: 'years', place: '全国', groupKey: GDP })]);
    const beijing = provincial2026.find((r) => r.meta.place === '北京市')!;
    const target = beijing.indicators.find((i) => i.groupKey === GDP && i.unit === '%' && i.status === 'target' && i.period === '2026')!;
    const options = chartOptionsFor(provincial2026, '北京市', target, GDP);
    expect(options).toEqual([expect.objectContaining({ type: 'places', year: 2026, status: 'target' })]);
    // A figure of a year nobody else gives has no places chart; an unknown key has nothing.
    expect(chartOptionsFor(provincial2026, '北京市', { ...target, period: '1999' }, GDP)).toEqual([]);
    expect(chartOptionsFor(provincial2026, '北京市', target, 'name:不存在的指标')).toEqual([]);
  });

  // A new user's trial: 海拉尔区's GDP for 2018 charted beside the country's (90万亿元), its bar invisible.
  it('compares places of one level only: provinces with provinces, never the country with a district', async () => {
    const [hailar] = await indexFiles([join(CORPUS, 'local', 'hailar-2019.txt')]);
    const folder = [...national, hailar!, ...provincial2026];
    expect(folder.map((r) => placeLevel(r.meta.place ?? ''))).toEqual(expect.arrayContaining(['national', 'county', 'province']));
    expect(provincial2026.every((r) => placeLevel(r.meta.place ?? '') === 'province')).toBe(true);
    const gdp = hailar!.indicators.find((i) => i.text === '192.3亿元' && i.groupKey);
    expect(gdp?.period).toBe('2018');
    // The country gives its 2018 GDP too (national 2019), but no chart puts the two side by side.
    expect(national.some((r) => r.indicators.some((i) => i.groupKey === gdp!.groupKey && i.unit === gdp!.unit && i.period === '2018' && i.status === 'actual'))).toBe(true);
    expect(chartOptionsFor(folder, '海拉尔区', gdp!, gdp!.groupKey!).filter((o) => o.type === 'places')).toEqual([]);
    for (const candidate of chartCandidates(folder)) {
      for (const option of candidate.options.filter((o) => o.type === 'places')) {
        const chart = buildChart(folder, option) as PlacesChart;
        expect(new Set(chart.bars.map((b) => placeLevel(b.place))).size, `${candidate.name} ${JSON.stringify(option)}`).toBe(1);
      }
    }
    // The provinces' 2026 GDP targets still make a chart, with no other level in it.
    const beijing = provincial2026.find((r) => r.meta.place === '北京市')!;
    const target = beijing.indicators.find((i) => i.groupKey === GDP && i.unit === '%' && i.status === 'target' && i.period === '2026')!;
    const [option] = chartOptionsFor(folder, '北京市', target, GDP).filter((o) => o.type === 'places');
    expect(option).toMatchObject({ level: 'province' });
    expect((buildChart(folder, option!) as PlacesChart).bars.map((b) => b.place)).not.toContain('全国');
  });

  it('offers a chart across years for exactly the series of the place (seriesOfPlace), each drawn from two reports or more', () => {
    const series = seriesOfPlace(national);
    expect(series.length).toBeGreaterThan(10);
    const key = (groupKey: string, unit: string | null): string => `${groupKey}\u0000${unit ?? ''}`;
    const offered = chartCandidates(national).flatMap((c) => c.options.filter((o) => o.type === 'years').map(() => key(c.groupKey, c.unit)));
    expect(offered.sort()).toEqual(series.map((s) => key(s.groupKey, s.unit)).sort());
    for (const { groupKey, unit, rows } of series) {
      expect(indicatorSeries(national, groupKey, unit)).toEqual(rows);
      expect(new Set(rows.flatMap((r) => [r.actual?.uri, r.target?.uri]).filter((u) => u !== undefined)).size).toBeGreaterThanOrEqual(2);
      const years = rows.map((r) => r.year);
      expect([...years].sort((a, b) => a - b)).toEqual(years);
    }
    // An indicator with a yearly figure in one report only has no series; one report has none at all.
    const once = national[4]!.indicators.find((i) => i.groupKey && /^\d{4}$/u.test(i.period ?? '') && national.slice(0, 4).every((r) => !r.indicators.some((j) => j.groupKey === i.groupKey && j.unit === i.unit)));
    expect(once).toBeDefined();
    expect(indicatorSeries(national, once!.groupKey!, once!.unit)).toBeNull();
    expect(seriesOfPlace(national.slice(0, 1))).toEqual([]);
  });

  it('are the rows `govreport series` lists for the same reports: one rule for which indicators have a series', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govreport-series-'));
    try {
      for (const year of [2015, 2016, 2017, 2018, 2019]) copyFileSync(join(CORPUS, 'national', `${year}.txt`), join(dir, `${year}.txt`));
      const result = await run('series', dir, '--csv');
      expect(result.code).toBe(0);
      const records = readCsv(result.stdout);
      const col = (name: string): number => records[0]!.indexOf(name);
      // Names aside (each side names an indicator by the figures it counts), a row is its unit, year and the texts.
      const row = (unit: string | null, year: number, actual: string | undefined, target: string | undefined): string =>
        [unit ?? '', year, actual ?? '', target ?? ''].join('|');
      const listed = records.slice(1).map((r) => row(r[col('unit')]!, Number(r[col('year')]), r[col('actualText')], r[col('targetText')]));
      const phrase = (figure: { indicator: Indicator } | undefined): string | undefined => figure && figurePhrase(figure.indicator);
      const ours = seriesOfPlace(national).flatMap((s) => s.rows.map((r) => row(s.unit, r.year, phrase(r.actual), phrase(r.target))));
      expect(listed.length).toBeGreaterThan(100);
      expect(ours.sort()).toEqual(listed.sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names an indicator by the name its figures give most often, the first given on a tie, else by its key', () => {
    expect(usualName(national, GDP, '%')).toBe('国内生产总值');
    expect(mostUsedName([{ name: '乙' }, { name: '甲' }, undefined, { name: '甲' }, { name: null }], 'lexicon:x')).toBe('甲');
    expect(mostUsedName([{ name: '乙' }, { name: '甲' }], 'lexicon:x')).toBe('乙');
    expect(mostUsedName([{ name: null }, undefined], 'lexicon:grp')).toBe('grp');
  });

  it('scales large amounts to 万, 亿 or 万亿 so that the largest value reads between 1 and 10,000', () => {
    for (const candidate of chartCandidates(national)) {
      const chart = buildChart(national, candidate.options[0]!) as YearsChart;
      const values = chart.points.flatMap((p) => [p.actual, p.target]).filter((f) => f !== undefined).map((f) => Math.abs(f.valueMax ?? f.value));
      const max = Math.max(...values);
      if (chart.scale.divisor > 1) {
        expect(max / chart.scale.divisor).toBeGreaterThanOrEqual(1);
        expect(max / chart.scale.divisor).toBeLessThan(10_000);
      }
      expect(chart.scale.label.endsWith(chart.unit ?? '')).toBe(true);
    }
    expect(chartScale([5, 6.5], '%')).toEqual({ divisor: 1, prefix: '', label: '%' });
    expect(chartScale([1.62e12, 4e11], '元')).toMatchObject({ prefix: '万亿', label: '万亿元' });
    expect(chartScale([13_120_000], '人')).toMatchObject({ prefix: '万', label: '万人' });
  });
});

describe('links a webview may open', () => {
  it('are the chart’s own figures only: another uri or a shifted range is refused', () => {
    const chart = yearsChart(national, '全国', GDP, '%')!;
    const links = chartLinks(chart);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(findChartLink(chart, link.uri, link.range)).toEqual(link);
    const [first] = links;
    const shifted = { ...first!.range, start: { ...first!.range.start, character: first!.range.start.character + 1 } };
    expect(findChartLink(chart, first!.uri, shifted)).toBeUndefined();
    expect(findChartLink(chart, 'file:///etc/passwd', first!.range)).toBeUndefined();
  });
});

describe('a terms chart', () => {
  /** A term's plain occurrence count per 10,000 characters in each national report (test data, not the terms analysis). */
  function seriesOf(term: string): TermSeries {
    return {
      term,
      points: [...national].reverse().map((r) => {
        const text = readFileSync(fileURLToPath(r.uri), 'utf8');
        const count = text.split(term).length - 1;
        const index = text.indexOf(term);
        const line = index < 0 ? 0 : text.slice(0, index).split('\n').length - 1;
        const character = index < 0 ? 0 : index - (text.lastIndexOf('\n', index - 1) + 1);
        return {
          year: r.meta.year!, place: r.meta.place, per10k: (count * 10_000) / text.length, count, uri: r.uri,
          ...(index < 0 ? {} : { range: { start: { line, character }, end: { line, character: character + term.length } } }),
        };
      }),
    };
  }

  it('orders each term’s points by year, drops unusable ones and links each point to the term in its report', () => {
    const bad = { year: 2020, place: '全国', per10k: Number.NaN, uri: national[0]!.uri };
    const negative = { year: 2021, place: '全国', per10k: -1, uri: national[0]!.uri };
    const raw = seriesOf('供给侧结构性改革');
    const chart = termsChart([{ ...raw, points: [...raw.points, bad, negative] }, { term: '   ', points: raw.points }]);
    expect(chart.series).toHaveLength(1);
    const [series] = chart.series;
    expect(series!.points.map((p) => p.year)).toEqual([2015, 2016, 2017, 2018, 2019]);
    for (const p of series!.points) {
      expect(p.file).toMatch(/^\d{4}\.txt$/u);
      if (p.range) expect(lineOf(p.uri, p.range.start.line).slice(p.range.start.character, p.range.end.character)).toBe('供给侧结构性改革');
    }
    const columns = termColumns(chart);
    expect(columns.map((c) => c.label)).toEqual(['2015', '2016', '2017', '2018', '2019']);
    for (const p of series!.points) expect(columns[termColumnOf(columns, p)]!.year).toBe(p.year);
  });

  it('labels columns with the place when the points are of several places, and bounds the number of lines', () => {
    const many = termsChart([
      { term: '新质生产力', points: provincial2026.map((r) => ({ year: 2026, place: r.meta.place, per10k: 1, uri: r.uri })) },
    ]);
    const columns = termColumns(many);
    expect(columns).toHaveLength(new Set(provincial2026.map((r) => r.meta.place)).size);
    expect(columns.every((c) => c.label.startsWith('2026 ') && c.label.length > 5)).toBe(true);
    const tooMany = termsChart(Array.from({ length: 50 }, (_, i) => ({ term: `词${i}`, points: [] })));
    expect(tooMany.series.length).toBeLessThan(50);
  });

  it('writes one CSV record per term and report', () => {
    const chart = termsChart([seriesOf('供给侧结构性改革'), seriesOf('新发展理念')], 'test');
    const [header, ...records] = readCsv(formatChartCsv(chart));
    expect(header).toEqual([...TERMS_CSV_COLUMNS]);
    const points = chart.series.flatMap((s) => s.points.map((p) => [s.term, p] as const));
    expect(records).toHaveLength(points.length);
    records.forEach((record, i) => {
      const [term, p] = points[i]!;
      expect(record.slice(0, 3)).toEqual([term, String(p.year), '全国']);
      expect(Number(record[3])).toBeCloseTo(p.per10k, 10);
      expect(record[4]).toBe(String(p.count));
    });
  });
});

describe('every chart type', () => {
  it('keeps within the figures it was given (no chart for an unknown place or key)', () => {
    expect(yearsChart(national, '火星', GDP, '%')).toBeUndefined();
    expect(yearsChart(national, '全国', 'name:不存在的指标', '%')).toBeUndefined();
    expect(placesChart(provincial2026, 1999, GDP, '%', 'target')).toBeUndefined();
    const charts: ChartData[] = [yearsChart(national, '全国', GDP, '%')!, placesChart(provincial2026, 2026, GDP, '%', 'target')!];
    for (const chart of charts) expect(JSON.parse(JSON.stringify(chart))).toEqual(chart); // plain data: survives postMessage
  });
});
