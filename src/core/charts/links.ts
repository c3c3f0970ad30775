/**
 * The places a chart links to, and the check that a place asked for by the webview is one of them: the webview's
 * messages are never trusted, so a click can only open a figure the extension itself put in the chart.
 */
import { exportFileName } from '../export/fileName';
import { sameRange } from '../positions';
import type { Range } from '../types';
import { fileOfUri } from './figures';
import type { ChartData, ChartLink } from './types';

const TOP: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** Every point's link, in the chart's order (a term point without a range links to the top of its report). */
export function chartLinks(chart: ChartData): ChartLink[] {
  switch (chart.type) {
    case 'years':
      return chart.points.flatMap((p) => [p.target, p.actual].filter((f) => f !== undefined).map(linkOf));
    case 'places':
      return chart.bars.map((b) => linkOf(b.figure));
    case 'terms':
      return chart.series.flatMap((s) => s.points.map((p) => ({ uri: p.uri, file: p.file ?? fileOfUri(p.uri), range: p.range ?? TOP })));
  }
}

function linkOf(link: ChartLink): ChartLink {
  return { uri: link.uri, file: link.file, range: link.range };
}

/** The chart's own link with this uri and range, or undefined: what a webview message may open. */
export function findChartLink(chart: ChartData, uri: string, range: Range): ChartLink | undefined {
  return chartLinks(chart).find((link) => link.uri === uri && sameRange(link.range, range));
}

/**
 * A default file name for an exported chart: “国内生产总值-全国-2015-2019.png”, “地区生产总值-2026-目标.svg”,
 * “新发展理念-2015-2019.csv”. `statusWord` names targets or actuals in the user's language.
 */
export function chartFileName(chart: ChartData, extension: string, statusWord: (status: 'actual' | 'target') => string): string {
  switch (chart.type) {
    case 'years': {
      const years = chart.points.map((p) => p.year);
      const span = years.length > 0 ? `${Math.min(...years)}-${Math.max(...years)}` : '';
      return exportFileName({ title: null, place: chart.name, year: null }, 'chart', `${chart.place}-${span}`, extension);
    }
    case 'places':
      return exportFileName({ title: null, place: chart.name, year: chart.year }, 'chart', statusWord(chart.status), extension);
    case 'terms': {
      const years = chart.series.flatMap((s) => s.points.map((p) => p.year));
      const span = years.length > 0 ? `${Math.min(...years)}-${Math.max(...years)}` : '';
      const who = chart.title ?? chart.series.map((s) => s.term).slice(0, 3).join('、');
      return exportFileName({ title: null, place: who || 'terms', year: null }, 'chart', span, extension);
    }
  }
}
