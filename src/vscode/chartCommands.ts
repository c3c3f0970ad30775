import * as vscode from 'vscode';
import {
  buildChart,
  candidateDescription,
  candidateMatches,
  chartCandidates,
  chartOptionsFor,
  chartRequestOfState,
  figureFirst,
  inPlaceWords,
  parseChartRequest,
  placeFirst,
  queryWords,
  termsChart,
} from '../core/charts';
import type { ChartOption, ChartRequest, IndicatorCharts, TermSeries } from '../core/charts';
import type { IndexedReport, Indicator, ReportModel } from '../core';
import { sameRange } from '../core';
import { SHOW_CHART_COMMAND, SHOW_TERMS_CHART_COMMAND } from './chartLinks';
import { optionLabel, statusWord, yearSpan } from './chartLabels';
import { CHART_VIEW_TYPE, ChartPanels } from './chartPanel';
import type { Log } from './log';
import type { ReportService } from './reportService';
import { seriesKey } from '../core';
import { currentReport } from './reportService';
import type { WorkspaceReportIndex } from './workspaceIndex';
import { crossReportReadyWithProgress } from './indexProgress';
import { localize } from './localize';

/**
 * The chart commands. `govreport.showChart` takes what its caller has: nothing (the Command Palette: pick an
 * indicator, then a chart), a chart request (a hover card's link) or an Indicators view item (that figure's
 * charts). The data is the core's (src/core/charts) over the workspace index; the panel only draws it.
 */
export function registerChartSupport(
  extensionUri: vscode.Uri,
  selector: vscode.DocumentSelector,
  service: ReportService,
  index: WorkspaceReportIndex,
  log: Log,
): vscode.Disposable {
  const panels = new ChartPanels(extensionUri, log);
  const run = async (arg: unknown): Promise<void> => {
    try {
      const request = parseChartRequest(arg);
      if (request) await showRequest(panels, index, request);
      else if (isIndicatorItem(arg)) await showForFigure(panels, selector, service, index, arg.indicator);
      else await pickAndShow(panels, index);
    } catch (err) {
      log.error(localize('Chart'), err);
    }
  };
  /**
   * The chart tab VS Code restores after a window reload: drawn again from the index for the request its page kept
   * (its state holds the chart last drawn); a chart of terms, or one the workspace no longer holds, closes rather than
   * stay empty (a trial saw the tab vanish on reload and leave an empty editor group).
   */
  const restore = async (panel: vscode.WebviewPanel, state: unknown): Promise<void> => {
    const request = chartRequestOfState(state);
    const source = new vscode.CancellationTokenSource();
    // The user may close the tab while the workspace is indexed (a minute under load): stop waiting, and set nothing
    // on its disposed webview (that throws, and was logged as an error of the chart).
    const watch = panel.onDidDispose(() => source.cancel());
    try {
      const chart = request && (await index.crossReportReady(source.token)) ? buildChart(index.reports(), request) : undefined;
      if (source.token.isCancellationRequested) return;
      if (chart) panels.restore(panel, chart);
      else panel.dispose();
    } catch (err) {
      panel.dispose();
      log.error(localize('Chart'), err);
    } finally {
      watch.dispose();
      source.dispose();
    }
  };
  return vscode.Disposable.from(
    panels,
    vscode.commands.registerCommand(SHOW_CHART_COMMAND, run),
    vscode.window.registerWebviewPanelSerializer(CHART_VIEW_TYPE, { deserializeWebviewPanel: restore }),
    // For the terms analysis: termsChart checks and bounds whatever it is given.
    vscode.commands.registerCommand(SHOW_TERMS_CHART_COMMAND, (series: unknown, title?: unknown) => {
      if (!Array.isArray(series)) return;
      panels.show(termsChart(series as TermSeries[], typeof title === 'string' ? title : undefined));
    }),
  );
}

/** The workspace's indexed reports, after indexing them (with a cancellable progress) if needed; undefined when too few. */
async function indexedReports(index: WorkspaceReportIndex): Promise<IndexedReport[] | undefined> {
  if (!(await crossReportReadyWithProgress(index, localize('Indexing the workspace reports for charts…')))) return undefined;
  const reports = index.reports();
  if (reports.length >= 2) return reports;
  void vscode.window.showInformationMessage(
    localize('Charts compare reports: open a folder with several years of one place, or several places of one year.'),
  );
  return undefined;
}

async function showRequest(panels: ChartPanels, index: WorkspaceReportIndex, request: ChartRequest): Promise<void> {
  const reports = await indexedReports(index);
  if (!reports) return;
  const chart = buildChart(reports, request);
  if (chart) panels.show(chart);
  else void vscode.window.showInformationMessage(localize('The workspace reports hold no figures for this chart.'));
}

