import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartLinks, parseChartRequest, parseWebviewMessage, placesChart, termsChart, yearsChart } from '../../src/core/charts';
import type { ChartLabels, ChartRequest, PlacesChart, YearsChart } from '../../src/core/charts';
import type { IndexedReport } from '../../src/core';
import { indexReportFile } from '../../src/node/reportIndex';
import { chartHtml, newNonce } from '../../src/vscode/chartHtml';
import { chartCommandUri, SHOW_CHART_COMMAND } from '../../src/vscode/chartLinks';
import { chartOption, escapeHtml, linkOfClick } from '../../src/webview/chartOption';
import type { ChartTheme, LinkedItem } from '../../src/webview/chartOption';
import { CORPUS } from '../support/expectedOutline';
import * as echarts from 'echarts';

/** The ticks ECharts itself puts on a value axis of `yAxis` for a line of `data` (rendered server-side, SVG). */
function axisTicks(yAxis: unknown, data: readonly number[]): number[] {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 400 });
  chart.setOption({ animation: false, xAxis: { type: 'category', data: data.map((_, i) => String(i)) }, yAxis: yAxis as echarts.YAXisComponentOption, series: [{ type: 'line', data: [...data] }] });
  // (getModel is ECharts' internal API, typed private: the test reads the ticks the library computed, not a copy of its logic.)
  const model = (chart as unknown as { getModel(): unknown }).getModel() as { getComponent(type: string, index: number): { axis: { scale: { getTicks(): Array<{ value: number }> } } } };
  const ticks = model.getComponent('yAxis', 0).axis.scale.getTicks().map((t) => t.value);
  chart.dispose();
  return ticks;
}

const LABELS: ChartLabels = {
  title: 'T', subtitle: 'S', actual: '实际', target: '目标', targetRange: '目标区间', met: '达成', missed: '未达成', notReported: '未找到',
  perTenThousand: '次/万字', missing: '', clickHint: 'click', exportPng: 'PNG', exportSvg: 'SVG', exportCsv: 'CSV', empty: '—', line: '第 {0} 行',
};
const THEME: ChartTheme = {
  foreground: '#111111', muted: '#666666', background: '#ffffff', lines: '#cccccc', blue: '#0000ff', green: '#00aa00', red: '#ff0000',
  yellow: '#ffcc00', orange: '#ff8800', purple: '#880088', fontFamily: 'sans-serif', fontSize: 13, highContrast: false,
};

describe('the chart panel’s HTML', () => {
  const html = chartHtml({ cspSource: 'vscode-webview://abc123', scriptUri: 'vscode-webview://abc123/dist/chartWebview.js', nonce: 'N0nce+/=', lang: 'zh-cn' });
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/u.exec(html)?.[1]?.replace(/&#39;|&quot;/gu, "'") ?? '';

  it('has a strict Content Security Policy: nothing by default, scripts only by nonce', () => {
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/script-src 'nonce-N0nce\+\/='(;|$)/u);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/u);
  });

  it('loads nothing from the network and nothing but the bundled script, which carries the nonce', () => {
    expect(html).not.toMatch(/https?:/iu);
    const scripts = [...html.matchAll(/<script\b([^>]*)>/gu)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toContain('nonce="N0nce+/="');
    expect(scripts[0]).toContain('src="vscode-webview://abc123/dist/chartWebview.js"');
    expect([...html.matchAll(/\b(?:src|href)="([^"]*)"/gu)].map((m) => m[1])).toEqual(['vscode-webview://abc123/dist/chartWebview.js']);
    expect(html).not.toMatch(/\son[a-z]+=/iu); // no inline event handlers
    expect(/<style nonce="N0nce\+\/=">/u.test(html)).toBe(true);
  });

  it('gets a fresh, unguessable nonce every time', () => {
    const nonces = new Set(Array.from({ length: 20 }, newNonce));
    expect(nonces.size).toBe(20);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/u);
  });
});

