import * as vscode from 'vscode';
import { detectReport, flattenOutline, indexedReport, samePlace } from '../core';
import type { IndexedReport, OutlineKind, Range, ReportMeta, ReportModel } from '../core';
import { MAX_INDEXED_BYTES, readReportFile } from '../node/readReport';
import { DETECT_PREFIX_CHARS, LANGUAGE_ID, MAX_CROSS_REFERENCE_CHARS } from './config';
import { symbolName } from './convert';
import type { ReportService } from './reportService';

/** Reports may be saved as .govreport or, far more often, as plain .txt next to other text files. */
const REPORT_GLOB = '**/*.{govreport,txt}';
/** An explicit exclude replaces files.exclude in findFiles, so the usual heavy folders are named here. */
const EXCLUDE_GLOB = '{**/node_modules/**,**/.git/**}';
/** Bounds on the work a single Ctrl+T can cause in a big workspace. */
const MAX_FILES = 500;
/** File events are gathered for this long before the cross-report figures are brought up to date. */
const REFRESH_DELAY_MS = 1000;
/** A title is looked for in this many leading lines (past ads and page chrome). */
const TITLE_SEARCH_LINES = 200;

/** What Ctrl+T needs of one heading; the full model of a closed file is not kept in memory. */
export interface IndexedSymbol {
  readonly name: string;
  readonly kind: OutlineKind;
  readonly selectionRange: Range;
  readonly containerName: string;
  /** The name as normalizeForMatch sees it, computed once rather than on every keystroke. */
  readonly matchKey: string;
}

/** One workspace file as last indexed. */
export interface IndexedFile {
  readonly uri: vscode.Uri;
  /** uri.toString(), the map key. */
  readonly key: string;
  readonly mtime: number;
  /** False for .txt files that detectReport turned down (kept, so they are not read again until they change). */
  readonly isReport: boolean;
  /** Indexed from an open editor's text, which may differ from the disk: re-read once the editor closes. */
  readonly fromEditor: boolean;
  readonly symbols: readonly IndexedSymbol[];
  /**
   * Metadata and figures for cross-report features (series in hover cards, references and links to other years'
   * reports); only computed once the workspace is known to hold two or more reports.
   */
  readonly report?: IndexedReport;
  /** The report's title line (or its first line of text): where a link to the report as a whole lands. */
  readonly titleRange?: Range;
}

/** A report of the workspace as a link target. */
export interface ReportLocation {
  readonly uri: vscode.Uri;
  readonly report: IndexedReport;
  readonly titleRange: Range;
}

/**
 * Cross-report indexing: `idle` until a feature first asks; `dormant` while the workspace holds fewer than two
 * reports (nothing beyond Ctrl+T's own listing is done; re-checked when files are created); `on` while figures are
 * kept for every report; `stopped` once the user cancelled it (for the rest of the session).
 */
type CrossReportState = 'idle' | 'dormant' | 'on' | 'stopped';

/** Per-model memo: open reports are asked on every keystroke of Ctrl+T, and their model only changes per version. */
const symbolMemo = new WeakMap<ReportModel, IndexedSymbol[]>();

/** The headings of a report as a flat list, each with its parent heading (or the report's title) as container. */
export function symbolsOf(model: ReportModel): IndexedSymbol[] {
  let symbols = symbolMemo.get(model);
  if (!symbols) {
    symbols = flattenOutline(model.outline).map(({ node, ancestors }) => {
      const parent = ancestors[ancestors.length - 1];
      const name = symbolName(node.marker, node.title);
      return {
        name,
        kind: node.kind,
        selectionRange: node.selectionRange,
        containerName: parent ? symbolName(parent.marker, parent.title) : (model.meta.title ?? ''),
        matchKey: normalizeForMatch(name),
      };
    });
    symbolMemo.set(model, symbols);
  }
  return symbols;
}

/**
 * Case-insensitive, and blind to quotes and spaces: “十四五”, "十四五" and 十四五 find the same heading,
 * and so does a query typed with a space in the middle. VS Code then ranks the results with its own fuzzy scorer.
 */