/**
 * Command Palette: an indicator with data across years or places, then one of its charts. The picker shows at once,
 * busy, and is filled once the workspace is indexed and its candidates computed: a trial's picker took 4.5 s to show
 * on a 2025 province (the index's first build, then every indicator's series), and the keys typed meanwhile went
 * into the report, which is never to be modified. Shown first, the picker holds the focus, so what is typed is its
 * query (applied when the rows come); closing it cancels the wait.
 */
async function pickAndShow(panels: ChartPanels, index: WorkspaceReportIndex): Promise<void> {
  // The report being read, before the picker takes the focus (its editor stays the active one anyway).
  const editor = vscode.window.activeTextEditor;
  const picker = candidatePicker();
  try {
    if (!(await index.crossReportReady(picker.token))) return;
    const reports = index.reports();
    if (reports.length < 2) {
      picker.hide();
      void vscode.window.showInformationMessage(
        localize('Charts compare reports: open a folder with several years of one place, or several places of one year.'),
      );
      return;
    }
    // Let the picker paint before the candidates are computed (synchronous work, a second on a large folder).
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (picker.token.isCancellationRequested) return;
    const candidates = orderedCandidates(reports, editor);
    if (candidates.length === 0) {
      picker.hide();
      // Says what a chart needs: a trial's folder held 深圳市 2025 and 罗湖区 2025, both with 地区生产总值, and was told
      // that no indicator appeared in two reports — a city and a district are not charted side by side.
      void vscode.window.showInformationMessage(
        localize('No indicator to chart: none appears in two years of one place, or in one year of two places of the same level (two provinces, two cities, or two districts or counties).'),
      );
      return;
    }
    const picked = await picker.fill(candidates);
    if (!picked) return;
    const option = await pickOption(picked.options, picked.name);
    if (option) await showRequest(panels, index, option);
  } finally {
    picker.dispose();
  }
}

/**
 * The candidates, the report being read leading: its place's indicators first, then the figure under the cursor
 * (in the index's copy of the report, the saved file the charts are drawn from). Computed once per state of the
 * index: the picker opened again on the same reports shows at once.
 */
function orderedCandidates(reports: readonly IndexedReport[], editor: vscode.TextEditor | undefined): IndicatorCharts[] {
  const active = editor?.document.uri.toString();
  const self = reports.find((r) => r.uri === active);
  const own = self ? { year: self.meta.year, groupKeys: new Set(self.indicators.flatMap((i) => (i.groupKey ? [i.groupKey] : []))) } : undefined;
  const cursor = self ? editor?.selection.active : undefined;
  return figureFirst(inPlaceWords(placeFirst(allCandidates(reports), self?.meta.place, own), self?.meta.place), self, cursor);
}

/** The last reports' candidates: the index keeps a report's entry until its file changes, so identity says “same”. */
let lastCandidates: { readonly reports: readonly IndexedReport[]; readonly candidates: IndicatorCharts[] } | undefined;
function allCandidates(reports: readonly IndexedReport[]): IndicatorCharts[] {
  const last = lastCandidates;
  if (last && last.reports.length === reports.length && last.reports.every((r, i) => r === reports[i])) return last.candidates;
  const candidates = chartCandidates(reports);
  lastCandidates = { reports: [...reports], candidates };
  return candidates;
}

type CandidateItem = vscode.QuickPickItem & { readonly candidate: IndicatorCharts };

/**
 * The indicator picker, shown empty and busy until `fill`. A row prints its unit and its first other names only
 * (pickerText.ts), yet typing any of its names finds it (地区生产总值 finds 国内生产总值's charts): VS Code's own filter
 * would hide a row matched by a name it does not print, so the rows are filtered here, by words, and shown with
 * alwaysShow. `token` is cancelled when the user closes the picker before choosing.
 */
function candidatePicker(): {
  readonly token: vscode.CancellationToken;
  fill(candidates: readonly IndicatorCharts[]): Promise<IndicatorCharts | undefined>;
  hide(): void;
  dispose(): void;
} {
  const quickPick = vscode.window.createQuickPick<CandidateItem>();
  const source = new vscode.CancellationTokenSource();
  quickPick.title = localize('Chart an indicator');
  quickPick.placeholder = localize('Indexing the workspace reports for charts…');
  quickPick.matchOnDescription = true;
  quickPick.matchOnDetail = true;
  quickPick.busy = true;
  let all: CandidateItem[] = [];
  let choose: ((candidate: IndicatorCharts | undefined) => void) | undefined;
  const finish = (candidate: IndicatorCharts | undefined): void => {
    source.cancel();
    const resolve = choose;
    choose = undefined;
    resolve?.(candidate);
  };
  const filter = (): void => {
    const words = queryWords(quickPick.value);
    quickPick.items = all.filter((item) => candidateMatches(item.candidate, words, [item.detail ?? '']));
  };
  const subscriptions = [
    quickPick.onDidChangeValue(filter),
    // Enter before the rows came chooses nothing; the picker stays open for them.
    quickPick.onDidAccept(() => {
      const picked = quickPick.selectedItems[0]?.candidate;
      if (!picked) return;
      finish(picked);
      quickPick.hide();
    }),
    quickPick.onDidHide(() => finish(undefined)),
  ];
  quickPick.show();
  return {
    token: source.token,
    fill: (candidates) => {
      if (source.token.isCancellationRequested) return Promise.resolve(undefined);
      all = candidates.map((candidate) => ({
        label: candidate.name,
        description: candidateDescription(candidate),
        detail: summary(candidate),
        alwaysShow: true,
        candidate,
      }));
      const chosen = new Promise<IndicatorCharts | undefined>((resolve) => (choose = resolve));
      quickPick.placeholder = localize('Indicators with figures in two or more reports');
      // What was typed while the picker was busy filters the rows as they come.
      filter();
      quickPick.busy = false;
      return chosen;
    },
    hide: () => quickPick.hide(),
    dispose: () => {
      finish(undefined);
      for (const s of subscriptions) s.dispose();
      quickPick.dispose();
      source.dispose();
    },
  };
}

