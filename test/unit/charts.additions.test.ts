/**
 * A year's additions to a stock (新增上市企业12家) beside the stock (达到108家) are two series (series.ts): a card of
 * additions shows the additions, and its chart must too. A fifteenth trial's card of 新增高新技术企业70家 (保定市 2024)
 * showed 300 · 100以上 · 210 · 70 · 70 and its “Chart across years” link opened the stock, 739 / 1100 / 1850家; Show
 * Chart offered no chart of the additions at all. The sentences are 保定市's own (Hebei archive, outside text).
 */
import { describe, expect, it } from 'vitest';
import { indexReport } from '../../src/core';
import type { IndexedReport } from '../../src/core';
import { buildChart, chartCandidates, chartOptionsFor, chartRequestOfState, parseChartRequest } from '../../src/core/charts';
import type { YearsChart } from '../../src/core/charts';
import { buildSeriesTable } from '../../src/core/workspace/seriesTable';

const report = (year: number, body: string): IndexedReport =>
  indexReport(`file:///ws/保定市_${year}_report.txt`, `${year}年保定市政府工作报告\n各位代表：\n${body}\n`, { fileName: `保定市_${year}_report.txt` })!;

const years = [
  report(2023, '一、2022年工作回顾\n新增挂牌上市企业15家、达到96家。\n二、2023年工作安排\n全年新增上市企业10家。'),
  report(2024, '一、2023年工作回顾\n新增上市企业12家、达到108家。'),
];
const KEY = 'lexicon:listed_companies';
const points = (chart: YearsChart): string[] => chart.points.map((p) => `${p.year}:${p.actual?.text ?? ''}/${p.target?.text ?? ''}:${p.outcome}`);

describe('a chart of a year’s additions beside the stock', () => {
  it('is offered by Show Chart as its own indicator, named as `govreport series` names it', () => {
    const listed = chartCandidates(years).filter((c) => c.groupKey === KEY);
    expect(listed.map((c) => [c.name.endsWith('（新增）'), c.options.map((o) => o.type === 'years' && o.additions === true)])).toEqual([
      [false, [false]],
      [true, [true]],
    ]);
    // `govreport series` lists the same two rows, the additions' under the same suffix.
    const table = buildSeriesTable(years).places[0]!.indicators.filter((s) => s.groupKey === KEY).map((s) => s.name.endsWith('（新增）'));
    expect(table.sort()).toEqual([false, true]);
  });

  it('draws the additions and their target for a card of additions, the stock for a card of the stock', () => {
    const added = years[1]!.indicators.find((i) => i.text === '12家')!;
    const stock = years[1]!.indicators.find((i) => i.text === '108家')!;
    expect([added.groupKey, stock.groupKey]).toEqual([KEY, KEY]);
    const [ofAdded] = chartOptionsFor(years, '保定市', added, KEY);
    const [ofStock] = chartOptionsFor(years, '保定市', stock, KEY);
    expect(ofAdded).toMatchObject({ type: 'years', additions: true });
    expect(ofStock).toMatchObject({ type: 'years' });
    expect(ofStock && 'additions' in ofStock).toBe(false);
    expect(points(buildChart(years, ofAdded!) as YearsChart)).toEqual(['2022:15家/:null', '2023:12家/10家:met']);
    expect(points(buildChart(years, ofStock!) as YearsChart)).toEqual(['2022:96家/:null', '2023:108家/:null']);
    expect((buildChart(years, ofAdded!) as YearsChart).name.endsWith('（新增）')).toBe(true);
  });

  it('keeps the request for additions through a link’s JSON, and nothing else it is given', () => {
    const request = { type: 'years', place: '保定市', groupKey: KEY, unit: '家', additions: true };
    expect(parseChartRequest(JSON.parse(JSON.stringify(request)))).toEqual(request);
    expect(parseChartRequest({ ...request, additions: 'yes' })).toEqual({ type: 'years', place: '保定市', groupKey: KEY, unit: '家' });
  });

  it('offers no chart of additions where the reports give no stock: the one row is theirs', () => {
    const only = [report(2023, '一、2022年工作回顾\n新增上市企业15家。\n二、2023年工作安排\n全年新增上市企业10家。'), report(2024, '一、2023年工作回顾\n新增上市企业12家。')];
    const listed = chartCandidates(only).filter((c) => c.groupKey === KEY);
    expect(listed.map((c) => c.name.endsWith('（新增）'))).toEqual([false]);
    const added = only[1]!.indicators.find((i) => i.text === '12家')!;
    const [option] = chartOptionsFor(only, '保定市', added, KEY);
    expect(option && 'additions' in option).toBe(false);
    expect(points(buildChart(only, option!) as YearsChart)).toEqual(['2022:15家/:null', '2023:12家/10家:met']);
  });
});

describe('a chart’s request read back from its page’s state (a tab restored after a reload)', () => {
  it('is the request the chart was drawn for, for every chart a folder offers, additions and levels included', () => {
    const options = chartCandidates(years).flatMap((c) => c.options);
    expect(options.some((o) => o.type === 'years' && o.additions === true)).toBe(true);
    for (const option of options) {
      const chart = buildChart(years, option)!;
      // The page keeps the last render message, as JSON.
      const state = JSON.parse(JSON.stringify({ type: 'render', chart, labels: {} })) as unknown;
      const { years: _years, places: _places, ...request } = option as typeof option & { years?: unknown; places?: unknown };
      expect(chartRequestOfState(state)).toEqual(request);
      expect(buildChart(years, chartRequestOfState(state)!)).toEqual(chart);
    }
  });

  it('is nothing for a state that holds no chart of the index (terms, an older page, junk)', () => {
    for (const state of [undefined, null, 42, {}, { chart: null }, { chart: { type: 'terms', series: [] } }, { chart: { type: 'years', place: '保定市', groupKey: '', unit: null } }]) {
      expect(chartRequestOfState(state)).toBeUndefined();
    }
  });
});
