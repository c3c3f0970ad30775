/**
 * (b) One indicator across places for one year: every place's target for the year (from that year's report), or
 * every place's actual for it (usually from the next year's report). Each place's figure is the one the core's
 * crossReportSeries picks for that year — the same figure that place's own across-years series shows.
 */
import { crossReportSeries, samePlace } from '../workspace/series';
import type { IndexedReport } from '../workspace/series';
import type { Indicator } from '../types';
import { placeLevel } from '../workspace/placeLevel';
import type { PlaceLevel } from '../workspace/placeLevel';
import { chartFigure, chartScale, figureValues, usualMeasure, usualName } from './figures';
import type { PlaceBar, PlacesChart } from './types';

/** The reports grouped by place (places without a year are left out), in the order first met. */
export function reportsByPlace(reports: readonly IndexedReport[]): Map<string, IndexedReport[]> {
  const out = new Map<string, IndexedReport[]>();
  for (const report of reports) {
    const place = report.meta.place;
    if (!place || report.meta.year === null || out.has(place)) continue;
    out.set(place, samePlace(reports, report.meta));
  }
  return out;
}

/**
 * The indicator for `year` in every place of the folder (of `level` only, when given), largest first; undefined when no
 * place gives it. Places whose reports could hold it but do not are listed in `missing`.
 */
export function placesChart(
  reports: readonly IndexedReport[],
  year: number,
  groupKey: string,
  unit: string | null,
  status: Indicator['status'],
  level?: PlaceLevel,
): PlacesChart | undefined {
  const bars: PlaceBar[] = [];
  const missing: string[] = [];
  const otherLevel: string[] = [];
  const used: IndexedReport[] = [];
  const figures: Indicator[] = [];
  for (const [place, ofPlace] of reportsByPlace(reports)) {
    const meta = ofPlace[0]!.meta;
    const row = crossReportSeries(ofPlace, meta, groupKey, unit).find((r) => r.year === year);
    const cell = status === 'target' ? row?.target : row?.actual;
    if (level && placeLevel(place) !== level) {
      if (cell) otherLevel.push(place);
      continue;
    }
    if (!row || !cell) {
      // Missing only where the report that should give it is here: the year's own for a target, the next year's
      // for an actual (a report of another year saying nothing about this one is not a gap).
      if (ofPlace.some((r) => r.meta.year === (status === 'target' ? year : year + 1))) missing.push(place);
      continue;
    }
    const reportYear = ofPlace.find((r) => r.uri === cell.uri)?.meta.year ?? null;
    bars.push({ place, figure: chartFigure(cell.uri, cell.indicator, reportYear), outcome: status === 'target' ? row.outcome : null });
    figures.push(cell.indicator);
    used.push(...ofPlace);
  }
  if (bars.length === 0) return undefined;
  bars.sort(
    (a, b) =>
      b.figure.value - a.figure.value ||
      (b.figure.valueMax ?? b.figure.value) - (a.figure.valueMax ?? a.figure.value) ||
      a.place.localeCompare(b.place, 'zh-Hans-CN'),
  );
  missing.sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'));
  otherLevel.sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'));
  return {
    type: 'places',
    year,
    status,
    groupKey,
    ...(level ? { level } : {}),
    name: usualName(used, groupKey, unit),
    measure: usualMeasure(figures),
    unit,
    bars,
    missing,
    otherLevel,
    scale: chartScale(figureValues(bars.map((b) => b.figure)), unit),
  };
}
