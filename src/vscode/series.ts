import * as vscode from 'vscode';
import { crossReportSeries, sameRange } from '../core';
import type { Indicator, IndexedReport, ReportMeta, ReportModel, SeriesRow } from '../core';
import type { ReportLocation, WorkspaceReportIndex } from './workspaceIndex';

/**
 * The glue between one open report and the other reports of the workspace: the open report as the index sees it,
 * the hovered indicator's series across years, its mentions in other years' reports, last year's report.
 * The logic is the core's (crossReportSeries, samePlace); this file only chooses which data to hand it.
 */

/** How long a hover waits for the workspace's reports to be indexed before it shows the card without the series. */
const HOVER_WAIT_MS = 1000;

/**
 * The open report as one entry of the cross-report index. While the document matches its file (not dirty) the
 * index's own entry is used: its grouping keys were computed the same way as the other reports' (the editor's
 * model may have been regrouped by word segmentation, whose keys the index does not use). An edited or unindexed
 * document is read from its live model, with the year the index took from the file name when the text has none.
 */
export function currentReport(index: WorkspaceReportIndex, document: vscode.TextDocument, model: ReportModel): IndexedReport {
  const uri = document.uri.toString();
  const indexed = index.reportFor(uri);
  if (indexed && !document.isDirty) return indexed;
  const year = model.meta.year ?? indexed?.meta.year ?? null;
  const meta: ReportMeta = year === model.meta.year ? model.meta : { ...model.meta, year };
  return { uri, meta, indicators: model.indicators };
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
export function otherReports(index: WorkspaceReportIndex, self: IndexedReport): IndexedReport[] {
  const byYear = new Map<number, IndexedReport>();
  for (const report of index.reportsOfPlace(self.meta)) {
    const year = report.meta.year;
    if (year === null || year === self.meta.year || report.uri === self.uri || byYear.has(year)) continue;
    byYear.set(year, report);
  }
  return [...byYear.values()].sort((a, b) => (a.meta.year ?? 0) - (b.meta.year ?? 0));
}

/** The indicator's targets and actuals across the reports of this place, this report's live figures included. */
export function seriesFor(index: WorkspaceReportIndex, document: vscode.TextDocument, model: ReportModel, indicator: Indicator): SeriesRow[] {
  const self = currentReport(index, document, model);
  const key = seriesKey(indicator, self);
  if (!key || !self.meta.place || self.meta.year === null) return [];
  const others = otherReports(index, self);
  if (others.length === 0) return [];
  return crossReportSeries([self, ...others], self.meta, key, indicator.unit);
}

export interface OtherMention {
  readonly uri: vscode.Uri;
  readonly report: IndexedReport;
  readonly indicator: Indicator;
}

/** Every mention of the indicator in the other years' reports of the same place (Find All References). */
export function mentionsInOtherReports(index: WorkspaceReportIndex, document: vscode.TextDocument, model: ReportModel, indicator: Indicator): OtherMention[] {
  const self = currentReport(index, document, model);
  const key = seriesKey(indicator, self);
  if (!key || !self.meta.place) return [];
  const out: OtherMention[] = [];
  for (const report of otherReports(index, self)) {
    const uri = vscode.Uri.parse(report.uri, true);
    for (const ind of report.indicators) if (ind.groupKey === key) out.push({ uri, report, indicator: ind });
  }
  return out;
}

/** Last year's report of the same place, for the “上一年人代会” mention (index.previousReport with the live meta). */
export function previousReportOf(index: WorkspaceReportIndex, document: vscode.TextDocument, model: ReportModel): ReportLocation | undefined {
  return index.previousReport(currentReport(index, document, model).meta);
}

/** What the hover card shows of the series: rows, or a note that the index is still being built. */
export type HoverSeries = { readonly rows: readonly SeriesRow[]; readonly uri: string; readonly place: string | null } | { readonly pending: true };

export type HoverSeriesSource = (
  document: vscode.TextDocument,
  model: ReportModel,
  indicator: Indicator,
  token: vscode.CancellationToken,
) => Promise<HoverSeries | undefined>;

/**
 * The hover's series, waiting a moment for the index when it is still being built (the first hover after opening
 * a workspace); after that the card says the series will follow rather than show years that are still to come.
 */
export function hoverSeriesSource(index: WorkspaceReportIndex): HoverSeriesSource {
  return async (document, model, indicator, token) => {
    if (!indicator.groupKey || !model.meta.place) return undefined;
    const ready = await waitAtMost(index.crossReportReady(token), HOVER_WAIT_MS);
    if (token.isCancellationRequested) return undefined;
    if (!ready) return { pending: true };
    const rows = seriesFor(index, document, model, indicator);
    return rows.length > 0 ? { rows, uri: document.uri.toString(), place: model.meta.place } : undefined;
  };
}

/** The promise's value, or false when it takes longer than `ms`. */
function waitAtMost(promise: Promise<boolean>, ms: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(false);
      },
    );
  });
}
