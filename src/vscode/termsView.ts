import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { CancelledError } from '../core';
import { exportFileName } from '../core/export';
import { analyzeTerms, buildTermTable, formatTermChangesCsv, formatTermsCsv, termSeries, termsOverReports } from '../core/terms';
import type { ReportTerms, TermAnalysis, TermSourceReport } from '../core/terms';
import { FULL_MODEL_CHARS } from '../node/analysisProtocol';
import { SHOW_TERMS_CHART_COMMAND } from './chartLinks';
import { revealInEditor } from './commands';
import { registerReportPanels, ReportPanel } from './reportPanel';
import { termsHtml, termsMessageHtml, termsMessageOf } from './termsHtml';
import type { TermsPage, TermsPageLink } from './termsHtml';
import { fileName, termsLabels, termsTitle } from './termsLabels';
import type { TermsNotes, TermsReport } from './termsLabels';
import type { TermsSources } from './termsSources';
import { localize } from './localize';

/**
 * What a report newly says, as a webview tab beside it: the terms new, dropped, rising and falling against last
 * year's report of the same place (or, without one, the report's most mentioned terms). The counting is the core's
 * (src/core/terms), with words from jieba's `cut` in a worker thread; this file runs it and renders the table, and
 * never writes to a report. Everything it needs from the extension comes through TermsSources (termsSources.ts).
 */
export const TERMS_COMMAND = 'govreport.compareTerms';
export const TERMS_VIEW_TYPE = 'govreport.terms';

/** Reports longer than this (ten times the longest real one) are not counted here: reading a body is synchronous. */
const MAX_TERMS_CHARS = FULL_MODEL_CHARS;
/** Typing in the report recounts once the typing pauses (segmentation takes a moment). */
const REFRESH_DELAY_MS = 1000;

export function registerTermsViewSupport(selector: vscode.DocumentSelector, sources: TermsSources, extensionUri?: vscode.Uri): vscode.Disposable {
  return vscode.Disposable.from(
    registerReportPanels(TERMS_COMMAND, selector, TERMS_VIEW_TYPE, (document, onDispose, restored) => new TermsPanel(document, sources, extensionUri, onDispose, restored)),
    { dispose: () => sources.dispose?.() },
  );
}

/** The last analysis shown, for the chart buttons and the export. */
interface Shown {
  readonly self: TermsReport;
  readonly others: readonly TermsReport[];
  readonly text: string;
  readonly analysis: TermAnalysis;
}

class TermsPanel extends ReportPanel {
  private page: Pick<TermsPage, 'links' | 'charts'> = { links: [], charts: [] };
  private shown: Shown | undefined;
  /** Every year's counts of this place, made on the first chart request and kept until the report changes. */
  private years: Promise<ReportTerms[]> | undefined;
  /** The table last drawn: a closed report's tab draws it again (in another language) without its text. */
  private drawn: { self: TermsReport; analysis: TermAnalysis; notes: TermsNotes } | undefined;

  constructor(
    document: vscode.TextDocument,
    private readonly sources: TermsSources,
    extensionUri: vscode.Uri | undefined,
    onDispose: () => void,
    restored?: vscode.WebviewPanel,
  ) {
    super(document, TERMS_VIEW_TYPE, localize('Terms'), extensionUri, REFRESH_DELAY_MS, onDispose, restored);
  }

