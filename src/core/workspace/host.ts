/**
 * What a workspace index needs from its host — small, so that it is implemented once for the editor
 * (src/vscode/workspaceIndex.ts: findFiles, workspace.fs, a FileSystemWatcher, the status-bar progress) and once for
 * a folder on disk (src/node/folderWorkspace.ts: the CLI's `series`, the tests), like vscode-markdown-languageservice's
 * IWorkspace.
 */
import type { CancellationLike } from '../cancellation';
import type { ReportModel } from '../types';

export interface FileStat {
  /** Modification time in ms: an unchanged mtime means the file need not be read again. */
  readonly mtime: number;
  readonly size: number;
}

/** A file event; `closed` is an editor closing a document that may have been indexed from unsaved text. */
export type FileChange =
  | { readonly kind: 'created' | 'changed' | 'deleted' | 'closed'; readonly uri: string }
  /** The workspace's folders changed: list the files again. */
  | { readonly kind: 'folders' };

export interface Disposable {
  dispose(): void;
}

/** Reports progress: `done` files of `total` (total grows when files change while the build runs). */
export type ProgressReporter = (done: number, total: number) => void;

export interface WorkspaceHost {
  /**
   * The candidate report files as uri strings, at most `max`: every file the one rule (reportFiles.ts) names, in no
   * excluded folder (a glob host uses REPORT_FILE_GLOB and EXCLUDED_FOLDERS_GLOB; a walking host isIndexablePath).
   */
  findFiles(max: number, token: CancellationLike): Promise<readonly string[]>;
  /** Modification time and size, or undefined when the file is gone. */
  stat(uri: string): Promise<FileStat | undefined>;
  /** The file's bytes; throws when it cannot be read (the index logs the message and skips the file). */
  readBytes(uri: string): Promise<Uint8Array>;
  /** Bytes to text, the encoding detected (UTF-8, GBK/GB18030, UTF-16 with a BOM); throws for what is not text. */
  decode(bytes: Uint8Array): string;
  /** The path relative to the workspace folder (the exclusion rule reads it; messages show it). */
  relativePath(uri: string): string;
  /** An open editor's text for the file (what the user sees, maybe unsaved) and whether it is shown as a report. */
  openDocument?(uri: string): { readonly text: string; readonly isReport: boolean } | undefined;
  /** Starts watching the candidate files; the index calls it once, on its first build. */
  watch?(listener: (change: FileChange) => void): Disposable;
  /** Shows a cross-report build's progress; cancelling `cancel` stops cross-report indexing for the session. */
  withProgress?<T>(task: (report: ProgressReporter, cancel: CancellationLike) => Promise<T>): Promise<T>;
  /** Files listed at most (default MAX_WORKSPACE_FILES; a folder given to the CLI: all). */
  readonly maxFiles?: number;
  /** Files read and analysed at once (default 1: one file per turn of the event loop keeps an editor responsive). */
  readonly concurrency?: number;
}

/**
 * A report file's text as the user sees it: an open editor's (maybe unsaved) first, else the file's bytes decoded.
 * Throws when the file cannot be read.
 */
export async function readReportText(host: Pick<WorkspaceHost, 'readBytes' | 'decode' | 'openDocument'>, uri: string): Promise<string> {
  return host.openDocument?.(uri)?.text ?? host.decode(await host.readBytes(uri));
}

/** The analysis an index keeps of one report: structure and figures, one analysis per file. */
export type IndexAnalysis = Pick<ReportModel, 'meta' | 'outline' | 'indicators' | 'chromeLines' | 'duplicateFromLine' | 'laterReports'>;

/**
 * Analyses one report's text for the index (the report service's runner: here, in a worker, in a pool). undefined
 * when the analysis failed (the analyser reports it) or was cancelled.
 */
export type IndexAnalyzer = (uri: string, text: string, token: CancellationLike) => Promise<IndexAnalysis | undefined>;

export interface IndexLogger {
  /** Expected trouble (an unreadable file): logged, never shown. */
  warn(message: string): void;
  /** Unexpected failures; `where` is shown to the user. */
  error(where: string, err: unknown): void;
}
