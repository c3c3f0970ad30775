/**
 * The chart panel's script, bundled on its own (scripts/build.mjs → dist/chartWebview.js) and loaded from the
 * extension's dist/ folder: nothing is fetched from the network.
 *
 * Why ECharts: it is maintained by the Apache Software Foundation, its text goes through the browser's own font
 * stack (so Chinese place names and qualifiers such as 以上/左右 render with the system's CJK fonts, no font files
 * to ship), it has line, bar and scatter charts with per-point styles and click events, and it exports both PNG and
 * SVG itself. Imported through `echarts/core` so that only the pieces used here are bundled. Drawn with the SVG
 * renderer (crisp text at any zoom, SVG export as drawn); the canvas renderer is used only off screen, for PNG.
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import type { ChartLabels, ToWebviewMessage } from '../core/charts';
import { BAR_ROW_PX, chartOption, linkOfClick } from './chartOption';
import type { ChartTheme } from './chartOption';

// LabelLayout: hides target labels that would overlap in a narrow panel (the tooltip still has them).
echarts.use([BarChart, LineChart, ScatterChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, LabelLayout, SVGRenderer, CanvasRenderer]);

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const host = acquireVsCodeApi();
const container = document.getElementById('chart') as HTMLDivElement;
const buttons = {
  png: document.getElementById('export-png') as HTMLButtonElement,
  svg: document.getElementById('export-svg') as HTMLButtonElement,
  csv: document.getElementById('export-csv') as HTMLButtonElement,
};
const hint = document.getElementById('hint') as HTMLSpanElement;

/** The last chart drawn; kept in the webview's state so that a panel hidden and shown again redraws at once. */
let current: ToWebviewMessage | undefined = isRender(host.getState()) ? (host.getState() as ToWebviewMessage) : undefined;
let chart: echarts.ECharts | undefined;

function cssVar(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim() || getComputedStyle(document.body).getPropertyValue(name).trim();
  return value || fallback;
}

/** The editor theme's colours: VS Code sets --vscode-* variables and a vscode-light/dark/high-contrast body class. */
function readTheme(): ChartTheme {
  const classes = document.body.classList;
  const highContrast = classes.contains('vscode-high-contrast') || classes.contains('vscode-high-contrast-light');
  const dark = classes.contains('vscode-dark') || (classes.contains('vscode-high-contrast') && !classes.contains('vscode-high-contrast-light'));
  const foreground = cssVar('--vscode-editor-foreground', cssVar('--vscode-foreground', dark ? '#cccccc' : '#333333'));
  return {
    foreground,
    muted: cssVar('--vscode-descriptionForeground', foreground),
    background: cssVar('--vscode-editor-background', dark ? '#1e1e1e' : '#ffffff'),
    lines: highContrast ? cssVar('--vscode-contrastBorder', foreground) : cssVar('--vscode-charts-lines', dark ? '#808080' : '#a0a0a0'),
    blue: cssVar('--vscode-charts-blue', '#3794ff'),
    green: cssVar('--vscode-charts-green', '#388a34'),
    red: cssVar('--vscode-charts-red', '#e51400'),
    yellow: cssVar('--vscode-charts-yellow', '#bf8803'),
    orange: cssVar('--vscode-charts-orange', '#d18616'),
    purple: cssVar('--vscode-charts-purple', '#652d90'),
    fontFamily: cssVar('--vscode-font-family', 'sans-serif'),
    fontSize: Number.parseFloat(cssVar('--vscode-font-size', '13')) || 13,
    highContrast,
  };
}

function isRender(value: unknown): value is ToWebviewMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type, chart: data, labels } = value as { type?: unknown; chart?: unknown; labels?: unknown };
  return type === 'render' && typeof data === 'object' && data !== null && typeof labels === 'object' && labels !== null;
}

function setLabels(labels: ChartLabels): void {
  buttons.png.textContent = labels.exportPng;
  buttons.svg.textContent = labels.exportSvg;
  buttons.csv.textContent = labels.exportCsv;
  hint.textContent = labels.clickHint;
  container.setAttribute('aria-label', labels.title);
}

function draw(): void {
  if (!current) return;
  const { chart: data, labels } = current;
  setLabels(labels);
  const empty = data.type === 'years' ? data.points.length === 0 : data.type === 'places' ? data.bars.length === 0 : data.series.every((s) => s.points.length === 0);
  if (empty) {
    chart?.dispose();
    chart = undefined;
    container.textContent = labels.empty;
    return;
  }
  // A bar per place: tall enough for every place to keep its row (the page scrolls).
  const rows = data.type === 'places' ? data.bars.length : 0;
  container.style.minHeight = rows > 0 ? `${rows * BAR_ROW_PX + 160}px` : '';
  if (!chart) {
    container.textContent = '';
    chart = echarts.init(container, null, { renderer: 'svg' });
    chart.on('click', (params) => {
      const link = linkOfClick(params);
      if (link) host.postMessage({ type: 'open', uri: link.uri, range: link.range });
    });
  }
  chart.resize();
  chart.setOption(chartOption(data, labels, readTheme(), chart.getWidth()), { notMerge: true });
}

/** A PNG drawn by the canvas renderer off screen, at twice the panel's size: ECharts' SVG renderer only makes SVG. */
function pngDataUrl(): string | undefined {
  if (!chart || !current) return undefined;
  const width = chart.getWidth();
  const height = chart.getHeight();
  const offscreen = document.createElement('div');
  offscreen.style.cssText = `position:absolute;left:-100000px;top:0;width:${width}px;height:${height}px`;
  document.body.appendChild(offscreen);
  const canvasChart = echarts.init(offscreen, null, { renderer: 'canvas', width, height });
  try {
    canvasChart.setOption({ ...chartOption(current.chart, current.labels, readTheme(), width), animation: false });
    return canvasChart.getDataURL({ type: 'png', pixelRatio: 2 });
  } finally {
    canvasChart.dispose();
    offscreen.remove();
  }
}

buttons.png.addEventListener('click', () => {
  const data = pngDataUrl();
  if (data) host.postMessage({ type: 'export', format: 'png', data });
});
buttons.svg.addEventListener('click', () => {
  if (chart) host.postMessage({ type: 'export', format: 'svg', data: chart.renderToSVGString() });
});
buttons.csv.addEventListener('click', () => host.postMessage({ type: 'export', format: 'csv' }));

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (!isRender(event.data)) return;
  current = event.data;
  host.setState(current);
  draw();
});

// VS Code changes the body class and the --vscode-* variables when the colour theme changes: redraw in the new colours.
const themeObserver = new MutationObserver(() => draw());
themeObserver.observe(document.body, { attributes: true, attributeFilter: ['class'] });
themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['style'] });
// A new width re-wraps the subtitle, which moves the plot: redraw rather than only resize.
new ResizeObserver(() => draw()).observe(container);

draw();
host.postMessage({ type: 'ready' });
