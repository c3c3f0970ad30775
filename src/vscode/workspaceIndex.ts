import * as vscode from 'vscode';
import { detectReport, flattenOutline } from '../core';
import type { OutlineKind, Range, ReportModel } from '../core';
import { readReportFile } from '../node/readReport';
import { DETECT_PREFIX_CHARS, LANGUAGE_ID } from './config';
import { symbolName } from './convert';
import type { ReportService } from './reportService';

/** Reports may be saved as .govreport or, far more often, as plain .txt next to other text files. */
const REPORT_GLOB = '**/*.{govreport,txt}';
/** An explicit exclude replaces files.exclude in findFiles, so the usual heavy folders are named here. */
const EXCLUDE_GLOB = '{**/node_modules/**,**/.git/**}';
/** Bounds on the work a single Ctrl+T can cause in a big workspace. */
const MAX_FILES = 500;
const MAX_FILE_BYTES = 20 * 1024 * 1024;

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
}

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
 */
export class WorkspaceReportIndex implements vscode.Disposable {
  private readonly files = new Map<string, IndexedFile>();
  private readonly stale = new Map<string, vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly lifetime = new vscode.CancellationTokenSource();
  private discovered = false;
  private building: Promise<void> | undefined;
  private watching = false;

  constructor(private readonly service: ReportService) {
    this.disposables.push(
      this.lifetime,
      // A closed document may have been indexed from unsaved text: read it again from disk next time.
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.files.get(document.uri.toString())?.fromEditor) this.markStale(document.uri, false);
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.discovered = false;
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
    if (known && known.mtime === stat.mtime && !known.fromEditor) return;
    if (stat.size > MAX_FILE_BYTES) {
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
    const model = isReport ? this.service.analyzeText(text, token, vscode.workspace.asRelativePath(uri)) : undefined;
    if (isReport && !model && token.isCancellationRequested) {
      this.stale.set(key, uri); // not done: try again on the next build
      return;
    }
    // A failed analysis (already reported) is stored without symbols, so the watcher still retries it on change.
    this.files.set(key, { uri, key, mtime: stat.mtime, isReport, fromEditor: open !== undefined, symbols: model ? symbolsOf(model) : [] });
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
  }

  dispose(): void {
    this.lifetime.cancel();
    vscode.Disposable.from(...this.disposables).dispose();
    this.files.clear();
    this.stale.clear();
  }
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