/** “全国 2014–2019 · 2026 targets: 12 places”: what charts an indicator has. */
function summary(candidate: IndicatorCharts): string {
  return candidate.options
    .slice(0, 4)
    .map((o) => (o.type === 'years' ? `${o.place} ${yearSpan(o.years)}` : localize('{0} {1}: {2} places', o.year, statusWord(o.status), o.places)))
    .join(' · ') + (candidate.options.length > 4 ? ' …' : '');
}

/** The one option, or the user's choice among several. */
async function pickOption(options: readonly ChartOption[], name: string): Promise<ChartOption | undefined> {
  if (options.length <= 1) return options[0];
  const picked = await vscode.window.showQuickPick(
    options.map((option) => ({ label: optionLabel(option), option })),
    { title: localize('Which chart of {0}?', name) },
  );
  return picked?.option;
}

/** An Indicators view item: the figure's own charts (its place's years, its year across places). */
async function showForFigure(
  panels: ChartPanels,
  selector: vscode.DocumentSelector,
  service: ReportService,
  index: WorkspaceReportIndex,
  figure: Pick<Indicator, 'range' | 'text'>,
): Promise<void> {
  const found = await documentHolding(selector, service, figure);
  if (!found) {
    void vscode.window.showWarningMessage(localize('Open the report of this figure first, then run this command again.'));
    return;
  }
  const reports = await indexedReports(index);
  if (!reports) return;
  const self = currentReport(index, found.document, found.model);
  const key = seriesKey(found.indicator, self);
  const options = key ? chartOptionsFor(reports, self.meta.place, found.indicator, key) : [];
  if (options.length === 0) {
    void vscode.window.showInformationMessage(localize('This figure’s indicator appears in no other report of the workspace.'));
    return;
  }
  const option = await pickOption(options, found.indicator.name ?? found.indicator.text);
  if (option) await showRequest(panels, index, option);
}

/** The open report whose model holds this figure (same range and text): the active editor's first, then the visible ones. */
async function documentHolding(
  selector: vscode.DocumentSelector,
  service: ReportService,
  figure: Pick<Indicator, 'range' | 'text'>,
): Promise<{ document: vscode.TextDocument; model: ReportModel; indicator: Indicator } | undefined> {
  const editors = [vscode.window.activeTextEditor, ...vscode.window.visibleTextEditors].filter((e) => e !== undefined);
  const documents = [...new Set([...editors.map((e) => e.document), ...vscode.workspace.textDocuments])].filter((d) => vscode.languages.match(selector, d) > 0);
  const tokenSource = new vscode.CancellationTokenSource();
  try {
    for (const document of documents.slice(0, 20)) {
      const model = await service.getModelWithFigures(document, tokenSource.token);
      const indicator = model?.indicators.find((i) => i.text === figure.text && sameRange(i.range, figure.range));
      if (model && indicator) return { document, model, indicator };
    }
    return undefined;
  } finally {
    tokenSource.dispose();
  }
}

/** An Indicators view leaf (src/core/export/indicatorTree.ts IndicatorLeaf), as far as this command needs it. */
function isIndicatorItem(value: unknown): value is { indicator: Pick<Indicator, 'range' | 'text'> } {
  if (typeof value !== 'object' || value === null) return false;
  const { type, indicator } = value as { type?: unknown; indicator?: unknown };
  if (type !== 'indicator' || typeof indicator !== 'object' || indicator === null) return false;
  const { text, range } = indicator as { text?: unknown; range?: unknown };
  const position = (p: unknown): boolean =>
    typeof p === 'object' && p !== null && Number.isInteger((p as { line?: unknown }).line) && Number.isInteger((p as { character?: unknown }).character);
  const r = range as { start?: unknown; end?: unknown } | undefined;
  return typeof text === 'string' && typeof r === 'object' && r !== null && position(r.start) && position(r.end);
}
