/**
 * The ECharts option of a chart: the core's chart data, the panel's words and the editor theme's colours in,
 * a plain option object out. No DOM here (unit tests call it directly); main.ts draws what it returns.
 */
import type { LineSeriesOption } from 'echarts/charts' with { 'resolution-mode': 'import' };
import type { ChartData, ChartFigure, ChartLabels, PlacesChart, TermsChart, YearsChart } from '../core/charts';
import { termColumnOf, termColumns } from '../core/charts';
import type { GridComponentOption } from 'echarts/components' with { 'resolution-mode': 'import' };
import {
  axisStyle, BAR_ROW_PX, escapeHtml, estimateLines, figureTip, legend, linkOf, outcomeColour, outcomeWord, scaled, tipOf,
} from './optionParts';
import type { ChartOption, ChartTheme, Item } from './optionParts';

export { BAR_ROW_PX, escapeHtml, linkOfClick } from './optionParts';
export type { ChartOption, ChartTheme, LinkedItem } from './optionParts';

/** The whole option: title, tooltip and the chart type's axes and series, in the theme's colours. */
export function chartOption(chart: ChartData, labels: ChartLabels, theme: ChartTheme, width = 800): ChartOption {
  const body = chart.type === 'years' ? yearsOption(chart, labels, theme, width) : chart.type === 'places' ? placesOption(chart, labels, theme) : termsOption(chart, labels, theme);
  const subtext = [labels.subtitle, labels.missing].filter((s) => s.length > 0).join('\n');
  const subSize = theme.fontSize - 1;
  // The subtitle wraps in a narrow panel: the plot starts below its last line (and the y axis name above the plot).
  const header = 12 + Math.round((theme.fontSize + 3) * 1.5) + estimateLines(subtext, width - 48, subSize) * Math.round(subSize * 1.5);
  const grid = { ...(body.grid as GridComponentOption), top: Math.max(84, header + 32) };
  return {
    // Exports (PNG, SVG) keep the theme's background, so the picture looks as it does in the panel.
    backgroundColor: theme.background,
    textStyle: { color: theme.foreground, fontFamily: theme.fontFamily, fontSize: theme.fontSize },
    title: {
      text: labels.title,
      subtext,
      left: 'center',
      textStyle: { color: theme.foreground, fontFamily: theme.fontFamily, fontSize: theme.fontSize + 3 },
      subtextStyle: { color: theme.muted, fontFamily: theme.fontFamily, fontSize: subSize, width: Math.max(120, width - 48), overflow: 'break', lineHeight: Math.round(subSize * 1.5) },
    },
    tooltip: {
      trigger: 'item',
      backgroundColor: theme.background,
      borderColor: theme.lines,
      textStyle: { color: theme.foreground, fontFamily: theme.fontFamily },
      // The tip is built from report text: escaped here, since ECharts puts a formatter's string in as HTML.
      formatter: (params: unknown) => escapeHtml(tipOf(params)).replace(/\n/gu, '<br>'),
    },
    ...body,
    grid,
  };
}

/** (a) Actuals as a line, targets as markers (▲ a floor, ▼ a ceiling, ◆ 左右/约), met/missed as the actual's colour. */
/** A target about a value (左右, 约): drawn as ◆, where a floor is ▲ and a ceiling ▼. */
function isAbout(t: Pick<ChartFigure, 'qualifier'>): boolean {
  return t.qualifier === '左右' || t.qualifier === '约';
}

