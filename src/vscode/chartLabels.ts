import { config } from './config';
import { outcomeLabels } from '../core';
import type { ChartData, ChartLabels, ChartOption, PlacesChart } from '../core/charts';
import { localize } from './localize';

/** “2015–2019”, or the one year. */
export function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return '';
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${first}–${last}`;
}

export function statusWord(status: 'actual' | 'target'): string {
  return status === 'target' ? localize('targets') : localize('actuals');
}

/** What a chart is about, in a few words: the panel's tab title and the chart's heading. */
export function chartTitle(chart: ChartData): string {
  switch (chart.type) {
    case 'years':
      return localize('{0} ({1}) · {2}', subject(chart), chart.scale.label || '—', chart.place);
    case 'places':
      return localize('{0} ({1}) · {2} {3}', subject(chart), chart.scale.label || '—', chart.year, statusWord(chart.status));
    case 'terms':
      return chart.title ?? localize('Term frequency: {0}', chart.series.map((s) => s.term).join(localize(', ')));
  }
}

/** The indicator and, for rates of change, what they measure, as the reports write it (国内生产总值增长). */
function subject(chart: { readonly name: string; readonly measure: string | null }): string {
  return chart.measure && !chart.name.endsWith(chart.measure) ? `${chart.name}${chart.measure}` : chart.name;
}

/** The words the webview shows, in the display language. */
export function chartLabels(chart: ChartData): ChartLabels {
  const subtitle =
    chart.type === 'years'
      ? localize('Actuals as a line (green: target met, red: missed); targets as markers: ▲ at least, ▼ at most, ◆ about; a band for a range.')
      : chart.type === 'places'
        ? localize('{0} places, largest first; a lighter segment shows the upper end of a range.', chart.bars.length)
        : localize('Occurrences per 10,000 characters of each report.');
  // Met / missed / not reported as the card, the CLI and Targets year on year word them (src/core/l10n).
  const outcomes = outcomeLabels(config.language());
  return {
    title: chartTitle(chart),
    subtitle,
    actual: localize('Actual'),
    target: localize('Target'),
    targetRange: localize('Target range'),
    met: outcomes.met,
    missed: outcomes.missed,
    notReported: outcomes['not reported'],
    perTenThousand: localize('per 10,000 characters'),
    missing: chart.type === 'places' ? placesNotShown(chart) : '',
    clickHint: localize('Click a point to open its report at that line.'),
    exportPng: localize('Export PNG'),
    exportSvg: localize('Export SVG'),
    exportCsv: localize('Export CSV'),
    empty: localize('Nothing to chart.'),
    // The webview puts the line number in: {0} is passed through as it is.
    line: localize('line {0}', '{0}'),
  };
}

/** One chart a figure or an indicator has, as a pick-list item or a hover link: “全国, 2014–2019” / “2026 targets, 12 places”. */
export function optionLabel(option: ChartOption): string {
  return option.type === 'years'
    ? localize('Chart across years: {0}, {1}', option.place, yearSpan(option.years))
    : localize('Chart across places: {0} {1}, {2} places', option.year, statusWord(option.status), option.places);
}

/** The places a places chart does not draw, and why: no figure found, or another level of government. */
function placesNotShown(chart: PlacesChart): string {
  const lines = [
    chart.missing.length > 0 ? localize('Not found in: {0}', chart.missing.join(localize(', '))) : '',
    chart.otherLevel.length > 0 ? localize('Not compared (another level of government): {0}', chart.otherLevel.join(localize(', '))) : '',
  ];
  return lines.filter((l) => l.length > 0).join('\n');
}