  async refresh(): Promise<void> {
    const token = this.restart();
    const document = this.document;
    // A closed report is not counted again (its text is gone): the last table stays, its links still open the files,
    // and a change of language draws it again — it used to keep the old language, as the Targets tab did (c5da44a).
    if (document.isClosed) return void (this.drawn && this.render(this.drawn.self, this.drawn.analysis, this.drawn.notes));
    try {
      const text = document.getText();
      if (text.length > MAX_TERMS_CHARS) return this.message(localize('Terms'), localize('This file is too large to count its terms here.'));
      // The first time the tab says what it is doing; later (the report was edited) the last table stays until the new one.
      if (!this.shown) this.message(localize('Terms'), localize('Looking for last year’s report in the workspace…'), true);
      const place = await this.sources.place(document, token);
      if (token.isCancellationRequested || this.disposed) return;
      if (!place) return this.message(localize('Terms'), localize('This report could not be analysed.'));
      const { self, others } = place;
      const last = self.year === null ? undefined : others.find((r) => r.year === (self.year as number) - 1);
      const previousText = last ? await this.sources.text(last.uri) : undefined;
      if (token.isCancellationRequested || this.disposed) return;
      const previous = last && previousText !== undefined ? last : null;
      const title = termsTitle(self, previous);
      const counting = previous
        ? localize('Counting the terms of {0} and {1} (word segmentation by nodejieba)…', fileName(self.uri), fileName(previous.uri))
        : localize('Counting the terms of {0} (word segmentation by nodejieba)…', fileName(self.uri));
      if (!this.shown) this.message(title, counting, true);
      const analysis = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: counting }, () =>
        analyzeTerms(text, previous ? (previousText as string) : null, this.sources.cut, { token, pause: yieldToHost }),
      );
      if (token.isCancellationRequested || this.disposed) return;
      this.shown = { self, others, text, analysis };
      this.years = undefined;
      const missing: TermsNotes['missing'] = previous ? null : self.year === null ? 'no-year' : last ? 'unreadable' : 'not-found';
      this.render(self, analysis, { previous, missing, segmentationError: this.sources.segmentationError });
    } catch (err) {
      if (err instanceof CancelledError || token.isCancellationRequested) return;
      this.sources.log.error(localize('Compare Terms'), err);
      this.message(localize('Terms'), localize('The terms of this report could not be counted; see the log (GovReport: Show Log).'));
    }
  }

  private render(self: TermsReport, analysis: TermAnalysis, notes: TermsNotes): void {
    this.drawn = { self, analysis, notes };
    const table = buildTermTable(analysis);
    const labels = termsLabels(self, table, analysis.comparison?.thresholds ?? null, notes);
    const page = termsHtml(table, { current: self.uri, previous: notes.previous?.uri ?? null }, labels, nonce(), { charts: self.year !== null });
    this.page = page;
    this.panel.title = labels.title;
    this.show(page.html);
  }

  private message(title: string, text: string, busy = false): void {
    this.page = { links: [], charts: [] };
    this.drawn = undefined;
    this.panel.title = title;
    this.show(termsMessageHtml(title, text, nonce(), busy));
  }

  protected receive(message: unknown): void {
    const m = termsMessageOf(message, this.page);
    if (!m) return; // not one of this page's links or buttons: ignored
    if (m.kind === 'open') this.open(m.link);
    else if (m.kind === 'chart') void this.chart(m.term);
    else void this.exportCsv();
  }

  /** Opens a report at a term's first mention: where the report is shown, else in another group than this tab. */
  private open(link: TermsPageLink): void {
    const other = this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
    void revealInEditor(vscode.Uri.parse(link.uri, true), link.range, other);
  }

  /** The term's rate per 10,000 characters in every year of this place the workspace holds, in the chart panel. */
  private async chart(term: string): Promise<void> {
    const shown = this.shown;
    if (!shown || shown.self.year === null) return;
    try {
      this.years ??= this.countYears(shown);
      const years = this.years;
      const reports = await vscode.window.withProgress(
        // In the status bar: once counted, the years are kept, and a notification would only flash by.
        { location: vscode.ProgressLocation.Window, title: localize('Counting terms in the {0} reports of {1}…', shown.others.length + 1, shown.self.place ?? '') },
        () => years,
      );
      if (this.disposed) return;
      const title = shown.self.place ? localize('{0} per 10,000 characters — {1}', term, shown.self.place) : localize('{0} per 10,000 characters', term);
      await vscode.commands.executeCommand(SHOW_TERMS_CHART_COMMAND, [termSeries(term, reports)], title);
    } catch (err) {
      this.years = undefined; // try again on the next click
      if (!(err instanceof CancelledError)) this.sources.log.error(localize('Chart'), err);
    }
  }

  private async countYears(shown: Shown): Promise<ReportTerms[]> {
    const reports: TermSourceReport[] = [{ uri: shown.self.uri, year: shown.self.year as number, place: shown.self.place, text: shown.text }];
    for (const r of shown.others) {
      const text = r.year === null ? undefined : await this.sources.text(r.uri);
      if (text !== undefined && text.length <= MAX_TERMS_CHARS) reports.push({ uri: r.uri, year: r.year as number, place: r.place, text });
    }
    return termsOverReports(reports, this.sources.cut, { token: this.tokenSource.token, pause: yieldToHost });
  }

  /** The whole comparison (or every term) as CSV, in a file the user picks; never over either report. */
  private async exportCsv(): Promise<void> {
    const shown = this.shown;
    if (!shown) return;
    const { current, comparison } = shown.analysis;
    const csv = comparison ? formatTermChangesCsv(comparison) : formatTermsCsv(current.terms);
    const reportUri = vscode.Uri.parse(shown.self.uri, true);
    const name = exportFileName({ title: null, place: shown.self.place, year: shown.self.year }, fileName(shown.self.uri).replace(/\.[^.]*$/u, ''), localize('terms'), 'csv');
    const folder = reportUri.scheme === 'file' ? vscode.Uri.joinPath(reportUri, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({
      ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, name) } : {}),
      filters: { CSV: ['csv'] },
      saveLabel: localize('Export'),
      title: localize('Export terms as CSV'),
    });
    if (!target) return;
    const reports = [shown.self.uri, ...shown.others.map((r) => r.uri)].map((u) => u.toLowerCase());
    if (reports.includes(target.toString().toLowerCase())) {
      void vscode.window.showErrorMessage(localize('Choose another file: the report itself is never overwritten.'));
      return;
    }
    try {
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(csv));
      void vscode.window.showInformationMessage(localize('Exported the terms to {0}.', vscode.workspace.asRelativePath(target)));
    } catch (err) {
      void vscode.window.showErrorMessage(localize('Could not write {0}: {1}', vscode.workspace.asRelativePath(target), err instanceof Error ? err.message : String(err)));
    }
  }
}

function nonce(): string {
  return randomBytes(16).toString('base64');
}

/** Lets the extension host run other work between the long synchronous steps (reading a report's body). */
function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
