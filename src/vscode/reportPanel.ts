import * as vscode from 'vscode';
import { reportDocument } from './exportCommands';
import { localize } from './localize';
import { config } from './config';
import { escapeHtml } from './webviewDocument';
import { sideColumn } from './sideColumn';

/**
 * A webview tab beside one report (Targets year on year, Compare Terms): opened by a command, one per report, kept
 * up to date as the report is edited — rebuilt once typing pauses, or when the tab is next shown if it is hidden —
 * with each rebuild cancelling the one before. Subclasses only build and render their page in `refresh`.
 */
export abstract class ReportPanel implements vscode.Disposable {
  protected readonly panel: vscode.WebviewPanel;
  protected tokenSource = new vscode.CancellationTokenSource();
  protected disposed = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The report changed while the tab was hidden: rebuilt when it is shown again. */
  private stale = false;

  constructor(
    protected document: vscode.TextDocument,
    viewType: string,
    title: string,
    extensionUri: vscode.Uri | undefined,
    private readonly refreshDelayMs: number,
    private readonly onDispose: () => void,
    /** The tab VS Code restored after a reload (registerReportPanels' serializer), adopted instead of a new one. */
    restored?: vscode.WebviewPanel,
  ) {
    // Nothing is loaded from disk or network: the page is one HTML string with an inline style and script.
    const webviewOptions = { enableScripts: true, localResourceRoots: [] };
    if (restored) {
      restored.webview.options = webviewOptions;
      restored.title = title;
    }
    this.panel =
      restored ?? vscode.window.createWebviewPanel(viewType, title, { viewColumn: sideColumn(), preserveFocus: true }, { ...webviewOptions, enableFindWidget: true });
    if (extensionUri) this.panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'indicators.svg');
    this.panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message));
    this.panel.onDidChangeViewState(() => {
      if (this.panel.visible && this.stale) void this.refresh();
    });
    this.panel.onDidDispose(() => this.dispose());
  }

  /** Builds and shows the page for the current document. */
  abstract refresh(): Promise<void>;

  /** A message from the page; subclasses validate it against the links they rendered. */
  protected abstract receive(message: unknown): void;

  reveal(): void {
    this.panel.reveal(undefined, true);
  }

  /**
   * Shows a page, carrying the report's uri on its body: the page's script keeps it in the webview's state, which VS
   * Code hands back when it restores the tab after a reload (registerReportPanels). Setting the same page again
   * would reload it (and lose the scroll position) for nothing.
   */
  protected show(html: string): void {
    const page = html.replace('<body', `<body data-report="${escapeHtml(this.document.uri.toString())}"`);
    if (this.panel.webview.html !== page) this.panel.webview.html = page;
  }

  /** The report of this tab when the tab is the active editor (a command run from its title bar acts on it). */
  get activeReport(): vscode.TextDocument | undefined {
    return this.panel.active ? this.document : undefined;
  }

  /** The report was edited (or reopened): rebuild soon, or when the tab is next shown. */
  changed(document: vscode.TextDocument): void {
    this.document = document;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.panel.visible) void this.refresh();
      else this.stale = true;
    }, this.refreshDelayMs);
  }

  /** Cancels the rebuild under way and returns the token of the new one. */
  protected restart(): vscode.CancellationToken {
    this.stale = false;
    this.tokenSource.cancel();
    this.tokenSource.dispose();
    this.tokenSource = new vscode.CancellationTokenSource();
    return this.tokenSource.token;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.tokenSource.cancel();
    this.tokenSource.dispose();
    this.onDispose();
    this.panel.dispose();
  }
}

/** The open panels of one kind: disposing closes them all. */
export interface ReportPanels extends vscode.Disposable {
  /** The report of the panel that is the active editor, if one is. */
  activeReport(): vscode.TextDocument | undefined;
}

/**
 * The command that opens (or reveals) a report's panel, and the listeners that keep every open panel on its report.
 * `create` makes the panel of a document; `onDispose` must be called when it closes.
 */
export function registerReportPanels(
  command: string,
  selector: vscode.DocumentSelector,
  viewType: string,
  create: (document: vscode.TextDocument, onDispose: () => void, restored?: vscode.WebviewPanel) => ReportPanel,
): ReportPanels {
  const panels = new Map<string, ReportPanel>();
  /**
   * A tab VS Code restores after a window reload: its page kept the report's uri (ReportPanel.show), so it is built
   * again for that report; without one (a page of an older version), or when the report cannot be opened or already
   * has a tab, it closes rather than stay empty (a trial saw tabs vanish on reload and leave an empty editor group).
   */
  const restore = async (panel: vscode.WebviewPanel, state: unknown): Promise<void> => {
    const report = typeof state === 'object' && state !== null ? (state as { report?: unknown }).report : undefined;
    let document: vscode.TextDocument | undefined;
    // The user may close the tab while its report is opened: a closed tab's webview takes no page (it throws).
    let closed = false;
    const watch = panel.onDidDispose(() => (closed = true));
    try {
      document = typeof report === 'string' && report.length < 4096 ? await vscode.workspace.openTextDocument(vscode.Uri.parse(report, true)) : undefined;
    } catch {
      document = undefined; // moved or deleted since: nothing to show
    } finally {
      watch.dispose();
    }
    if (closed) return;
    const key = document?.uri.toString();
    // Only a report, as the command opens (reportDocument): a file whose language is no longer one read as a report
    // closes, and so does an untitled report the reload did not bring back (hot exit off: opening its uri made a new,
    // empty document — one restored from its backup has its text).
    const gone = document?.uri.scheme === 'untitled' && document.getText().length === 0;
    if (!document || gone || key === undefined || panels.has(key) || vscode.languages.match(selector, document) === 0) return panel.dispose();
    const restored = create(document, () => panels.delete(key), panel);
    panels.set(key, restored);
    await restored.refresh();
  };
  const show = async (uri?: unknown): Promise<void> => {
    const document = reportDocument(selector, uri);
    if (!document) {
      void vscode.window.showWarningMessage(localize('Open a government work report first, then run this command again.'));
      return;
    }
    const key = document.uri.toString();
    const open = panels.get(key);
    if (open) return open.reveal();
    const panel = create(document, () => panels.delete(key));
    panels.set(key, panel);
    await panel.refresh();
  };
  const disposable = vscode.Disposable.from(
    vscode.commands.registerCommand(command, show),
    vscode.window.registerWebviewPanelSerializer(viewType, { deserializeWebviewPanel: restore }),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0) panels.get(event.document.uri.toString())?.changed(event.document);
    }),
    // A language switch closes and reopens the document: follow the new one — or, when it is no longer read as a report
    // (set back to Plain Text), close the tab as a reload does, rather than analyse a text that is not a report.
    vscode.workspace.onDidOpenTextDocument((document) => {
      const panel = panels.get(document.uri.toString());
      if (panel && vscode.languages.match(selector, document) === 0) panel.dispose();
      else panel?.changed(document);
    }),
    // The page's words follow govreport.language: every open panel is drawn again in the new one.
    config.onLanguageChange(() => {
      for (const panel of panels.values()) void panel.refresh();
    }),
    { dispose: () => [...panels.values()].forEach((panel) => panel.dispose()) },
  );
  return {
    activeReport: () => [...panels.values()].map((panel) => panel.activeReport).find((document) => document !== undefined),
    dispose: () => disposable.dispose(),
  };
}
