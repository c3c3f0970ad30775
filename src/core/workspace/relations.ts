/**
 * What one open report says about the other reports of its workspace: the open report as the index sees it, the
 * hovered indicator's series across years, its mentions in other years' reports, last year's report. Pure: reads an
 * index (ReportIndex, or any list of reports in tests) and the open report's live model.
 */
import { sameRange } from '../positions';
import type { Indicator, Range, ReportMeta, ReportModel } from '../types';
import { crossReportSeries, onePerYear } from './series';
import type { IndexedReport, SeriesRow } from './series';

/** A report of the workspace as a link target: where a link to it as a whole lands. */
export interface ReportLocation {
  readonly uri: string;
  readonly report: IndexedReport;
  readonly titleRange: Range;
}

/** What these functions read of an index (ReportIndex implements it). */
export interface ReportIndexView {
  /** The indexed figures of one file, by uri string. */
  reportFor(uri: string): IndexedReport | undefined;
  /** The indexed reports of the same place (meta.place equal and a known year), one per year, nearest `near` first. */
  reportsOfPlace(meta: ReportMeta, near?: string): IndexedReport[];
  /** Last year's report of the same place (meta.year − 1), where a link to it should land; the one nearest `near`. */
  previousReport(meta: ReportMeta, near?: string): ReportLocation | undefined;
}

/** The open document as far as the relations need it. */
export interface OpenReport {
  readonly uri: string;
  /** Edited since it was saved: its text may differ from the file the index read. */
  readonly isDirty?: boolean;
}

/**
 * The open report as one entry of the cross-report index. While the document matches its file (not dirty) the
 * index's own entry is used: its grouping keys were computed the same way as the other reports' (the editor's
 * model may have been regrouped by word segmentation, whose keys the index does not use). An edited or unindexed
 * document is read from its live model, with the year the index took from the file name when the text has none.
 */
export function currentReport(index: ReportIndexView, document: OpenReport, model: Pick<ReportModel, 'meta' | 'indicators'>): IndexedReport {
  const indexed = index.reportFor(document.uri);
  if (indexed && !document.isDirty) return indexed;
  const year = model.meta.year ?? indexed?.meta.year ?? null;
  const meta: ReportMeta = year === model.meta.year ? model.meta : { ...model.meta, year };
  return { uri: document.uri, meta, indicators: model.indicators };
}

/**
 * The key that finds the hovered indicator in the other reports: a lexicon key as it is; any other key as the index
 * computed it for the same figure of this report (same range), which is how the other reports were keyed too.
 */
export function seriesKey(indicator: Indicator, self: IndexedReport): string | undefined {
  if (indicator.groupKey?.startsWith('lexicon:')) return indicator.groupKey;
  const twin = self.indicators.find((i) => sameRange(i.range, indicator.range));
  return twin?.groupKey ?? indicator.groupKey;
}

/** The other reports of the same place, one per year (a GBK copy beside its UTF-8 twin is not another year). */
export function otherReports(index: ReportIndexView, self: IndexedReport): IndexedReport[] {
  const others = index.reportsOfPlace(self.meta, self.uri).filter((r) => r.meta.year !== self.meta.year && r.uri !== self.uri);
  return [...onePerYear(others, self.uri).values()].sort((a, b) => (a.meta.year ?? 0) - (b.meta.year ?? 0));
}

/** The indicator's targets and actuals across the reports of this place, this report's live figures included. */
export function seriesFor(index: ReportIndexView, document: OpenReport, model: Pick<ReportModel, 'meta' | 'indicators'>, indicator: Indicator): SeriesRow[] {
  const self = currentReport(index, document, model);
  const key = seriesKey(indicator, self);
  if (!key || !self.meta.place || self.meta.year === null) return [];
  const others = otherReports(index, self);
  if (others.length === 0) return [];
  // The hovered figure decides between the row of a year's additions and the row of the stock (series.ts).
  return crossReportSeries([self, ...others], self.meta, key, indicator.unit, indicator);
}

export interface OtherMention {
  readonly report: IndexedReport;
  readonly indicator: Indicator;
}

/** Every mention of the indicator in the other years' reports of the same place (Find All References). */
export function mentionsInOtherReports(
  index: ReportIndexView,
  document: OpenReport,
  model: Pick<ReportModel, 'meta' | 'indicators'>,
  indicator: Indicator,
): OtherMention[] {
  const self = currentReport(index, document, model);
  const key = seriesKey(indicator, self);
  if (!key || !self.meta.place) return [];
  const out: OtherMention[] = [];
  for (const report of otherReports(index, self)) {
    for (const ind of report.indicators) if (ind.groupKey === key) out.push({ report, indicator: ind });
  }
  return out;
}

/** Last year's report of the same place, for the “上一年人代会” mention (previousReport with the live meta). */
export function previousReportOf(index: ReportIndexView, document: OpenReport, model: Pick<ReportModel, 'meta' | 'indicators'>): ReportLocation | undefined {
  return index.previousReport(currentReport(index, document, model).meta, document.uri);
}