function yearsOption(chart: YearsChart, labels: ChartLabels, theme: ChartTheme, width: number): ChartOption {
  const { divisor } = chart.scale;
  const years = chart.points.map((p) => p.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  // Every year in the span, so that a missing year shows as a gap rather than two years drawn side by side.
  const categories = years.length > 0 ? Array.from({ length: last - first + 1 }, (_, i) => String(first + i)) : [];
  const at = new Map(chart.points.map((p) => [String(p.year), p]));
  // Which labels a crowded chart keeps: ECharts hides an overlapping label by the size of its point (hideOverlap ranks
  // labels by their host's area, ties in drawing order, i.e. the earliest year first), and a tenth trial's 2004–2017
  // GDP chart lost the 2017 target's label, the one the analyst came for. So the latest target and the latest actual
  // are drawn a little larger (they rank first), and every other point grows by a thousandth of a pixel a year, which
  // no one sees, so that of two overlapping labels the later year's is kept.
  const lastTarget = chart.points.filter((p) => p.target).reduce((m, p) => Math.max(m, p.year), -Infinity);
  const lastActual = chart.points.filter((p) => p.actual).reduce((m, p) => Math.max(m, p.year), -Infinity);
  const recency = (index: number): number => index / 1000;
  const actual: Array<Item | null> = categories.map((year, index) => {
    const p = at.get(year);
    if (!p?.actual) return null;
    const colour = outcomeColour(p.outcome, theme, theme.blue);
    const verdict = p.target ? outcomeWord(p.outcome, labels) : '';
    // The actual is labelled as the target is (a ninth trial read 6.5%左右 on the chart but had to hover 6.9), on the
    // side away from its target's label.
    const below = p.target !== undefined && p.actual.value < p.target.value;
    return {
      value: scaled(p.actual.value, divisor),
      link: linkOf(p.actual),
      tip: figureTip(`${year} · ${labels.actual}`, p.actual, labels, verdict ? `${labels.target} ${p.target?.phrase ?? ''} · ${verdict}` : undefined),
      itemStyle: { color: colour, borderColor: colour },
      symbolSize: Number(year) === lastActual ? LATEST_ACTUAL_SIZE : (p.outcome === 'met' || p.outcome === 'missed' ? 11 : 8) + recency(index),
      label: { show: true, formatter: p.actual.phrase, position: below ? 'bottom' : 'top', color: theme.foreground, fontFamily: theme.fontFamily },
    };
  });
  const target: Array<Item | null> = categories.map((year, index) => {
    const t = at.get(year)?.target;
    if (!t) return null;
    const about = isAbout(t);
    // The label goes on the side away from the year's actual point: below a target the actual fell short of, it sat
    // on the point (a trial user's half-width chart).
    const actualValue = at.get(year)?.actual?.value;
    const position = actualValue !== undefined && actualValue < t.value ? 'top' : 'bottom';
    return {
      value: scaled(t.value, divisor),
      link: linkOf(t),
      tip: figureTip(`${year} · ${labels.target}`, t, labels, outcomeWord(at.get(year)?.outcome ?? null, labels) || undefined),
      symbol: about ? 'diamond' : 'triangle',
      symbolSize: Number(year) === lastTarget ? LATEST_TARGET_SIZE : TARGET_SIZE + recency(index),
      symbolRotate: !about && t.bound === 'ceiling' ? 180 : 0,
      label: { show: true, formatter: t.phrase, position, color: theme.orange, fontFamily: theme.fontFamily },
    };
  });
  // The legend draws the series' own symbol: the one most targets have (左右 targets are diamonds), not always ▲.
  const targets = categories.flatMap((year) => at.get(year)?.target ?? []);
  const diamonds = targets.filter(isAbout).length;
  const targetSymbol = diamonds * 2 > targets.length ? 'diamond' : 'triangle';
  const hasRange = chart.points.some((p) => p.target?.valueMax !== undefined);
  const rangeBase = categories.map((year) => {
    const t = at.get(year)?.target;
    return t?.valueMax === undefined ? null : scaled(t.value, divisor);
  });
  const rangeSpan: Array<Item | null> = categories.map((year) => {
    const t = at.get(year)?.target;
    if (t?.valueMax === undefined) return null;
    return { value: scaled(t.valueMax - t.value, divisor), link: linkOf(t), tip: figureTip(`${year} · ${labels.targetRange}`, t, labels) };
  });
  const lineWidth = theme.highContrast ? 3 : 2;
  const series: ChartOption['series'] = [
    ...(hasRange
      ? [
          // A range target (6.5%－7%) as a band: an invisible bar up to its lower end, the span stacked on it.
          { type: 'bar' as const, stack: 'range', data: rangeBase, silent: true, itemStyle: { color: 'transparent' }, barWidth: 14, tooltip: { show: false } },
          {
            type: 'bar' as const, name: labels.targetRange, stack: 'range', data: rangeSpan, barWidth: 14,
            itemStyle: { color: theme.orange, opacity: theme.highContrast ? 1 : 0.35, borderColor: theme.orange, borderWidth: theme.highContrast ? 2 : 0 },
          },
        ]
      : []),
    // A series only where the chart has its points: the legend names what is drawn (trial18: 保定's 市场主体, all
    // actuals, listed a Target).
    ...(chart.points.some((p) => p.actual)
      ? [{
          // showAllSymbol: on a category axis ECharts otherwise draws a point only every few years once the years crowd
          // the axis, and an actual with no neighbour (a series over decades with gaps) then vanishes with its label —
          // an eleventh trial's 1996–2024 GDP chart in a half-width panel showed one actual of four.
          type: 'line' as const, name: labels.actual, data: actual, connectNulls: false, symbol: 'circle', showAllSymbol: true,
          lineStyle: { color: theme.blue, width: lineWidth }, itemStyle: { color: theme.blue }, z: 3,
          labelLayout: { hideOverlap: true },
        }]
      : []),
    ...(targets.length > 0
      ? [{
          type: 'scatter' as const, name: labels.target, data: target, symbol: targetSymbol, symbolSize: TARGET_SIZE, itemStyle: { color: theme.orange }, z: 4,
          // In a narrow panel neighbouring targets' labels would overlap: those that do are left to the tooltip.
          labelLayout: { hideOverlap: true },
        }]
      : []),
    // Legend entries for the colours of the actual's points, for the outcomes the chart shows; they draw nothing (an
    // eighth trial: a met / missed legend over a series where no year is judged).
    ...(chart.points.some((p) => p.outcome === 'met') ? [{ type: 'scatter' as const, name: labels.met, data: [], itemStyle: { color: theme.green } }] : []),
    ...(chart.points.some((p) => p.outcome === 'missed') ? [{ type: 'scatter' as const, name: labels.missed, data: [], itemStyle: { color: theme.red } }] : []),
  ];
  return {
    grid: { left: 64, right: 96, top: 84, bottom: 56, containLabel: true },
    legend: legend(theme, false),
    // Every year named under the axis while the names fit (ECharts' own choice named every other year of fourteen,
    // and the latest year's point had no year under it).
    xAxis: { type: 'category', data: categories, ...axisStyle(theme), ...(categories.length <= 16 ? { axisLabel: { ...axisStyle(theme).axisLabel, interval: 0, ...yearLabelTurn(categories.length, width, theme) } } : {}), splitLine: { show: false } },
    // Room below the lowest target and above the highest for their labels — but never below zero for a series that is
    // all positive (a trial user's GDP chart ran from −30 to 150 万亿元): valueAxisBounds.
    yAxis: { type: 'value', name: chart.scale.label, scale: true, ...valueAxisBounds(0.12), ...axisStyle(theme) },
    series,
  };
}

/** The years' grid margins (left + right) in yearsOption. */
const YEARS_GRID_SIDES = 64 + 96;

/**
 * Every year named under the axis runs the names together when the panel is narrow (a thirteenth trial: twelve
 * years in a half-width panel read “200920102011…”): a year is about 2.6 em wide, so where a category is narrower
 * than that the names turn 45°, which needs about 1.3 em per category.
 */
export function yearLabelTurn(count: number, width: number, theme: Pick<ChartTheme, 'fontSize'>): { rotate?: number } {
  const perCategory = (width - YEARS_GRID_SIDES) / Math.max(1, count);
  return perCategory < theme.fontSize * 2.6 ? { rotate: 45 } : {};
}

/** A target's point; the latest target's and the latest actual's, larger, rank first when labels overlap (above). */
const TARGET_SIZE = 14;
const LATEST_TARGET_SIZE = 17;
const LATEST_ACTUAL_SIZE = 14.5;

/** (b) One bar per place, largest at the top; a range target's upper part stacked in a lighter shade. */
function placesOption(chart: PlacesChart, labels: ChartLabels, theme: ChartTheme): ChartOption {
  const { divisor } = chart.scale;
  const head = chart.status === 'target' ? labels.target : labels.actual;
  const base: Item[] = chart.bars.map((bar) => {
    const colour = outcomeColour(bar.outcome, theme, theme.blue);
    const ranged = bar.figure.valueMax !== undefined;
    return {
      value: scaled(bar.figure.value, divisor),
      link: linkOf(bar.figure),
      tip: figureTip(`${bar.place} · ${chart.year} · ${head}`, bar.figure, labels, outcomeWord(bar.outcome, labels) || undefined),
      itemStyle: { color: colour },
      label: { show: !ranged, position: 'right', formatter: bar.figure.phrase, color: theme.foreground, fontFamily: theme.fontFamily },
    };
  });
  const span: Array<Item | null> = chart.bars.map((bar) => {
    const max = bar.figure.valueMax;
    if (max === undefined) return null;
    return {
      value: scaled(max - bar.figure.value, divisor),
      link: linkOf(bar.figure),
      tip: figureTip(`${bar.place} · ${chart.year} · ${labels.targetRange}`, bar.figure, labels),
      // The bar's translucency must not fade its label.
      label: { show: true, position: 'right', formatter: bar.figure.phrase, color: theme.foreground, fontFamily: theme.fontFamily, opacity: 1 },
    };
  });
  const hasRange = span.some((s) => s !== null);
  const hasOutcome = chart.bars.some((b) => b.outcome === 'met' || b.outcome === 'missed');
  return {
    grid: { left: 16, right: 110, top: 84, bottom: 48, containLabel: true },
    legend: legend(theme, false),
    // Category axes draw their first category at the bottom: inverse keeps the core's order, largest on top.
    yAxis: { type: 'category', inverse: true, data: chart.bars.map((b) => b.place), ...axisStyle(theme), splitLine: { show: false } },
    xAxis: { type: 'value', name: chart.scale.label, ...axisStyle(theme) },
    series: [
      { type: 'bar', name: head, stack: 'bar', data: base, barMaxWidth: BAR_ROW_PX - 6, itemStyle: { color: theme.blue } },
      ...(hasRange
        ? [{
            type: 'bar' as const, name: labels.targetRange, stack: 'bar', data: span, barMaxWidth: BAR_ROW_PX - 6,
            itemStyle: { color: theme.blue, opacity: theme.highContrast ? 1 : 0.4, borderColor: theme.blue, borderWidth: theme.highContrast ? 2 : 0 },
          }]
        : []),
      ...(hasOutcome
        ? [
            { type: 'scatter' as const, name: labels.met, data: [], itemStyle: { color: theme.green } },
            { type: 'scatter' as const, name: labels.missed, data: [], itemStyle: { color: theme.red } },
          ]
        : []),
    ],
  };
}

/** (c) One line per term over the chart's years (and places). */
function termsOption(chart: TermsChart, labels: ChartLabels, theme: ChartTheme): ChartOption {
  const columns = termColumns(chart);
  const palette = [theme.blue, theme.orange, theme.green, theme.purple, theme.red, theme.yellow];
  const series: LineSeriesOption[] = chart.series.map((s, i) => {
    const data: Array<Item | null> = columns.map(() => null);
    for (const p of s.points) {
      const column = termColumnOf(columns, p);
      if (column < 0) continue;
      const where = [p.file, p.range ? labels.line.replace('{0}', String(p.range.start.line + 1)) : undefined].filter((w) => !!w).join(' · ');
      const count = p.count === undefined ? '' : ` (${p.count})`;
      data[column] = {
        value: Number(p.per10k.toPrecision(12)),
        link: { uri: p.uri, range: p.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
        tip: [`${s.term} · ${columns[column]!.label}`, `${p.per10k.toFixed(2)} ${labels.perTenThousand}${count}`, where].filter((w) => w.length > 0).join('\n'),
      };
    }
    const colour = palette[i % palette.length]!;
    return { type: 'line', name: s.term, data, symbol: 'circle', symbolSize: 8, lineStyle: { color: colour, width: theme.highContrast ? 3 : 2 }, itemStyle: { color: colour } };
  });
  return {
    grid: { left: 64, right: 48, top: 84, bottom: 56, containLabel: true },
    legend: legend(theme, true),
    xAxis: { type: 'category', data: columns.map((c) => c.label), ...axisStyle(theme), splitLine: { show: false } },
    yAxis: { type: 'value', name: labels.perTenThousand, ...axisStyle(theme) },
    series,
  };
}


/**
 * The value axis' room around the data and its ends, left to ECharts' own tick logic: `gap` of the data's span on
 * each side (boundaryGap), then ECharts rounds each end out to its tick step, so the end labels fall on ticks (hand-
 * rolled steps of 1, 2 or 5 disagreed with ECharts' own, which also takes 3: 101 … 126 read 95, 100, 110, 120, 130).
 * Only the lower end of an all-positive series is fixed, at zero, where the room would cross it (a trial user's GDP
 * chart ran from −30 to 150 万亿元): zero is on every step.
 */
export function valueAxisBounds(gap: number): { boundaryGap: [string, string]; min: (extent: { min: number; max: number }) => number | null } {
  const room = `${gap * 100}%`;
  return {
    boundaryGap: [room, room],
    // (ECharts' own span: max − min, or |max| for a single value.)
    min: (extent) => (extent.min >= 0 && extent.min - (extent.max - extent.min || Math.abs(extent.max)) * gap < 0 ? 0 : null),
  };
}