describe('messages from the webview', () => {
  const range = { start: { line: 3, character: 1 }, end: { line: 3, character: 5 } };

  it('are accepted only in the shapes the panel understands', () => {
    expect(parseWebviewMessage({ type: 'ready' })).toEqual({ type: 'ready' });
    expect(parseWebviewMessage({ type: 'open', uri: 'file:///a.txt', range })).toEqual({ type: 'open', uri: 'file:///a.txt', range });
    expect(parseWebviewMessage({ type: 'export', format: 'csv', data: 'ignored' })).toEqual({ type: 'export', format: 'csv' });
    expect(parseWebviewMessage({ type: 'export', format: 'png', data: 'data:image/png;base64,iVBORw0KGgo=' })).toEqual({ type: 'export', format: 'png', base64: 'iVBORw0KGgo=' });
    expect(parseWebviewMessage({ type: 'export', format: 'svg', data: '<svg xmlns="http://www.w3.org/2000/svg"></svg>' })).toMatchObject({ format: 'svg' });
  });

  it('are dropped when malformed, forged or too large', () => {
    const bad: unknown[] = [
      null, 'ready', [], { type: 'run', command: 'rm' }, { type: 'open', uri: 1, range }, { type: 'open', uri: 'file:///a', range: { start: range.start } },
      { type: 'open', uri: 'file:///a', range: { ...range, end: { line: -1, character: 0 } } },
      { type: 'open', uri: 'file:///a', range: { ...range, end: { line: 1.5, character: 0 } } },
      { type: 'open', uri: 'x'.repeat(5000), range },
      { type: 'export', format: 'exe', data: 'MZ' }, { type: 'export', format: 'png', data: 'data:text/html;base64,PHNjcmlwdD4=' },
      { type: 'export', format: 'png', data: 'data:image/png;base64,not base64!' }, { type: 'export', format: 'png', data: 'data:image/png;base64,' },
      { type: 'export', format: 'svg', data: '<html><script>alert(1)</script></html>' }, { type: 'export', format: 'svg', data: 42 },
      { type: 'export', format: 'svg', data: `<svg>${'x'.repeat(33 * 1024 * 1024)}</svg>` },
    ];
    for (const message of bad) expect(parseWebviewMessage(message)).toBeUndefined();
  });
});

describe('chart requests in command arguments', () => {
  it('survive a hover card’s command link and are validated again on arrival', () => {
    const requests: ChartRequest[] = [
      { type: 'years', place: '全国', groupKey: 'lexicon:grp', unit: '%' },
      { type: 'places', year: 2026, status: 'target', groupKey: 'name:人均（可支配）收入)', unit: null },
      { type: 'places', year: 2018, status: 'actual', groupKey: 'lexicon:grp', unit: '元', level: 'county' },
    ];
    for (const request of requests) {
      const uri = chartCommandUri(request);
      expect(uri.startsWith(`command:${SHOW_CHART_COMMAND}?`)).toBe(true);
      expect(uri).not.toMatch(/[()\s]/u); // a “)” would end the Markdown link
      const [arg] = JSON.parse(decodeURIComponent(uri.slice(uri.indexOf('?') + 1))) as unknown[];
      expect(parseChartRequest(arg)).toEqual(request);
    }
    const bad: unknown[] = [
      undefined, { type: 'years', groupKey: 'k', unit: '%' }, { type: 'years', place: 3, groupKey: 'k', unit: '%' },
      { type: 'places', year: '2026', status: 'target', groupKey: 'k', unit: '%' }, { type: 'places', year: 2026, status: 'maybe', groupKey: 'k', unit: '%' },
      { type: 'places', year: 99999, status: 'target', groupKey: 'k', unit: '%' }, { type: 'years', place: 'p', groupKey: 'k'.repeat(500), unit: '%' },
      { type: 'places', year: 2026, status: 'target', groupKey: 'k', unit: '%', level: 'galaxy' },
    ];
    for (const arg of bad) expect(parseChartRequest(arg)).toBeUndefined();
  });
});

