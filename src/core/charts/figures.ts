/** Helpers shared by the chart builders: a figure as a chart point, a report's file name, a display scale, a name. */
import { movePhrase } from '../indicators/card';
import { isDecrease, signedFields } from '../workspace/direction';
import { isRateUnit } from '../numbers/units';
import { isSignedCeiling } from '../workspace/series';
import type { IndexedReport } from '../workspace/series';
import { mostFrequent, mostUsedName } from '../workspace/seriesTable';

export { mostUsedName };
import type { Indicator } from '../types';
import type { ChartFigure, ChartScale } from './types';
import { sameUnit } from '../workspace/unitKey';

/** The figure as a chart point, with where it was read. */
export function chartFigure(uri: string, indicator: Indicator, reportYear: number | null): ChartFigure {
  return {
    uri,
    file: fileOfUri(uri),
    range: indicator.range,
    // Signed: a fall is below zero on the chart's axis (direction.ts), its phrase says 下降 (movePhrase).
    ...signedFields(indicator),
    unit: indicator.unit,
    text: indicator.text,
    phrase: movePhrase(indicator),
    qualifier: indicator.qualifier,
    status: indicator.status,
    kind: indicator.kind,
    reportYear,
    // (A target of a fall, 下降3%以上, is a floor of its size and so a ceiling of the signed change: at most −3 %.)
    ...(indicator.status === 'target' ? { bound: isSignedCeiling(indicator) ? ('ceiling' as const) : ('floor' as const) } : {}),
  };
}

/** The last path segment of a uri, percent-decoded (“辽宁省-2026.txt”); the uri itself when it has none. */
export function fileOfUri(uri: string): string {
  const path = uri.replace(/[?#].*$/su, '');
  const last = path.slice(path.lastIndexOf('/') + 1);
  if (!last) return uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last; // a stray % in a non-file uri
  }
}

/** Units whose values are drawn as they are (rates and their points, ranks, multiples). */
const unscaled = (unit: string): boolean => isRateUnit(unit) || unit === '位次' || unit === '倍';

/**
 * The display scale of a set of base-unit values: the largest magnitude (万, 亿, 万亿) that keeps the largest value
 * at 1 or more, so that an axis reads 1.62 万亿元 rather than 1620000000000 元. Rates are never scaled.
 */
export function chartScale(values: readonly number[], unit: string | null): ChartScale {
  const max = Math.max(0, ...values.filter(Number.isFinite).map(Math.abs));
  const steps: ReadonlyArray<[number, ChartScale['prefix']]> = [[1e12, '万亿'], [1e8, '亿'], [1e4, '万']];
  const step = unit !== null && !unscaled(unit) ? steps.find(([divisor]) => max >= divisor) : undefined;
  const [divisor, prefix] = step ?? [1, ''];
  return { divisor, prefix, label: `${prefix}${unit ?? ''}` };
}

/** Every value of the figures, upper ends of ranges included. */
export function figureValues(figures: ReadonlyArray<ChartFigure | undefined>): number[] {
  return figures.flatMap((f) => (f ? (f.valueMax === undefined ? [f.value] : [f.value, f.valueMax]) : []));
}

/**
 * The name the reports use most often for an indicator (国内生产总值 in national reports, 地区生产总值 in a
 * province's), first in report order on a tie; the key without its prefix when no figure has a name.
 */
export function usualName(reports: readonly IndexedReport[], groupKey: string, unit: string | null): string {
  return mostUsedName(
    reports.flatMap((report) => report.indicators.filter((ind) => ind.groupKey === groupKey && sameUnit(ind.unit, unit))),
    groupKey,
  );
}

/**
 * What a rate series measures, when most of its figures are rates of change (增长, 下降, 年均增长): the measure they
 * use most, so that a chart of GDP growth is titled 国内生产总值增长, not the name of the amount. Null when most of
 * the figures are amounts, shares or counts (the name alone says what is drawn) or no measure is written. When any of
 * them is a fall, the chart draws it signed (direction.ts) and the title says 增减, the change either way: a trial user
 * read national 2014's 下降3.5% as a rise in “二氧化硫排放量增长 (%)”, and a title 下降 over −3.7 would say it twice.
 */
export function usualMeasure(figures: readonly (Pick<Indicator, 'kind' | 'measure'> & Partial<Pick<Indicator, 'groupKey' | 'name'>>)[]): string | null {
  const changes = figures.filter((f) => f.kind === 'growth' || f.kind === 'change');
  if (changes.length * 2 <= figures.length) return null;
  return changes.some(isDecrease) ? SIGNED_MEASURE : mostFrequent(changes.map((f) => f.measure));
}

/** The title's measure for a line of signed changes. */
export const SIGNED_MEASURE = '增减';
