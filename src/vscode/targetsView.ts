import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { config } from './config';
import { outcomeLabels, positionTitle } from '../core';
import type { ReportModel } from '../core';
import { fileOfUri } from '../core/charts';
import { exportFileName, formatTargetsTableMarkdown } from '../core/export';
import type { TableFigure, TargetsTable } from '../core/export';
import { displayPath, offerToOpen, reportDocument as commandDocument, saveExport, stemOf } from './exportCommands';
import { revealInEditor } from './commands';
import { registerReportPanels, ReportPanel } from './reportPanel';
import { isPartial } from './reportService';
import type { ReportService } from './reportService';
import { reportDocument } from './reportService';
import { targetsTable } from '../core/service';
import { linkOfMessage, targetsHtml, targetsMessageHtml } from './targetsHtml';
import type { TargetsHtmlLabels, TargetsLinks } from './targetsHtml';
import type { WorkspaceReportIndex } from './workspaceIndex';
import { crossReportReadyWithProgress } from './indexProgress';
import { localize } from './localize';
import { openLineOf } from './openLines';

/**
 * Targets year on year as a webview tab beside the report. A webview rather than a virtual document: the table is a
 * real table (aligned Chinese columns, met / missed coloured by the theme), a figure opens its report at its line with
 * one click, and the tab has its own title. Like any webview it never asks to be saved, and it is not a text editor,
 * so the Indicators view keeps showing the report. The data is the core's (buildTargetsTable); this file renders it.
 */
export const TARGETS_COMMAND = 'govreport.showTargetsVsActuals';
/** The same table as a Markdown file, for a note or a brief: from the tab's title bar or the Command Palette. */
export const TARGETS_EXPORT_COMMAND = 'govreport.exportTargetsMarkdown';
export const TARGETS_VIEW_TYPE = 'govreport.targets';

/** Typing in the report rebuilds the table once the typing pauses. */
const REFRESH_DELAY_MS = 500;
/** How long the first paint waits for the workspace's reports to be indexed; after that it paints and says so. */
const FIRST_PAINT_WAIT_MS = 1000;

export function registerTargetsViewSupport(
  selector: vscode.DocumentSelector,
  service: ReportService,
  index: WorkspaceReportIndex,
  extensionUri?: vscode.Uri,
): vscode.Disposable {
  const panels = registerReportPanels(TARGETS_COMMAND, selector, TARGETS_VIEW_TYPE, (document, onDispose, restored) => new TargetsPanel(document, service, index, extensionUri, onDispose, restored));
  return vscode.Disposable.from(
    panels,
    vscode.commands.registerCommand(TARGETS_EXPORT_COMMAND, (uri?: unknown) => exportTargets(panels.activeReport() ?? commandDocument(selector, uri), service, index)),
  );
}

/**
 * Writes the report's targets year on year to a Markdown file: the table its tab shows, once the workspace index
 * has found last year's report (a notification says so while it looks, and cancelling it exports without).
 */
async function exportTargets(document: vscode.TextDocument | undefined, service: ReportService, index: WorkspaceReportIndex): Promise<void> {
  if (!document) {
    void vscode.window.showWarningMessage(localize('Open a government work report first, then run this command again.'));
    return;
  }
  const tokenSource = new vscode.CancellationTokenSource();
  let model: ReportModel | undefined;
  try {
    model = await service.getModelWithFigures(document, tokenSource.token);
  } finally {
    tokenSource.dispose();
  }
  if (!model) return void vscode.window.showWarningMessage(localize('Could not analyse {0}', vscode.workspace.asRelativePath(document.uri)));
  if (isPartial(model)) return void vscode.window.showWarningMessage(localize('This file is too large to list its figures here; hover a figure to see its card.'));
  const indexed = await crossReportReadyWithProgress(index, localize('Looking for last year’s report in the workspace…'));
  const table = targetsTable(index, reportDocument(document), model);
  if (!table) return void vscode.window.showWarningMessage(localize('This report gives no year, so its targets cannot be set beside last year’s.'));
  const labels = targetsLabels(table, false);
  const content = formatTargetsTableMarkdown(table, { ...labels, notes: exportNotes(labels.notes, indexed || table.previous !== null) });
  const name = exportFileName(model.meta, stemOf(document.uri), localize('targets'), 'md');
  const target = await saveExport(document, name, 'markdown', localize('Export targets year on year as a Markdown table'), content);
  if (!target) return;
  await offerToOpen(
    target,
    table.rows.length === 1 ? localize('Exported 1 target to {0}.', displayPath(target)) : localize('Exported {0} targets to {1}.', table.rows.length, displayPath(target)),
  );
}

class TargetsPanel extends ReportPanel {
  private readonly nonce = randomBytes(16).toString('base64');
  private links: TargetsLinks = [];
  /** The table last drawn: a closed report's tab draws it again (in another language) without its text or model. */
  private drawn: { table: TargetsTable; indexing: boolean } | undefined;

  constructor(
    document: vscode.TextDocument,
    private readonly service: ReportService,
    private readonly index: WorkspaceReportIndex,
    extensionUri: vscode.Uri | undefined,
    onDispose: () => void,
    restored?: vscode.WebviewPanel,
  ) {
    super(document, TARGETS_VIEW_TYPE, localize('Targets year on year'), extensionUri, REFRESH_DELAY_MS, onDispose, restored);
  }

  protected receive(message: unknown): void {
    this.open(linkOfMessage(message, this.links));
  }

