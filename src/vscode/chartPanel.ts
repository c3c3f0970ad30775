import * as os from 'node:os';
import * as vscode from 'vscode';
import { config } from './config';
import { chartFileName, chartLinks, findChartLink, formatChartCsv, parseWebviewMessage } from '../core/charts';
import type { ChartData, ChartLink, FromWebviewMessage, ToWebviewMessage } from '../core/charts';
import { chartHtml, newNonce } from './chartHtml';
import { chartLabels, chartTitle, statusWord } from './chartLabels';
import { toRange } from './convert';
import type { Log } from './log';
import { localize } from './localize';
import { sideColumn } from './sideColumn';

export const CHART_VIEW_TYPE = 'govreport.chart';
/** Links open only documents the extension itself serves (REPORT_SELECTOR's schemes). */
const SCHEMES = new Set(['file', 'untitled']);

type ExportMessage = Extract<FromWebviewMessage, { type: 'export' }>;

/**
 * The chart panel: one webview panel, reused for every chart (a new chart replaces the last one). The webview
 * draws what the extension sends (src/webview/main.ts); what it sends back is validated (parseWebviewMessage) and
 * can only open a figure of the chart shown or ask for an export, which is written where the user chooses and
 * never over a report.
 */
export class ChartPanels implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private chart: ChartData | undefined;
  /** govreport.language reaches an open chart: its page is loaded again in the new language (it then asks `ready`). */
  private readonly languageListener: vscode.Disposable;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: Log,
  ) {
    this.languageListener = config.onLanguageChange(() => this.redraw());
  }

  show(chart: ChartData): void {
    this.chart = chart;
    const title = localize('Chart: {0}', chartTitle(chart));
    if (this.panel) {
      this.panel.title = title;
      this.panel.reveal(undefined, false);
    } else {
      this.panel = this.createPanel(title);
    }
    this.render();
  }

  /**
   * The chart tab VS Code restored after a window reload, with the chart drawn again from the index (its request read
   * back from the page's state: registerChartSupport). A chart open already keeps its tab; the restored one closes.
   */
  restore(panel: vscode.WebviewPanel, chart: ChartData): void {
    if (this.panel) return panel.dispose();
    panel.webview.options = this.webviewOptions();
    this.panel = this.adopt(panel);
    this.chart = chart;
    panel.title = localize('Chart: {0}', chartTitle(chart));
  }

  // Scripts only: no forms, no command links; files only from dist/ (the bundled script).
  private webviewOptions(): vscode.WebviewOptions {
    return { enableScripts: true, enableForms: false, enableCommandUris: false, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist')] };
  }

  private createPanel(title: string): vscode.WebviewPanel {
    return this.adopt(vscode.window.createWebviewPanel(CHART_VIEW_TYPE, title, { viewColumn: sideColumn(), preserveFocus: false }, this.webviewOptions()));
  }

  private adopt(panel: vscode.WebviewPanel): vscode.WebviewPanel {
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'indicators.svg');
    const { webview } = panel;
    this.load(webview);
    const subscriptions = [
      webview.onDidReceiveMessage((raw: unknown) => void this.receive(raw)),
      panel.onDidDispose(() => {
        this.panel = undefined;
        this.chart = undefined;
        vscode.Disposable.from(...subscriptions).dispose();
      }),
    ];
    return panel;
  }

  /** The page in the current language; a fresh nonce each load. */
  private load(webview: vscode.Webview): void {
    webview.html = chartHtml({
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'chartWebview.js')).toString(),
      nonce: newNonce(),
      lang: config.language(),
    });
  }

  private redraw(): void {
    if (!this.panel || !this.chart) return;
    this.panel.title = localize('Chart: {0}', chartTitle(this.chart));
    this.load(this.panel.webview);
  }

  /** Sends the chart; the webview also asks for it (`ready`) whenever it (re)loads. */
  private render(): void {
    if (!this.panel || !this.chart) return;
    const message: ToWebviewMessage = { type: 'render', chart: this.chart, labels: chartLabels(this.chart) };
    void this.panel.webview.postMessage(message);
  }

  private async receive(raw: unknown): Promise<void> {
    const message = parseWebviewMessage(raw);
    const chart = this.chart;
    if (!message || !chart) return;
    try {
      if (message.type === 'ready') this.render();
      else if (message.type === 'open') await this.open(chart, message.uri, message.range);
      else await this.export(chart, message);
    } catch (err) {
      this.log.error(localize('Chart panel'), err);
    }
  }

  /** Opens the figure's report at its line, beside the panel; only a figure of the chart shown is opened. */
  private async open(chart: ChartData, uriText: string, range: ChartLink['range']): Promise<void> {
    const link = findChartLink(chart, uriText, range);
    if (!link) return;
    let uri: vscode.Uri;
    try {
      uri = vscode.Uri.parse(link.uri, true);
    } catch {
      return;
    }
    if (!SCHEMES.has(uri.scheme)) return;
    try {
      const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri.toString());
      const document = visible?.document ?? (await vscode.workspace.openTextDocument(uri));
      const selection = document.validateRange(toRange(link.range));
      // Not over the chart: the report's own editor if it is visible, else the first group (or the one after the chart's).
      const column = visible?.viewColumn ?? (this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
      const editor = await vscode.window.showTextDocument(document, { selection, viewColumn: column, preserveFocus: false });
      editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      void vscode.window.showWarningMessage(localize('Could not open {0}: {1}', link.file, message));
    }
  }

  private async export(chart: ChartData, message: ExportMessage): Promise<void> {
    const content =
      message.format === 'csv'
        ? new TextEncoder().encode(formatChartCsv(chart, (link) => displayPath(vscode.Uri.parse(link.uri, true))))
        : message.format === 'svg'
          ? new TextEncoder().encode(message.svg)
          : Buffer.from(message.base64, 'base64');
    const filters: Record<typeof message.format, Record<string, string[]>> = {
      csv: { [localize('CSV (UTF-8)')]: ['csv'] },
      png: { [localize('PNG image')]: ['png'] },
      svg: { [localize('SVG image')]: ['svg'] },
    };
    const reports = chartLinks(chart).map((link) => link.uri);
    const target = await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(defaultFolder(reports[0]), chartFileName(chart, message.format, statusWord)),
      filters: filters[message.format],
      saveLabel: localize('Export'),
      title: message.format === 'csv' ? localize('Export the chart data as CSV') : localize('Export the chart as {0}', message.format.toUpperCase()),
    });
    if (!target) return;
    if (reports.some((uri) => sameResource(target, uri))) {
      void vscode.window.showErrorMessage(localize('Choose another file: the report itself is never overwritten.'));
      return;
    }
    try {
      await vscode.workspace.fs.writeFile(target, content);
    } catch (err) {
      const text = err instanceof Error ? err.message : String(err);
      void vscode.window.showErrorMessage(localize('Could not write {0}: {1}', displayPath(target), text));
      return;
    }
    const open = localize('Open');
    const choice = await vscode.window.showInformationMessage(localize('Saved {0}.', displayPath(target)), open);
    if (choice === open) await vscode.commands.executeCommand('vscode.open', target);
  }

  dispose(): void {
    this.languageListener.dispose();
    this.panel?.dispose();
  }
}

/** Next to the chart's first report when it is a file, else the first workspace folder, else the home folder. */
function defaultFolder(uriText: string | undefined): vscode.Uri {
  try {
    const uri = uriText ? vscode.Uri.parse(uriText, true) : undefined;
    if (uri?.scheme === 'file') return vscode.Uri.joinPath(uri, '..');
  } catch {
    // not a uri: fall through
  }
  return vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(os.homedir());
}

/** Case-insensitive on purpose: on Windows and macOS a different case is the same file, and refusing too much is harmless. */
function sameResource(a: vscode.Uri, uriText: string): boolean {
  let b: vscode.Uri;
  try {
    b = vscode.Uri.parse(uriText, true);
  } catch {
    return false;
  }
  return a.scheme === b.scheme && a.authority.toLowerCase() === b.authority.toLowerCase() && a.path.toLowerCase() === b.path.toLowerCase();
}

function displayPath(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? vscode.workspace.asRelativePath(uri) : uri.toString(true);
}
