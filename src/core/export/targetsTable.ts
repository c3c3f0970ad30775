/**
 * Targets year on year: this year's targets beside last year's targets and what last year achieved, one row per
 * indicator (“国内生产总值 5%左右 | 5.5%左右 | 3% | missed”). This year's targets and last year's actuals come from
 * this year's report (its targets paragraph and its review of the year before); last year's targets from last year's
 * report of the same place. Pure: the editor's view only renders the rows and turns each figure into a link.
 */
import { pairKey } from './pairKey';
import { compareRanges } from '../positions';
import { bareNoun } from '../indicators/counterpart';
import type { CounterpartLookup } from '../indicators/counterpart';
import { periodEndYear } from '../indicators/timeScope';
import { addsToStock, outcome } from '../workspace/series';
import type { IndexedReport, Outcome } from '../workspace/series';
import type { Indicator, ReportMeta } from '../types';
import { sameUnit, unitKey } from '../workspace/unitKey';
import { comparableRestatements, figureAt } from '../workspace/comparableBasis';

/** A figure of one report: what a cell shows and where its link lands. */
export interface TableFigure {
  readonly uri: string;
  readonly indicator: Indicator;
}

export interface TargetsRow {
  /** Unique in the table: the indicator (lexicon id or name), its unit and its kind. */
  readonly id: string;
  /** The indicator's name as this year's target states it (last year's when it has no target this year). */
  readonly name: string;
  readonly thisTarget?: TableFigure;
  readonly lastTarget?: TableFigure;
  /** What last year achieved, as this year's report reviews it: the actual the target's card shows, in its own measure. */
  readonly lastActual?: TableFigure;
  /**
   * Whether last year's target was met: met / missed when both are there and measured the same way; 'not reported'
   * when this year's report gives no actual for last year's target; null when there is nothing to judge.
   */
  readonly outcome: Outcome | null;
  /** This year's target is one of the year's headline targets (mainTargets.ts): such rows come first. */
  readonly main?: true;
}

export interface TargetsTable {
  readonly place: string | null;
  /** The year of this report, whose targets the table starts from. */
  readonly year: number;
  readonly uri: string;
  /** Last year's report of the same place, when the caller found one; the table is still useful without it. */
  readonly previous: { readonly uri: string; readonly meta: ReportMeta } | null;
  /** Next year's report of the same place, when the caller found one: its own table judges this year's targets. */
  readonly next?: { readonly uri: string; readonly meta: ReportMeta };
  /** One row per indicator with a target for this year: the headline targets first, each group in the report's order. */
  readonly rows: readonly TargetsRow[];
  /** Targets last year's report set that this year's sets no more, in the order of last year's report. */
  readonly dropped: readonly TargetsRow[];
  /**
   * This report's targets for periods other than its year (a five-year plan's end, 2025, or its span, 2021-2025), by
   * period, the most first: the table holds only the year's, and a report that opens a plan may set no other (a trial's
   * 河北 2011 said it set no targets, and nothing of its 82 for 2015).
   */
  readonly otherPeriods: readonly { readonly period: string; readonly count: number }[];
}

/**
 * The table of `current` against `previous` (last year's report of the same place). A `previous` of another place
 * or year is not used; a report without a year has no table (null). Targets pair by indicator (groupKey, else the
 * name), unit and kind, so that a growth target is never set beside last year's level target. Last year's actual of
 * this year's target is the one its hover card shows and its link goes to (`counterpart`: the open report's own pairs,
 * counterparts of model.pairs), in its own measure (a level beside a growth target); a verdict is given only when it is
 * measured as last year's target is. Without `counterpart` only last year's report's own actual is looked up.
 */
export function buildTargetsTable(current: IndexedReport, previous?: IndexedReport, isMain?: (target: Indicator) => boolean, counterpart?: CounterpartLookup): TargetsTable | null {
  const year = current.meta.year;
  if (year === null) return null;
  const last = previous && previous.meta.year === year - 1 && previous.meta.place === current.meta.place ? previous : undefined;
  const lastYear = String(year - 1);

  const thisTargets = firstPerIdentity(current, (i) => i.status === 'target' && i.period === String(year));
  const lastTargets = last ? firstPerIdentity(last, (i) => i.status === 'target' && i.period === lastYear) : new Map<string, TableFigure>();
  // Last year's actuals: this year's review first (where a report gives them), then last year's report itself.
  const actualsOf = (report: IndexedReport | undefined): TableFigure[] =>
    report ? report.indicators.filter((i) => i.status === 'actual' && i.period === lastYear).map((indicator) => ({ uri: report.uri, indicator })) : [];
  const lastActuals = [...actualsOf(current), ...actualsOf(last)];
  // A figure restated on the comparable basis is judged by the restatement (comparableBasis.ts); shown as it is.
  const restated = new Map([...comparableRestatements(current.indicators)].map(([at, figure]) => [`${current.uri}\u0000${at}`, figure]));
  if (last) for (const [at, figure] of comparableRestatements(last.indicators)) restated.set(`${last.uri}\u0000${at}`, figure);
  const judgedBy = (actual: TableFigure | undefined): Indicator | undefined => (actual ? (restated.get(`${actual.uri}\u0000${figureAt(actual.indicator)}`) ?? actual.indicator) : undefined);

  const row = (id: string, thisTarget: TableFigure | undefined, lastTarget: TableFigure | undefined): TargetsRow => {
    const like = (thisTarget ?? lastTarget)?.indicator;
    // This year's target: the actual its card shows (counterpart), whatever its measure — a growth target beside
    // the level the review ends on — when it is last year's; else last year's report's own actual of the indicator.
    const paired = thisTarget ? counterpart?.(thisTarget.indicator) : undefined;
    const lastActual =
      paired && paired.status === 'actual' && periodEndYear(paired.period) === year - 1
        ? { uri: current.uri, indicator: paired }
        : like
          ? actualFor(thisTarget ? actualsOf(last) : lastActuals, like)
          : undefined;
    return {
      id,
      name: thisTarget?.indicator.name ?? lastTarget?.indicator.name ?? lastActual?.indicator.name ?? '',
      ...(thisTarget ? { thisTarget } : {}),
      ...(lastTarget ? { lastTarget } : {}),
      ...(lastActual ? { lastActual } : {}),
      outcome: verdict(lastTarget?.indicator, judgedBy(lastActual)),
      ...(thisTarget && isMain?.(thisTarget.indicator) ? { main: true as const } : {}),
    };
  };
  const rows = [...thisTargets].map(([id, target]) => row(id, target, lastTargets.get(id)));
  const dropped = [...lastTargets].filter(([id]) => !thisTargets.has(id)).map(([id, target]) => row(id, undefined, target));
  return {
    place: current.meta.place,
    year,
    uri: current.uri,
    previous: last ? { uri: last.uri, meta: last.meta } : null,
    rows: rows.sort((a, b) => Number(b.main === true) - Number(a.main === true) || byRange(a.thisTarget, b.thisTarget)),
    dropped: dropped.sort((a, b) => byRange(a.lastTarget, b.lastTarget)),
    otherPeriods: otherPeriodsOf(current, String(year)),
  };
}

