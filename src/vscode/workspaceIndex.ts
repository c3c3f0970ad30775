import * as vscode from 'vscode';
import { EXCLUDED_FOLDERS_GLOB, REPORT_FILE_GLOB } from '../core';
import type { CancellationLike, FileChange, ProgressReporter, ReportIndex, WorkspaceHost } from '../core';
import { decodeReportBytes } from '../node/readReport';
import { LANGUAGE_ID } from './config';

/**
 * The editor's workspace as the core's WorkspaceHost: the core's ReportIndex does the indexing (which files are
 * reports, one analysis per file, caching by mtime, cross-report state); this file only lists files with findFiles,
 * reads them with workspace.fs (so virtual workspaces work too), decodes them like the CLI, prefers an open editor's
 * text, forwards file events and shows the build's progress in the status bar.
 */
export class VsCodeWorkspace implements WorkspaceHost, vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly progressTitle: () => string) {}

  async findFiles(max: number, token: CancellationLike): Promise<readonly string[]> {
    const source = new vscode.CancellationTokenSource();
    const subscription = token.onCancellationRequested?.(() => source.cancel());
    try {
      // An explicit exclude replaces files.exclude, so the folders the one rule leaves out are named here.
      const uris = await vscode.workspace.findFiles(REPORT_FILE_GLOB, EXCLUDED_FOLDERS_GLOB, max, source.token);
      return uris.map((uri) => uri.toString());
    } finally {
      subscription?.dispose();
      source.dispose();
    }
  }

  async stat(uri: string): Promise<{ mtime: number; size: number } | undefined> {
    try {
      const stat = await vscode.workspace.fs.stat(vscode.Uri.parse(uri, true));
      return { mtime: stat.mtime, size: stat.size };
    } catch {
      return undefined; // deleted since it was listed
    }
  }

  readBytes(uri: string): Promise<Uint8Array> {
    return Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.parse(uri, true)));
  }

  decode(bytes: Uint8Array): string {
    return decodeReportBytes(bytes).text;
  }

  relativePath(uri: string): string {
    return vscode.workspace.asRelativePath(vscode.Uri.parse(uri, true), false);
  }

  /** What the user sees of an open file (maybe unsaved, maybe decoded with another encoding than a guess would). */
  openDocument(uri: string): { text: string; isReport: boolean } | undefined {
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri);
    return open && { text: open.getText(), isReport: open.languageId === LANGUAGE_ID };
  }

  watch(listener: (change: FileChange) => void): vscode.Disposable {
    const watcher = vscode.workspace.createFileSystemWatcher(REPORT_FILE_GLOB);
    const forward = (kind: 'created' | 'changed' | 'deleted' | 'closed') => (uri: vscode.Uri) => listener({ kind, uri: uri.toString() });
    const subscription = vscode.Disposable.from(
      watcher,
      watcher.onDidCreate(forward('created')),
      watcher.onDidChange(forward('changed')),
      watcher.onDidDelete(forward('deleted')),
      // A closed document may have been indexed from unsaved text: the index reads it again from disk.
      vscode.workspace.onDidCloseTextDocument((document) => forward('closed')(document.uri)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => listener({ kind: 'folders' })),
    );
    this.subscriptions.push(subscription);
    return subscription;
  }

  withProgress<T>(task: (report: ProgressReporter, cancel: CancellationLike) => Promise<T>): Promise<T> {
    // The window (status bar) location shows no cancel button in VS Code today; the token is honoured anyway.
    return Promise.resolve(
      vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: this.progressTitle(), cancellable: true }, (progress, cancel) => {
        let shown = 0;
        const report: ProgressReporter = (done, total) => {
          const percent = total > 0 ? (100 * done) / total : 0;
          progress.report({ message: `${done}/${total}`, increment: Math.max(0, percent - shown) });
          shown = Math.max(shown, percent);
        };
        return task(report, cancel);
      }),
    );
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

/** The workspace's report index, as the editor's views and commands receive it (the core's ReportIndex). */
export type WorkspaceReportIndex = ReportIndex;
export type { ReportLocation } from '../core';