describe('the ECharts option', () => {
  let national: IndexedReport[];
  let provinces: IndexedReport[];
  beforeAll(async () => {
    const read = async (path: string) => {
      const result = await indexReportFile(join(CORPUS, path));
      return 'report' in result && result.report ? [result.report] : [];
    };
    national = (await Promise.all(['2016', '2017', '2018'].map((y) => read(`national/${y}.txt`)))).flat();
    provinces = (await Promise.all(['北京市', '天津市', '重庆市', 'zhejiang', 'guangdong'].map((p) => read(`local/${p}-2026.txt`)))).flat();
  }, 60_000);

  /** The data items of every series that carry a link. */
  function linkedItems(option: ReturnType<typeof chartOption>): LinkedItem[] {
    const series = (Array.isArray(option.series) ? option.series : [option.series]) as Array<{ data?: unknown[] }>;
    return series.flatMap((s) => (s.data ?? []).filter((d): d is LinkedItem => typeof d === 'object' && d !== null && 'link' in d));
  }

  it('draws years as a continuous axis, actuals in the colour of their verdict, and every point linked to the chart’s own figures', () => {
    const chart = yearsChart(national, '全国', 'lexicon:grp', '%') as YearsChart;
    const option = chartOption(chart, LABELS, THEME);
    const years = chart.points.map((p) => p.year);
    const axis = option.xAxis as { data: string[] };
    expect(axis.data[0]).toBe(String(Math.min(...years)));
    expect(axis.data.map(Number)).toEqual(axis.data.map((_, i) => Math.min(...years) + i));
    const items = linkedItems(option);
    const own = chartLinks(chart);
    for (const item of items) expect(own.some((l) => l.uri === item.link!.uri && JSON.stringify(l.range) === JSON.stringify(item.link!.range))).toBe(true);
    const line = (option.series as Array<{ type: string; name?: string; data: Array<{ value: number; itemStyle?: { color: string } } | null> }>).find((s) => s.type === 'line')!;
    for (const p of chart.points) {
      const item = line.data[axis.data.indexOf(String(p.year))];
      if (!p.actual) expect(item).toBeNull();
      else {
        expect(item!.value).toBeCloseTo(p.actual.value / chart.scale.divisor, 9);
        if (p.outcome === 'met') expect(item!.itemStyle!.color).toBe(THEME.green);
        if (p.outcome === 'missed') expect(item!.itemStyle!.color).toBe(THEME.red);
      }
    }
    expect(linkOfClick({ data: items[0] })).toEqual(items[0]!.link);
    expect(linkOfClick({ data: { value: 1 } })).toBeUndefined();
  });

  // A new user's trial: the national GDP chart (万亿元, all positive) ran its axis from −30 to 150; session 13's trial
  // saw uneven ticks (hand-rolled ends on steps of 1, 2, 5 against ECharts' own step, which also takes 3).
  it('keeps the value axis of an all-positive series at or above zero, with room around the data and even ticks', () => {
    const chart = yearsChart(national, '全国', 'lexicon:grp', '元') as YearsChart;
    expect(chart).toBeDefined();
    const values = chart.points.flatMap((p) => [p.actual, p.target]).filter((f) => f !== undefined).map((f) => f.value / chart.scale.divisor);
    expect(Math.min(...values)).toBeGreaterThan(0);
    const option = chartOption(chart, LABELS, THEME);
    const check = (data: readonly number[], ticks: readonly number[]): void => {
      const steps = ticks.slice(1).map((t, i) => t - ticks[i]!);
      for (const step of steps) expect(step, `${data.join(',')} → ${ticks.join(' ')}`).toBeCloseTo(steps[0]!, 9);
      // Room around the data, the ends on ticks, never below zero for positive data.
      expect(ticks[0]!).toBeLessThan(Math.min(...data));
      expect(ticks[ticks.length - 1]!).toBeGreaterThan(Math.max(...data));
      if (Math.min(...data) >= 0) expect(ticks[0]!).toBeGreaterThanOrEqual(0);
    };
    check(values, axisTicks(option.yAxis, values));
    // The trial's 10 → 130 stops at zero; 101 → 126 read 95, 100, 110, 120, 130; GDP growth 2.3 … 8.1 % read 1, 2, 4, 6,
    // 8, 9 (a fourth trial); a range with negatives keeps its room below.
    for (const data of [[10, 130], [101, 126], [2.3, 8.1], [6.1, 6.9], [3, 17], [30, 85], [1.2, 3.9], [-2, 8]]) check(data, axisTicks(option.yAxis, data));
    expect(axisTicks(option.yAxis, [10, 130])[0]).toBe(0);
  });

  // An eighth trial: a met / missed legend over a series where no year was judged.
  it('lists in the legend only the outcomes the chart shows', () => {
    const chart = yearsChart(national, '全国', 'lexicon:grp', '%') as YearsChart;
    const names = (option: ReturnType<typeof chartOption>): string[] => (option.series as Array<{ name?: string }>).flatMap((s) => (s.name ? [s.name] : []));
    const judged = new Set(chart.points.flatMap((p) => (p.outcome === 'met' || p.outcome === 'missed' ? [p.outcome] : [])));
    expect(judged.size).toBeGreaterThan(0);
    const shown = names(chartOption(chart, LABELS, THEME));
    expect(shown.includes(LABELS.met)).toBe(judged.has('met'));
    expect(shown.includes(LABELS.missed)).toBe(judged.has('missed'));
    const unjudged: YearsChart = { ...chart, points: chart.points.map((p) => ({ ...p, outcome: null })) };
    const none = names(chartOption(unjudged, LABELS, THEME));
    expect(none).not.toContain(LABELS.met);
    expect(none).not.toContain(LABELS.missed);
  });

  // trial18: a chart of 保定's 市场主体, all actuals, listed a Target in its legend.
  it('names in the legend only the kinds of point the chart draws', () => {
    const chart = yearsChart(national, '全国', 'lexicon:grp', '%') as YearsChart;
    const names = (c: YearsChart): string[] => (chartOption(c, LABELS, THEME).series as Array<{ name?: string }>).flatMap((s) => (s.name ? [s.name] : []));
    expect(names(chart)).toEqual(expect.arrayContaining([LABELS.actual, LABELS.target]));
    const actualsOnly: YearsChart = { ...chart, points: chart.points.flatMap(({ target: _t, ...p }) => (p.actual ? [{ ...p, outcome: null }] : [])) };
    expect(actualsOnly.points.length).toBeGreaterThan(1);
    expect(names(actualsOnly)).toContain(LABELS.actual);
    expect(names(actualsOnly)).not.toContain(LABELS.target);
    const targetsOnly: YearsChart = { ...chart, points: chart.points.flatMap(({ actual: _a, ...p }) => (p.target ? [{ ...p, outcome: null }] : [])) };
    expect(names(targetsOnly)).toContain(LABELS.target);
    expect(names(targetsOnly)).not.toContain(LABELS.actual);
  });

  // A new user's trial: the legend showed the target as ▲ while every GDP target (…左右) was drawn as ◆.
  it('gives the targets’ legend entry the symbol most targets are drawn with (◆ for 左右 targets)', () => {
    const chart = yearsChart(national, '全国', 'lexicon:grp', '%') as YearsChart;
    const targets = chart.points.flatMap((p) => p.target ?? []);
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((t) => t.qualifier === '左右').length * 2).toBeGreaterThan(targets.length);
    const option = chartOption(chart, LABELS, THEME);
    const series = (option.series as Array<{ name?: string; symbol?: string }>).find((s) => s.name === LABELS.target);
    expect(series?.symbol).toBe('diamond');
  });

  // A thirteenth trial: twelve years in a half-width panel ran together under the axis (“200920102011…”).
  it('turns the years under the axis when they would run together, and only then', () => {
    const chart = yearsChart(national, '全国', 'lexicon:grp', '%') as YearsChart;
    const turn = (width: number): number | undefined => (chartOption(chart, LABELS, THEME, width).xAxis as { axisLabel?: { rotate?: number } }).axisLabel?.rotate;
    const count = (chartOption(chart, LABELS, THEME).xAxis as { data: string[] }).data.length;
    // Wide enough for every year at its width (2.6 em each beside the grid's 160 px margins) — and not.
    expect(turn(160 + count * THEME.fontSize * 3)).toBeUndefined();
    expect(turn(160 + count * THEME.fontSize * 2)).toBe(45);
  });

  // A new user's trial: a target's label, always below its point, sat on the actual point when the actual fell short.
  it('puts each target’s label on the side away from the year’s actual', () => {
    // GDP growth came in above its targets, consumer prices (CPI) below theirs.
    const positions = ['lexicon:grp', 'lexicon:cpi'].flatMap((key) => {
      const chart = yearsChart(national, '全国', key, '%') as YearsChart;
      const option = chartOption(chart, LABELS, THEME);
      const axis = option.xAxis as { data: string[] };
      const series = (option.series as Array<{ name?: string; data: Array<{ label?: { position: string } } | null> }>).find((s) => s.name === LABELS.target)!;
      return chart.points.filter((p) => p.actual && p.target).map((p) => {
        const position = series.data[axis.data.indexOf(String(p.year))]?.label?.position;
        expect(position).toBe(p.actual!.value < p.target!.value ? 'top' : 'bottom');
        return position;
      });
    });
    expect(positions).toContain('top');
    expect(positions).toContain('bottom');
  });

  // A ninth trial: the targets were labelled (6.5%左右) but the actuals (6.9, 8.1, 5.2) only in their tooltips.
  it('labels each actual with its figure as written, on the side away from its target’s label', () => {
    const found = ['lexicon:grp', 'lexicon:cpi'].flatMap((key) => {
      const chart = yearsChart(national, '全国', key, '%') as YearsChart;
      const option = chartOption(chart, LABELS, THEME);
      const axis = option.xAxis as { data: string[] };
      const all = option.series as Array<{ name?: string; data: Array<{ label?: { position: string; formatter: string } } | null> }>;
      const actuals = all.find((s) => s.name === LABELS.actual)!;
      const targets = all.find((s) => s.name === LABELS.target)!;
      return chart.points.filter((p) => p.actual).map((p) => {
        const index = axis.data.indexOf(String(p.year));
        const label = actuals.data[index]?.label;
        expect(label?.formatter).toBe(p.actual!.phrase);
        const targetPosition = targets.data[index]?.label?.position;
        if (targetPosition) expect(label?.position).not.toBe(targetPosition);
        return label?.position;
      });
    });
    expect(found.length).toBeGreaterThan(2);
  });

  // A tenth trial: on national GDP over 2004–2017 (six reports) ECharts hid the 2017 target's label — it hides an
  // overlapping label by its point's size, ties going to the earliest year — and named only every other year.
  it('keeps the latest target’s and the latest actual’s labels on a crowded chart, and names every year under the axis', async () => {
    const read = async (year: string): Promise<IndexedReport[]> => {
      const result = await indexReportFile(join(CORPUS, `national/${year}.txt`));
      return 'report' in result && result.report ? [result.report] : [];
    };
    const reports = (await Promise.all(['2005', '2008', '2011', '2015', '2016', '2017'].map(read))).flat();
    const chart = yearsChart(reports, '全国', 'lexicon:grp', '%') as YearsChart;
    const latestTarget = chart.points.filter((p) => p.target).at(-1)!;
    const latestActual = chart.points.filter((p) => p.actual).at(-1)!;
    expect(latestTarget.year).toBe(2017);
    const option = chartOption(chart, LABELS, THEME, 600);
    const rendered = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 420 });
    rendered.setOption({ animation: false, ...option } as echarts.EChartsCoreOption);
    const svg = rendered.renderToSVGString();
    rendered.dispose();
    const texts = [...svg.matchAll(/>([^<>]+)<\/text>/gu)].map((m) => m[1]);
    expect(texts).toContain(latestTarget.target!.phrase);
    expect(texts).toContain(latestActual.actual!.phrase);
    const axis = option.xAxis as { data: string[] };
    for (const year of axis.data) expect(texts).toContain(year);
  }, 60_000);

  it('draws and labels every actual of a series that spans decades (an eleventh trial: 1996–2024 drew one of four)', async () => {
    const read = async (year: string): Promise<IndexedReport[]> => {
      const result = await indexReportFile(join(CORPUS, `national/${year}.txt`));
      return 'report' in result && result.report ? [result.report] : [];
    };
    const reports = (await Promise.all(['1997', '2018', '2022', '2024'].map(read))).flat();
    const chart = yearsChart(reports, '全国', 'lexicon:grp', '%') as YearsChart;
    const actuals = chart.points.filter((p) => p.actual);
    expect(actuals.length).toBeGreaterThanOrEqual(3);
    // A half-width panel: 29 years on an axis 450 pixels wide.
    const option = chartOption(chart, LABELS, THEME, 450);
    expect((option.xAxis as { data: string[] }).data.length).toBeGreaterThan(20);
    const rendered = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 450, height: 420 });
    rendered.setOption({ animation: false, ...option } as echarts.EChartsCoreOption);
    const svg = rendered.renderToSVGString();
    rendered.dispose();
    const texts = [...svg.matchAll(/>([^<>]+)<\/text>/gu)].map((m) => m[1]);
    for (const p of actuals) expect(texts, `${p.year} ${p.actual!.phrase}`).toContain(p.actual!.phrase);
  }, 60_000);

  it('draws places top to bottom in the core’s order', () => {
    const chart = placesChart(provinces, 2026, 'lexicon:grp', '%', 'target') as PlacesChart;
    expect(chart.bars.length).toBeGreaterThanOrEqual(3);
    const option = chartOption(chart, LABELS, THEME);
    const axis = option.yAxis as { data: string[]; inverse: boolean };
    expect(axis.data).toEqual(chart.bars.map((b) => b.place));
    expect(axis.inverse).toBe(true);
    expect(linkedItems(option).length).toBeGreaterThanOrEqual(chart.bars.length);
  });

  it('follows the theme and escapes report text in tooltips (ECharts shows a formatter’s string as HTML)', () => {
    const chart = termsChart([{ term: '<img src=x onerror=alert(1)>', points: [{ year: 2020, place: '<b>', per10k: 2, uri: 'file:///r.txt' }] }]);
    const dark = { ...THEME, foreground: '#eeeeee', background: '#1e1e1e', highContrast: true };
    const option = chartOption(chart, LABELS, dark);
    expect(option.backgroundColor).toBe('#1e1e1e');
    expect((option.textStyle as { color: string }).color).toBe('#eeeeee');
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = formatter({ data: linkedItems(option)[0] });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<img|<b>/u);
    expect(escapeHtml(`a&<>"'`)).toBe('a&amp;&lt;&gt;&quot;&#39;');
  });
});