export function normalizeForMatch(text: string): string {
  return text.toLowerCase().replace(/[\s“”„‟"'‘’‚‛「」『』﹁﹂﹃﹄＂＇]/gu, '');
}

/**
 * The reports of the workspace, built lazily on the first query and then kept fresh by a file watcher:
 * only changed files are re-read (cache by uri + mtime), one file per event-loop turn so the extension host
 * stays responsive. One build runs at a time and is shared by all queries; queries stop waiting when their
 * token is cancelled, while the build itself stops only on dispose, so typing in Ctrl+T never throws work away.
 *
 * The same index serves the cross-report features: once one of them asks (requestCrossReport) and the workspace
 * holds two or more reports, every report's metadata and figures are kept too (the core's indexReport), built in
 * the background with a status-bar progress and refreshed by the same watcher.
 */
export class WorkspaceReportIndex implements vscode.Disposable {
  private readonly files = new Map<string, IndexedFile>();
  private readonly stale = new Map<string, vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly lifetime = new vscode.CancellationTokenSource();
  private discovered = false;
  private building: Promise<void> | undefined;
  private watching = false;
  private crossReport: CrossReportState = 'idle';
  private crossReportRun: Promise<void> | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  /** Set while a cross-report build shows its progress: called after every file. */
  private onFileIndexed: (() => void) | undefined;

  constructor(private readonly service: ReportService) {
    this.disposables.push(
      this.lifetime,
      // A closed document may have been indexed from unsaved text: read it again from disk next time.
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.files.get(document.uri.toString())?.fromEditor) this.markStale(document.uri, false);
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.discovered = false;
        this.scheduleRefresh();
      }),
    );
  }

  /** Indexed files, freshly updated; undefined when the token was cancelled first. */
  async entries(token: vscode.CancellationToken): Promise<IndexedFile[] | undefined> {
    // A running build is awaited even with nothing stale left: its last file may still be in flight.
    if (this.building || !this.discovered || this.stale.size > 0) {
      this.building ??= this.build().finally(() => {
        this.building = undefined;
      });
      const done = await untilCancelled(this.building, token);
      if (!done) return undefined;
    }
    return [...this.files.values()];
  }

  private async build(): Promise<void> {
    const token = this.lifetime.token;
    if (!this.discovered) {
      this.watch();
      this.discovered = true;
      try {
        const uris = await vscode.workspace.findFiles(REPORT_GLOB, EXCLUDE_GLOB, MAX_FILES, token);
        const listed = new Set(uris.map((uri) => uri.toString()));
        for (const key of this.files.keys()) if (!listed.has(key)) this.files.delete(key); // e.g. a removed folder
        for (const uri of uris) if (!this.files.has(uri.toString())) this.stale.set(uri.toString(), uri);
      } catch (err) {
        if (token.isCancellationRequested) return; // disposed while listing: not an error worth showing
        this.service.log.error(vscode.l10n.t('Could not list the workspace files'), err);
      }
    }
    for (const [key, uri] of [...this.stale]) {
      if (token.isCancellationRequested) return;
      this.stale.delete(key);
      await this.indexFile(uri, token);
      this.onFileIndexed?.();
      await new Promise<void>((resolve) => setImmediate(resolve)); // let other extension-host work run
    }
  }

  private async indexFile(uri: vscode.Uri, token: vscode.CancellationToken): Promise<void> {
    const key = uri.toString();
    if (uri.scheme !== 'file') return; // readReportFile reads local paths; virtual workspaces are not indexed
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch {
      this.files.delete(key); // deleted since it was listed
      return;
    }
    const known = this.files.get(key);
    // A report indexed before cross-report indexing started has no figures yet: it is read again for them.
    const needsFigures = this.crossReport === 'on' && known?.isReport === true && known.report === undefined;
    if (known && known.mtime === stat.mtime && !known.fromEditor && !needsFigures) return;
    if (stat.size > MAX_INDEXED_BYTES) {
      this.files.set(key, { uri, key, mtime: stat.mtime, isReport: false, fromEditor: false, symbols: [] });
      return;
    }
    // An open document's text is what the user sees (maybe unsaved, maybe decoded differently): prefer it.
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
    let text: string;
    try {
      text = open ? open.getText() : (await readReportFile(uri.fsPath)).text;
    } catch (err) {
      this.service.log.warn(`${uri.fsPath}: ${err instanceof Error ? err.message : String(err)}`);
      this.files.set(key, { uri, key, mtime: stat.mtime, isReport: false, fromEditor: false, symbols: [] });
      return;
    }
    // A .govreport file (or a document already shown as a report) is one by declaration; a .txt must look like one.
    const declared = uri.path.endsWith('.govreport') || open?.languageId === LANGUAGE_ID;
    const isReport = declared || detectReport(text.slice(0, DETECT_PREFIX_CHARS)).isReport;
    const model = isReport ? await this.service.analyzeText(text, token, vscode.workspace.asRelativePath(uri)) : undefined;
    if (isReport && !model && token.isCancellationRequested) {
      this.stale.set(key, uri); // not done: try again on the next build
      return;
    }
    const figures = isReport && model && this.crossReport === 'on' ? this.figuresOf(uri, text, model) : undefined;
    // A failed analysis (already reported) is stored without symbols, so the watcher still retries it on change.
    this.files.set(key, {
      uri,
      key,
      mtime: stat.mtime,
      isReport,
      fromEditor: open !== undefined,
      symbols: model ? symbolsOf(model) : [],
      ...(figures ? { report: figures, titleRange: titleRangeOf(text, model?.chromeLines ?? []) } : {}),
    });
  }

  /**
   * One report's metadata and figures from the model already made for its symbols (one analysis per file), with the
   * year taken from the file name when the title block has none (indexedReport).
   */
  private figuresOf(uri: vscode.Uri, text: string, model: ReportModel): IndexedReport {
    const key = uri.toString();
    // Too large to bind its figures: keeps its metadata, so last year's-report links still work.
    if (text.length > MAX_CROSS_REFERENCE_CHARS) return { uri: key, meta: model.meta, indicators: [] };
    return indexedReport(key, model, uri.path.slice(uri.path.lastIndexOf('/') + 1));
  }

  /**
   * Starts cross-report indexing in the background the first time a feature needs it; afterwards only brings it up
   * to date. Never waits: callers that can wait use crossReportReady.
   */
  requestCrossReport(): void {
    if (this.crossReport === 'idle') {
      this.crossReport = 'dormant';
      void this.refreshCrossReport();
    } else if (this.crossReport === 'on' && this.stale.size > 0) {
      void this.refreshCrossReport();
    }
  }

  /**
   * Resolves true once the figures of every workspace report are indexed (at once when the workspace holds fewer
   * than two reports), false when the token is cancelled first.
   */
  crossReportReady(token: vscode.CancellationToken): Promise<boolean> {
    this.requestCrossReport();
    return this.crossReportRun ? untilCancelled(this.crossReportRun, token) : Promise.resolve(!token.isCancellationRequested);
  }

  /**
   * The workspace reports indexed with figures, one per file, in a stable order (by uri); none unless cross-report
   * indexing is on (a cancelled run's partial figures would make years look unreported).
   */
  reports(): IndexedReport[] {
    if (this.crossReport !== 'on') return [];
    const out: IndexedReport[] = [];
    for (const file of this.files.values()) if (file.isReport && file.report) out.push(file.report);
    return out.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  }

  /** The indexed figures of one file, by uri string. */
  reportFor(uri: string): IndexedReport | undefined {
    const file = this.files.get(uri);
    return file?.isReport ? file.report : undefined;
  }

  /** The workspace reports of the same place (meta.place equal and a known year), as far as indexed. */
  reportsOfPlace(meta: ReportMeta): IndexedReport[] {
    return samePlace(this.reports(), meta);
  }

  /** Last year's report of the same place (meta.year − 1), where a link to it should land; undefined when absent. */
  previousReport(meta: ReportMeta): ReportLocation | undefined {
    if (!meta.place || meta.year === null) return undefined;
    const year = meta.year - 1;
    const report = this.reportsOfPlace(meta).find((r) => r.meta.year === year);
    const file = report ? this.files.get(report.uri) : undefined;
    return report && file ? { uri: file.uri, report, titleRange: file.titleRange ?? ZERO_RANGE } : undefined;
  }

  private refreshCrossReport(): Promise<void> {
    this.crossReportRun ??= this.runCrossReport().finally(() => {
      this.crossReportRun = undefined;
    });
    return this.crossReportRun;
  }

  private async runCrossReport(): Promise<void> {
    const token = this.lifetime.token;
    try {
      // A workspace with at most one candidate file costs one listing, nothing more.
      if (!this.discovered) {
        const candidates = await vscode.workspace.findFiles(REPORT_GLOB, EXCLUDE_GLOB, 2, token);
        if (candidates.length < 2) {
          this.watch(); // a second report created later wakes cross-report indexing up
          return;
        }
      }
      // Discovery is Ctrl+T's own pass (read, detect, outline): which files are reports.
      let files = await this.entries(token);
      if (!files || token.isCancellationRequested || this.crossReport === 'stopped') return;
      if (files.filter((f) => f.isReport).length < 2) {
        this.crossReport = 'dormant';
        return;
      }
      this.crossReport = 'on';
      for (const file of files) if (file.isReport && !file.report) this.stale.set(file.key, file.uri);
      if (this.stale.size === 0 && !this.building) return;
      await vscode.window.withProgress(
        // The window (status bar) location shows no cancel button in VS Code today; the token is honoured anyway.
        { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Indexing government work reports'), cancellable: true },
        async (progress, cancel) => {
          const subscription = cancel.onCancellationRequested(() => {
            this.crossReport = 'stopped';
          });
          let done = 0;
          const total = this.stale.size;
          this.onFileIndexed = () => {
            done++;
            progress.report({ message: `${Math.min(done, total)}/${total}`, increment: total > 0 ? 100 / total : 0 });
          };
          try {
            // Files changed while this ran are indexed too, so a finished run leaves nothing stale.
            do {
              files = await this.entries(token);
            } while (files && this.stale.size > 0 && !token.isCancellationRequested && this.crossReport === 'on');
          } finally {
            this.onFileIndexed = undefined;
            subscription.dispose();
          }
        },
      );
    } catch (err) {
      if (!token.isCancellationRequested) this.service.log.error(vscode.l10n.t('Could not index the workspace reports'), err);
    }
  }

  /** After file events: bring the figures up to date soon, gathering a burst of events (a git checkout) into one run. */
  private scheduleRefresh(): void {
    if (this.crossReport !== 'on' && this.crossReport !== 'dormant') return;
    if (this.refreshTimer !== undefined) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      if (this.lifetime.token.isCancellationRequested) return;
      if (this.crossReport === 'dormant') this.crossReport = 'idle'; // re-count the reports from scratch
      this.requestCrossReport();
    }, REFRESH_DELAY_MS);
  }

  private watch(): void {
    if (this.watching) return;
    this.watching = true;
    const watcher = vscode.workspace.createFileSystemWatcher(REPORT_GLOB);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.markStale(uri, true)),
      watcher.onDidChange((uri) => this.markStale(uri, false)),
      watcher.onDidDelete((uri) => {
        this.files.delete(uri.toString());
        this.stale.delete(uri.toString());
      }),
    );
  }

  /** Known files are refreshed on change; new ones are added only while the cap allows. */
  private markStale(uri: vscode.Uri, isNew: boolean): void {
    const key = uri.toString();
    if (/[\\/](node_modules|\.git)[\\/]/u.test(uri.path)) return;
    if (!isNew && !this.files.has(key)) return;
    if (isNew && this.files.size + this.stale.size >= MAX_FILES) return;
    this.stale.set(key, uri);
    this.scheduleRefresh();
  }

  dispose(): void {
    if (this.refreshTimer !== undefined) clearTimeout(this.refreshTimer);
    this.lifetime.cancel();
    vscode.Disposable.from(...this.disposables).dispose();
    this.files.clear();
    this.stale.clear();
  }
}

