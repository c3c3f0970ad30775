/**
 * What the chart builders share (chartOption.ts): the option and theme types, the data item that carries a link,
 * axis and legend styles in the theme's colours, and small formatting helpers. No DOM.
 */
import type { ComposeOption } from 'echarts/core' with { 'resolution-mode': 'import' };
import type { BarSeriesOption, LineSeriesOption, ScatterSeriesOption } from 'echarts/charts' with { 'resolution-mode': 'import' };
import type {
  GridComponentOption, LegendComponentOption, TitleComponentOption, TooltipComponentOption,
} from 'echarts/components' with { 'resolution-mode': 'import' };
import type { ChartFigure, ChartLabels, ChartLink } from '../core/charts';
import type { Outcome } from '../core';

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | ScatterSeriesOption | GridComponentOption | LegendComponentOption | TitleComponentOption | TooltipComponentOption
>;

/** Colours and font of the editor theme (read from VS Code's --vscode-* CSS variables by main.ts). */
export interface ChartTheme {
  readonly foreground: string;
  readonly muted: string;
  readonly background: string;
  /** Split lines and axis lines. */
  readonly lines: string;
  readonly blue: string;
  readonly green: string;
  readonly red: string;
  readonly yellow: string;
  readonly orange: string;
  readonly purple: string;
  readonly fontFamily: string;
  readonly fontSize: number;
  /** High contrast: thicker lines, no translucent fills. */
  readonly highContrast: boolean;
}

/** The link a data item carries, read back by main.ts when the item is clicked. */
export interface LinkedItem {
  readonly link?: Pick<ChartLink, 'uri' | 'range'>;
  /** The tooltip's text, already written (no HTML). */
  readonly tip?: string;
}

export type Item = NonNullable<LineSeriesOption['data']>[number] & LinkedItem;

/** Pixels per bar of a places chart: main.ts sizes the chart so that 31 provinces stay readable. */
export const BAR_ROW_PX = 26;

export function axisStyle(theme: ChartTheme) {
  const width = theme.highContrast ? 2 : 1;
  return {
    axisLine: { lineStyle: { color: theme.lines, width } },
    axisTick: { lineStyle: { color: theme.lines, width } },
    axisLabel: { color: theme.foreground, fontFamily: theme.fontFamily },
    splitLine: { lineStyle: { color: theme.lines, opacity: theme.highContrast ? 0.6 : 0.35 } },
    nameTextStyle: { color: theme.muted, fontFamily: theme.fontFamily },
  };
}

export function legend(theme: ChartTheme, selectable: boolean): LegendComponentOption {
  return { bottom: 0, selectedMode: selectable, textStyle: { color: theme.foreground, fontFamily: theme.fontFamily }, inactiveColor: theme.muted };
}

export function outcomeColour(outcome: Outcome | null, theme: ChartTheme, fallback: string): string {
  return outcome === 'met' ? theme.green : outcome === 'missed' ? theme.red : outcome === 'not reported' ? theme.yellow : fallback;
}

export function outcomeWord(outcome: Outcome | null, labels: ChartLabels): string {
  return outcome === 'met' ? labels.met : outcome === 'missed' ? labels.missed : outcome === 'not reported' ? labels.notReported : '';
}

/** A number for the axis: the base-unit value over the scale, without binary noise (0.1 + 0.2). */
export function scaled(value: number, divisor: number): number {
  return Number((value / divisor).toPrecision(12));
}

export function figureTip(head: string, figure: ChartFigure, labels: ChartLabels, extra?: string): string {
  const where = `${figure.file} · ${labels.line.replace('{0}', String(figure.range.start.line + 1))}`;
  return [head, figure.phrase, extra, where].filter((s): s is string => !!s).join('\n');
}

export function linkOf(link: ChartLink): LinkedItem['link'] {
  return { uri: link.uri, range: link.range };
}

/**
 * How many lines a text takes when broken at `width` pixels: CJK characters are about one em wide, others about
 * 0.6 em. ECharts breaks the title's subtext itself (overflow: 'break'); the grid is moved down by as many lines.
 */
export function estimateLines(text: string, width: number, fontSize: number): number {
  let lines = 0;
  for (const line of text.split('\n')) {
    let px = 0;
    for (const ch of line) px += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u.test(ch) ? fontSize : fontSize * 0.6;
    lines += Math.max(1, Math.ceil(px / Math.max(width, fontSize * 4)));
  }
  return lines;
}

/** The tip a data item carries (see LinkedItem), from ECharts' formatter params. */
export function tipOf(params: unknown): string {
  const p = Array.isArray(params) ? params[0] : params;
  const data = typeof p === 'object' && p !== null ? (p as { data?: unknown }).data : undefined;
  const tip = typeof data === 'object' && data !== null ? (data as LinkedItem).tip : undefined;
  return typeof tip === 'string' ? tip : '';
}

/** Report text in a tooltip: ECharts inserts a formatter's string as HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** The link of a clicked item (ECharts click params), or undefined for an item that has none. */
export function linkOfClick(params: unknown): LinkedItem['link'] | undefined {
  const data = typeof params === 'object' && params !== null ? (params as { data?: unknown }).data : undefined;
  const link = typeof data === 'object' && data !== null ? (data as LinkedItem).link : undefined;
  return link && typeof link.uri === 'string' ? link : undefined;
}