/** The report's targets dated otherwise than `year`, counted by period, the most first (then the earlier period). */
function otherPeriodsOf(report: IndexedReport, year: string): { period: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const i of report.indicators) if (i.status === 'target' && i.period !== null && i.period !== year) counts.set(i.period, (counts.get(i.period) ?? 0) + 1);
  return [...counts].map(([period, count]) => ({ period, count })).sort((a, b) => b.count - a.count || a.period.localeCompare(b.period));
}

/** Which indicator a figure measures, and how: figures with neither a key nor a name have none. */
/** The table's columns after the indicator's, in their order. */
export type TargetsColumn = 'thisTarget' | 'lastTarget' | 'lastActual' | 'outcome';

const COLUMNS: readonly { readonly column: TargetsColumn; readonly has: (r: TargetsRow) => boolean }[] = [
  { column: 'thisTarget', has: (r) => r.thisTarget !== undefined },
  { column: 'lastTarget', has: (r) => r.lastTarget !== undefined },
  { column: 'lastActual', has: (r) => r.lastActual !== undefined },
  { column: 'outcome', has: (r) => r.outcome !== null },
];

/**
 * The columns some row (kept or dropped) fills: with no report of last year in the workspace, “Target 2024” and “2024
 * target met?” were “—” all down the table (a user trial), under a note that already says once why. The view's page
 * and the Markdown export both show these, so the two never differ.
 */
export function filledTargetsColumns(table: Pick<TargetsTable, 'rows' | 'dropped'>): readonly TargetsColumn[] {
  return COLUMNS.filter((c) => table.rows.some(c.has) || table.dropped.some(c.has)).map((c) => c.column);
}

export function figureIdentity(indicator: Indicator): string | null {
  const key = pairKey(indicator);
  // A year's additions (新增300家) and the stock (达到3000家) are two indicators of one name: never one row.
  return key === null ? null : `${key}\u0000${unitKey(indicator.unit) ?? ''}\u0000${indicator.kind}${addsToStock(indicator) ? '\u0000新增' : ''}`;
}

/** The first figure (in document order) of every identity among the report's figures that pass `keep`. */
function firstPerIdentity(report: IndexedReport, keep: (indicator: Indicator) => boolean): Map<string, TableFigure> {
  const out = new Map<string, TableFigure>();
  const figures = report.indicators.filter(keep).sort((a, b) => compareRanges(a.range, b.range));
  for (const indicator of figures) {
    const id = figureIdentity(indicator);
    if (id !== null && !out.has(id)) out.set(id, { uri: report.uri, indicator });
  }
  return out;
}

/**
 * Last year's actual of the target's indicator: the first one measured the same way (kind), else the first in the
 * same unit measured another way (shown, never judged); figures keep the order they were given in.
 */
function actualFor(actuals: readonly TableFigure[], target: Indicator): TableFigure | undefined {
  const key = pairKey(target);
  // A bare noun of two characters (项目, 企业) names no indicator of its own (counterpart.ts says why).
  if (bareNoun(target)) return undefined;
  const same = actuals.filter((a) => pairKey(a.indicator) === key && sameUnit(a.indicator.unit, target.unit));
  return same.find((a) => a.indicator.kind === target.kind && sameFamily(a.indicator, target)) ?? same.find((a) => a.indicator.kind === target.kind) ?? same[0];
}

/** Met / missed only when the actual is measured as the target is (kind, unit, additions or stock): a level never judges a growth. */
function verdict(target: Indicator | undefined, actual: Indicator | undefined): Outcome | null {
  if (!target) return null;
  if (!actual) return 'not reported';
  return actual.kind === target.kind && sameUnit(actual.unit, target.unit) && sameFamily(actual, target) ? outcome(target, actual) : null;
}

/**
 * Both a year's additions to a stock, or neither (series.ts's addsToStock): a target of additions (新增高新技术企业70家)
 * is never met by the stock (高新技术企业达到1850家) — a trial user saw the Targets tab of 保定市 2025 (outside) judge
 * it “met” while the card and the series said “not reported”.
 */
function sameFamily(a: Indicator, b: Indicator): boolean {
  return addsToStock(a) === addsToStock(b);
}

function byRange(a: TableFigure | undefined, b: TableFigure | undefined): number {
  return a && b ? compareRanges(a.indicator.range, b.indicator.range) : 0;
}
