/**
 * The view model of "what a report newly says": the term analysis (pipeline.ts) as table rows, one section per kind
 * of change, and one term's frequency across the years of its place as a terms-chart series. Pure data: the editor
 * renders it (src/vscode/termsHtml.ts), nothing here knows about HTML or VS Code.
 */
import type { TermPoint, TermSeries } from '../charts/types';
import type { Range } from '../types';
import type { ReportTerms, TermAnalysis } from './pipeline';
import type { TermChange, TermCount, TermFrequencies, TermSource } from './types';

/** The four lists of a comparison, or `top` (a report's most mentioned terms) when there is no report to compare with. */
export type TermSection = 'new' | 'dropped' | 'rising' | 'falling' | 'top';

export const TERM_SOURCES: readonly TermSource[] = ['dictionary', 'quoted', 'word'];

/** Where a term's link leads: its first mention in this report, or (for a dropped term) in the one compared with. */
export interface TermLink {
  readonly report: 'current' | 'previous';
  readonly range: Range;
}

export interface TermRow {
  readonly term: string;
  readonly source: TermSource;
  readonly count: number;
  readonly per10k: number;
  /** Null in a `top` table (no report to compare with). */
  readonly previousCount: number | null;
  readonly previousPer10k: number | null;
  /** per10k / previousPer10k when the term is in both reports. */
  readonly ratio: number | null;
  readonly link: TermLink | null;
}

export interface TermTableSection {
  readonly section: TermSection;
  /** In the analysis's order (most mentioned, or largest change, first), at most maxRowsPerSource of each source. */
  readonly rows: readonly TermRow[];
  /** Terms of the list per source, shown or not. */
  readonly totals: Readonly<Record<TermSource, number>>;
}

export interface TermSide {
  readonly place: string | null;
  readonly year: number | null;
  readonly bodyLength: number;
  /** The text stops inside a sentence: terms of its missing parts show as new or dropped (the page says so). */
  readonly cutShort: boolean;
}

export interface TermTable {
  readonly current: TermSide;
  readonly previous: TermSide | null;
  /** False when words were not counted (nodejieba unavailable): only dictionary and quoted terms are listed. */
  readonly segmented: boolean;
  readonly sections: readonly TermTableSection[];
}

export interface TermTableOptions {
  /**
   * Rows kept per source in each section: words alone run to hundreds of new terms a year, which no one reads in a
   * table (the CSV export has them all); capping per source keeps every dictionary and quoted term in view.
   */
  readonly maxRowsPerSource?: number;
}

export const DEFAULT_ROWS_PER_SOURCE = 200;

export function buildTermTable(analysis: TermAnalysis, options: TermTableOptions = {}): TermTable {
  const cap = Math.max(0, options.maxRowsPerSource ?? DEFAULT_ROWS_PER_SOURCE);
  const { current, previous, comparison } = analysis;
  const sections: TermTableSection[] =
    comparison && previous
      ? (['new', 'dropped', 'rising', 'falling'] as const).map((section) => sectionOf(section, comparison[section].map((c) => changeRow(section, c)), cap))
      : [sectionOf('top', current.terms.map(countRow), cap)];
  return {
    current: sideOf(current),
    previous: previous ? sideOf(previous) : null,
    segmented: current.segmented && (previous?.segmented ?? true),
    sections,
  };
}

function sectionOf(section: TermSection, all: readonly TermRow[], cap: number): TermTableSection {
  const totals: Record<TermSource, number> = { dictionary: 0, quoted: 0, word: 0 };
  const rows: TermRow[] = [];
  for (const row of all) {
    if (totals[row.source]++ < cap) rows.push(row);
  }
  return { section, rows, totals };
}

function changeRow(section: TermSection, c: TermChange): TermRow {
  const link: TermLink | null =
    section === 'dropped' ? (c.previousFirst ? { report: 'previous', range: c.previousFirst } : null) : c.first ? { report: 'current', range: c.first } : null;
  return { term: c.term, source: c.source, count: c.count, per10k: c.per10k, previousCount: c.previousCount, previousPer10k: c.previousPer10k, ratio: c.ratio, link };
}

function countRow(t: TermCount): TermRow {
  return { term: t.term, source: t.source, count: t.count, per10k: t.per10k, previousCount: null, previousPer10k: null, ratio: null, link: { report: 'current', range: t.first } };
}

function sideOf(f: TermFrequencies): TermSide {
  return { place: f.place, year: f.year, bodyLength: f.bodyLength, cutShort: f.cutShort };
}

/** Per-report lookups, made once per TermFrequencies (a chart is asked for term after term on the same reports). */
const byTerm = new WeakMap<TermFrequencies, ReadonlyMap<string, TermCount>>();

function lookup(f: TermFrequencies): ReadonlyMap<string, TermCount> {
  let map = byTerm.get(f);
  if (!map) {
    map = new Map(f.terms.map((t) => [t.term, t] as const));
    byTerm.set(f, map);
  }
  return map;
}

/**
 * One term across the reports given (the years of one place): a point per report, 0 where the report does not use
 * the term, each linking to the term's first mention (or the top of the report). Points come in year order.
 */
export function termSeries(term: string, reports: readonly ReportTerms[]): TermSeries {
  const points: TermPoint[] = reports.map((r) => {
    const t = lookup(r.frequencies).get(term);
    return { year: r.year, place: r.place, per10k: t?.per10k ?? 0, count: t?.count ?? 0, uri: r.uri, ...(t ? { range: t.first } : {}) };
  });
  points.sort((a, b) => a.year - b.year);
  return { term, points };
}
