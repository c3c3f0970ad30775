import * as vscode from 'vscode';
import { reportDocument } from './exportCommands';
import { localize } from './localize';
import { config } from './config';

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
  ) {
    this.panel = vscode.window.createWebviewPanel(
      viewType,
      title,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      // Nothing is loaded from disk or network: the page is one HTML string with an inline style and script.
      { enableScripts: true, enableFindWidget: true, localResourceRoots: [] },
    );
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
  create: (document: vscode.TextDocument, onDispose: () => void) => ReportPanel,
): ReportPanels {
  const panels = new Map<string, ReportPanel>();
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
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0) panels.get(event.document.uri.toString())?.changed(event.document);
    }),
    // A language switch closes and reopens the document: follow the new one.
    vscode.workspace.onDidOpenTextDocument((document) => panels.get(document.uri.toString())?.changed(document)),
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