  async refresh(): Promise<void> {
    const token = this.restart();
    const document = this.document;
    // A closed report is not analysed again (the service has forgotten it): the last table stays, its links still open
    // the files, and a change of language draws it again.
    if (document.isClosed) return void (this.drawn && this.paint(this.drawn.table, this.drawn.indexing));
    const model = await this.service.getModelWithFigures(document, token);
    if (token.isCancellationRequested || this.disposed) return;
    if (!model) return this.message(localize('This report could not be analysed.'));
    if (isPartial(model)) return this.message(localize('This file is too large to list its figures here; hover a figure to see its card.'));
    // Last year's report comes from the workspace index: paint at once when it is ready, else paint and repaint.
    const ready = this.index.crossReportReady(token);
    const indexed = await waitAtMost(ready, FIRST_PAINT_WAIT_MS);
    if (token.isCancellationRequested || this.disposed) return;
    this.render(document, model, !indexed);
    if (!indexed && (await ready) && !token.isCancellationRequested && !this.disposed) this.render(document, model, false);
  }

  private render(document: vscode.TextDocument, model: ReportModel, indexing: boolean): void {
    // The core's table, as the service builds it (this report from the index while it matches the file, last year's
    // of the same place, the headline targets from the text): painted now and again when the index is ready.
    const table = targetsTable(this.index, reportDocument(document), model);
    if (!table) return this.message(localize('This report gives no year, so its targets cannot be set beside last year’s.'));
    this.drawn = { table, indexing };
    this.paint(table, indexing);
  }

  private paint(table: TargetsTable, indexing: boolean): void {
    const labels = targetsLabels(table, indexing);
    const page = targetsHtml(table, labels, this.nonce);
    this.links = page.links;
    this.panel.title = labels.title;
    this.show(page.html);
  }

  private message(text: string): void {
    this.links = [];
    this.drawn = undefined;
    const title = localize('Targets year on year');
    this.panel.title = title;
    this.show(targetsMessageHtml(title, text, this.nonce));
  }

  /** Opens a figure's report at its line, beside the table: where the report is shown, else in another group. */
  private open(figure: TableFigure | undefined): void {
    if (!figure) return; // not a message of this page's links: ignored
    const reportUri = this.document.uri.toString();
    const reportColumn = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === reportUri)?.viewColumn;
    const other = this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
    void revealInEditor(vscode.Uri.parse(figure.uri, true), figure.indicator.range, reportColumn ?? other);
  }
}

/**
 * The notes of an exported table. Cancelled before last year's report was found, the file says so in place of the first
 * note (where last year's targets come from: there may be a report it did not reach), and keeps the others (the targets
 * for other periods: the export had dropped them with it).
 */
export function exportNotes(notes: readonly string[], found: boolean): string[] {
  return found ? [...notes] : [localize('Exported before the workspace’s reports were read: last year’s targets may be missing.'), ...notes.slice(1)];
}

/** The headings and notes of a table in the display language. */
export function targetsLabels(table: TargetsTable, indexing: boolean): TargetsHtmlLabels {
  const { year, place } = table;
  const last = year - 1;
  const notes: string[] = [];
  // Last year's report may set no targets for its year (a trial's 河北省-2013, a page cut before its targets): the
  // note then says so, rather than name a file whose targets the table does not show.
  const lastTargets = [...table.rows, ...table.dropped].some((r) => r.lastTarget !== undefined);
  if (table.previous && lastTargets) notes.push(localize('Last year’s targets from {0}.', fileOfUri(table.previous.uri)));
  else if (table.previous) notes.push(localize('{0} sets no targets for {1}: last year’s targets are missing; last year’s results come from this report’s review.', fileOfUri(table.previous.uri), last));
  else if (indexing) notes.push(localize('Looking for last year’s report in the workspace…'));
  else notes.push(localize('No {0} report of the same place is in the workspace: last year’s targets are missing; last year’s results come from this report’s review.', last));
  if (table.next) notes.push(localize('Whether this year’s targets were met: Compare Targets with Last Year on the {0} report ({1}).', year + 1, fileOfUri(table.next.uri)));
  // Its targets for other periods (a plan's end or span) are not in the table: say how many, and where they are listed.
  const others = table.otherPeriods.map((p) => `${p.period} (${p.count})`).join(', ');
  if (others !== '' && table.rows.length > 0) notes.push(localize('It also sets targets for other periods: {0}. The Indicators view lists them (Toggle Targets Only).', others));
  return {
    title: place ? localize('Targets {0} vs {1} — {2}', year, last, place) : localize('Targets {0} vs {1}', year, last),
    indicator: localize('Indicator'),
    thisTarget: localize('Target {0}', year),
    lastTarget: localize('Target {0}', last),
    lastActual: localize('Actual {0}', last),
    outcome: localize('{0} target met?', last),
    outcomes: outcomeLabels(config.language()),
    mainTargets: localize('Main targets for {0}', year),
    otherTargets: localize('Other targets'),
    dropped: localize('Targets set for {0}, not for {1} ({2})', last, year, table.dropped.length),
    noTargets:
      others === ''
        ? localize('This report sets no targets for {0}.', year)
        : localize('This report sets no targets for {0}; its targets are for other periods: {1}. The Indicators view lists them (Toggle Targets Only).', year, others),
    notes,
    linkTitle: (figure) => {
      const at = figure.indicator.range.start;
      return positionTitle(at, config.language(), openLineOf(figure.uri, at.line), fileOfUri(figure.uri));
    },
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
