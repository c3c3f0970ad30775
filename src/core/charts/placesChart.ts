/**
 * (b) One indicator across places for one year: every place's target for the year (from that year's report), or
 * every place's actual for it (usually from the next year's report). Each place's figure is the one the core's
 * crossReportSeries picks for that year — the same figure that place's own across-years series shows.
 */
import { additionsName, addsToStock, crossReportSeries, samePlace } from '../workspace/series';
import type { IndexedReport, SeriesRow } from '../workspace/series';
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
 * A place's row of the indicator as a chart across places reads it: with `additions`, the row of a year's additions
 * (新增70家) whether or not the place gives the stock too; else the place's main row (crossReportSeries).
 */
export function placeRows(ofPlace: readonly IndexedReport[], groupKey: string, unit: string | null, additions: boolean): SeriesRow[] {
  const meta = ofPlace[0]?.meta;
  if (!meta) return [];
  return crossReportSeries(ofPlace, meta, groupKey, unit, additions ? 'additions' : undefined);
}

/**
 * The figure a place gives for the row's year, when it is of the kind the chart compares: a place whose reports give
 * only a year's additions has them as its main row, and a chart of stocks (1850家 beside 2600家) must not set them
 * beside another place's stock (a review saw 新增70家 drawn as a bar among stocks) — it goes to the additions' chart.
 */
export function placeCell(row: SeriesRow | undefined, status: Indicator['status'], additions: boolean): NonNullable<SeriesRow['actual']> | undefined {
  const cell = statusCell(row, status);
  return cell && addsToStock(cell.indicator) === additions ? cell : undefined;
}

/** The row's target or actual, whatever its kind. */
function statusCell(row: SeriesRow | undefined, status: Indicator['status']): SeriesRow['actual'] {
  return status === 'target' ? row?.target : row?.actual;
}

/**
 * The indicator for `year` in every place of the folder (of `level` only, when given), largest first; undefined when no
 * place gives it. Places whose reports could hold it but do not are listed in `missing`. `additions`: a year's
 * additions in every place (新增70家), else the stock or level — one kind in one chart.
 */
export function placesChart(
  reports: readonly IndexedReport[],
  year: number,
  groupKey: string,
  unit: string | null,
  status: Indicator['status'],
  level?: PlaceLevel,
  additions = false,
): PlacesChart | undefined {
  const bars: PlaceBar[] = [];
  const missing: string[] = [];
  const otherLevel: string[] = [];
  const used: IndexedReport[] = [];
  const figures: Indicator[] = [];
  for (const [place, ofPlace] of reportsByPlace(reports)) {
    const row = placeRows(ofPlace, groupKey, unit, additions).find((r) => r.year === year);
    const cell = placeCell(row, status, additions);
    if (level && placeLevel(place) !== level) {
      if (cell) otherLevel.push(place);
      continue;
    }
    if (!row || !cell) {
      // Missing only where the report that should give it is here: the year's own for a target, the next year's
      // for an actual (a report of another year saying nothing about this one is not a gap) — and not where it gives
      // the other kind (its additions, charted apart).
      const otherKind = statusCell(row, status) !== undefined;
      if (!otherKind && ofPlace.some((r) => r.meta.year === (status === 'target' ? year : year + 1))) missing.push(place);
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
    ...(additions ? { additions: true as const } : {}),
    name: additions ? additionsName(usualName(used, groupKey, unit)) : usualName(used, groupKey, unit),
    measure: usualMeasure(figures),
    unit,
    bars,
    missing,
    otherLevel,
    scale: chartScale(figureValues(bars.map((b) => b.figure)), unit),
  };
}
