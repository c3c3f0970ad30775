/**
 * The service's questions to the workspace index about one open report. The hover never waits for the index (its
 * card says the series will follow while the first build runs); features asked once per version (links) or on
 * demand (Go to Definition, Find All References) wait for it, as a user who asks expects the answer.
 */
import type { CancellationLike } from '../cancellation';
import { chartOptionsFor } from '../charts/candidates';
import type { ChartOption } from '../charts/candidates';
import type { CardOptions } from '../indicators/card';
import type { Indicator, ReportModel } from '../types';
import type { WorkspaceHost } from '../workspace/host';
import { nameMentionsIn } from '../workspace/nameMentions';
import type { NameMention } from '../workspace/nameMentions';
import type { ReportIndex } from '../workspace/reportIndex';
import { otherReportFiles } from '../workspace/twins';
import { currentReport, mentionsInOtherReports, previousReportOf, seriesFor, seriesKey } from '../workspace/relations';
import type { OpenReport, OtherMention, ReportLocation } from '../workspace/relations';

/** What the hover card shows of the indicator across the workspace's reports, without waiting for the index. */
export function hoverSeries(
  index: ReportIndex | undefined,
  document: OpenReport,
  model: ReportModel,
  indicator: Indicator,
): Pick<CardOptions, 'series' | 'uri' | 'place' | 'seriesPending'> {
  if (!index || !indicator.groupKey || !model.meta.place) return {};
  index.requestCrossReport();
  if (index.crossReportPending) return { seriesPending: true };
  const rows = seriesFor(index, document, model, indicator);
  return rows.length > 0 ? { series: rows, uri: document.uri, place: model.meta.place } : {};
}

/** The charts the figure's indicator has in the workspace (its place across years, its year across places); none while the index is first built. */
export function hoverCharts(index: ReportIndex | undefined, document: OpenReport, model: ReportModel, indicator: Indicator): ChartOption[] {
  const reports = index && !index.crossReportPending ? index.reports() : [];
  if (!index || reports.length < 2) return [];
  const self = currentReport(index, document, model);
  const key = seriesKey(indicator, self);
  return key ? chartOptionsFor(reports, self.meta.place, indicator, key) : [];
}

/** Last year's report of the same place, once the index is built; undefined when absent or cancelled. */
export async function previousReport(
  index: ReportIndex | undefined,
  document: OpenReport,
  model: ReportModel,
  token: CancellationLike,
): Promise<ReportLocation | undefined> {
  if (!index || !(await index.crossReportReady(token))) return undefined;
  return previousReportOf(index, document, model);
}

/** The indicator's mentions in the other years' reports of the same place, once the index is built. */
export async function otherMentions(
  index: ReportIndex | undefined,
  document: OpenReport,
  model: ReportModel,
  indicator: Indicator,
  token: CancellationLike,
): Promise<OtherMention[]> {
  if (!index || !(await index.crossReportReady(token))) return [];
  return mentionsInOtherReports(index, document, model, indicator);
}

/** What Find All References follows into other reports by its name: named programmes and places, quoted terms. */
export const NAMED_KINDS: ReadonlySet<string> = new Set(['entity', 'term']);

/**
 * The name's mentions in the workspace's other reports, searched by the ways this report writes it (`writings`, not
 * the reference's key, which may be a normalised form no text holds): the reports of the same place first (by year),
 * then the others in the index's order. Only the list of files is awaited, never the figures' cross-report build
 * (a name needs none of them). A copy of a report (a GBK original beside its UTF-8 twin, this report's own copy) is
 * searched once.
 */
export async function namedMentionsElsewhere(
  index: ReportIndex | undefined,
  host: WorkspaceHost | undefined,
  self: { readonly uri: string; readonly place: string | null },
  writings: readonly string[],
  token: CancellationLike,
): Promise<NameMention[]> {
  if (!index || !host || writings.length === 0) return [];
  const files = await index.entries(token);
  if (!files || token.isCancellationRequested) return [];
  const others = otherReportFiles(files, self.uri);
  const samePlace = (f: (typeof others)[number]): boolean => self.place !== null && f.report?.meta.place === self.place;
  const ordered = [...others.filter(samePlace).sort((a, b) => (a.report?.meta.year ?? 0) - (b.report?.meta.year ?? 0)), ...others.filter((f) => !samePlace(f))];
  return nameMentionsIn(host, ordered, writings, token);
}