/** Zero-width characters that scraped pages leave on lines of their own (same length when replaced by spaces). */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/gu;

const ZERO_RANGE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * The first line of text that is not page chrome (an ad, a scraper header): the title line of a report that has
 * one, else its first line (各位代表：). Only the first lines are looked at; lines end at \n, a \r stays outside.
 */
export function titleRangeOf(text: string, chromeLines: readonly number[]): Range {
  const chrome = new Set(chromeLines);
  let start = 0;
  for (let line = 0; line < TITLE_SEARCH_LINES && start <= text.length; line++) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const content = text.slice(start, end).replace(/\r$/u, '');
    const visible = content.replace(INVISIBLE, ' ');
    if (!chrome.has(line) && visible.trim().length > 0) {
      const indent = visible.length - visible.trimStart().length;
      return { start: { line, character: indent }, end: { line, character: visible.trimEnd().length } };
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  return ZERO_RANGE;
}

/** Resolves true when the promise settles, false as soon as the token is cancelled. */
function untilCancelled(promise: Promise<void>, token: vscode.CancellationToken): Promise<boolean> {
  if (token.isCancellationRequested) return Promise.resolve(false);
  return new Promise<boolean>((resolve) => {
    const subscription = token.onCancellationRequested(() => {
      subscription.dispose();
      resolve(false);
    });
    promise.then(
      () => {
        subscription.dispose();
        resolve(true);
      },
      () => {
        subscription.dispose();
        resolve(true); // build() reports its own errors; what was indexed is still usable
      },
    );
  });
}
