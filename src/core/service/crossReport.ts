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
 * The name's mentions in the workspace's other reports, once the index is built: the reports of the same place
 * first (by year), then the others in the index's order. Nothing for a one-character name.
 */
export async function namedMentionsElsewhere(
  index: ReportIndex | undefined,
  host: WorkspaceHost | undefined,
  uri: string,
  name: string,
  token: CancellationLike,
): Promise<NameMention[]> {
  if (!index || !host || name.length < 2 || !(await index.crossReportReady(token))) return [];
  const reports = index.reports().filter((r) => r.uri !== uri);
  const self = index.reportFor(uri);
  const samePlace = (r: (typeof reports)[number]): boolean => self?.meta.place != null && r.meta.place === self.meta.place;
  const ordered = [...reports.filter(samePlace).sort((a, b) => (a.meta.year ?? 0) - (b.meta.year ?? 0)), ...reports.filter((r) => !samePlace(r))];
  return nameMentionsIn(host, ordered.map((r) => r.uri), name, token);
}
