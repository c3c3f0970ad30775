/**
 * (c) Terms' frequencies across years (and places). The counting is done elsewhere (src/core/terms); this file
 * only makes a chart of what it is given: points in a stable order, bad values dropped, the work bounded.
 */
import { fileOfUri } from './figures';
import type { TermPoint, TermsChart, TermSeries } from './types';

/** A chart of more lines than this is unreadable; the first ones given are kept. */
export const MAX_TERM_SERIES = 20;
/** Reports per term (one point per report). */
export const MAX_TERM_POINTS = 500;
const MAX_TERM_CHARS = 100;

/**
 * The terms chart of the series given: terms trimmed and capped in number and length, points with a finite,
 * non-negative frequency only, ordered by year and place, each with its file name.
 */
export function termsChart(series: readonly TermSeries[], title?: string): TermsChart {
  const out: TermSeries[] = [];
  for (const s of series) {
    if (out.length >= MAX_TERM_SERIES) break;
    const term = typeof s.term === 'string' ? Array.from(s.term.trim()).slice(0, MAX_TERM_CHARS).join('') : '';
    if (!term || !Array.isArray(s.points)) continue;
    const points = s.points
      .filter((p) => Number.isInteger(p.year) && Number.isFinite(p.per10k) && p.per10k >= 0 && typeof p.uri === 'string')
      .slice(0, MAX_TERM_POINTS)
      .map((p): TermPoint => ({ ...p, file: p.file ?? fileOfUri(p.uri) }))
      .sort(compareTermPoints);
    out.push({ term, points });
  }
  return { type: 'terms', ...(title ? { title } : {}), series: out };
}

function compareTermPoints(a: TermPoint, b: TermPoint): number {
  return a.year - b.year || (a.place ?? '').localeCompare(b.place ?? '', 'zh-Hans-CN');
}

/** One column of the terms chart: a year and place (labelled by the year alone when the chart holds one place). */
export interface TermColumn {
  readonly year: number;
  readonly place: string | null;
  /** “2019”, or “2026 北京市” when the chart holds several places. */
  readonly label: string;
}

/** The chart's columns in order: every year (and place) any term has a point for. */
export function termColumns(chart: TermsChart): TermColumn[] {
  const points = chart.series.flatMap((s) => s.points);
  const manyPlaces = new Set(points.map((p) => p.place ?? '')).size > 1;
  const seen = new Map<string, TermColumn>();
  for (const p of [...points].sort(compareTermPoints)) {
    const place = p.place ?? null;
    const key = `${p.year}\u0000${place ?? ''}`;
    if (!seen.has(key)) seen.set(key, { year: p.year, place, label: manyPlaces && place ? `${p.year} ${place}` : String(p.year) });
  }
  return [...seen.values()];
}

/** The index of the column a point falls in (see termColumns); -1 when none. */
export function termColumnOf(columns: readonly TermColumn[], point: Pick<TermPoint, 'year' | 'place'>): number {
  return columns.findIndex((c) => c.year === point.year && c.place === (point.place ?? null));
}
