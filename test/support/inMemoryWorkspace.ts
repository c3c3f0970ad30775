/**
 * An in-memory workspace for the report service's tests, as vscode-markdown-languageservice's InMemoryWorkspace:
 * files by uri (bytes, mtime), the editor's open documents, file events fired by hand, progress recorded. Real
 * corpus text goes in; nothing touches the disk.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CancelledError, neverCancelled } from '../../src/core';
import type { CancellationLike, FileChange, ProgressReporter, WorkspaceHost } from '../../src/core';
import { createReportService, inlineRunner } from '../../src/core/service';
import type { AnalysisRunner, ReportService, ReportTextDocument, SegmenterProvider, ServiceHost } from '../../src/core/service';
import { decodeReportBytes } from '../../src/node/readReport';
import { CORPUS } from './expectedOutline';

export const ROOT = 'file:///ws/';

export interface MemoryFile {
  bytes: Uint8Array;
  mtime: number;
}

export class InMemoryWorkspace implements WorkspaceHost {
  readonly files = new Map<string, MemoryFile>();
  /** Open editors' text by uri, and whether each is shown as a report. */
  readonly open = new Map<string, { text: string; isReport: boolean }>();
  /** Every findFiles call's limit, every read, and every progress run (its reports). */
  readonly listings: number[] = [];
  readonly reads: string[] = [];
  readonly progress: Array<Array<[number, number]>> = [];
  private listener: ((change: FileChange) => void) | undefined;
  private clock = 1;
  /** While set, reads wait for it (a slow disk, to see what does not wait for the index). */
  gate: Promise<void> | undefined;
  /** Cancel the next progress run as the user would. */
  cancelProgress = false;

  /** Adds a file (text as UTF-8, or bytes as they are) at a path below the workspace root; returns its uri. */
  write(path: string, content: string | Uint8Array): string {
    const uri = uriOf(path);
    const created = !this.files.has(uri);
    this.files.set(uri, { bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content, mtime: this.clock++ });
    this.listener?.({ kind: created ? 'created' : 'changed', uri });
    return uri;
  }

  /** Copies a corpus report into the workspace under `path`. */
  copyCorpus(corpusPath: string, path = corpusPath): string {
    return this.write(path, readFileSync(join(CORPUS, corpusPath)));
  }

  delete(path: string): void {
    const uri = uriOf(path);
    this.files.delete(uri);
    this.listener?.({ kind: 'deleted', uri });
  }

  /** The editor closed a document (it may have been indexed from its unsaved text). */
  close(uri: string): void {
    this.open.delete(uri);
    this.listener?.({ kind: 'closed', uri });
  }

  async findFiles(max: number): Promise<readonly string[]> {
    this.listings.push(max);
    return [...this.files.keys()].filter((uri) => /\.(txt|govreport)$/iu.test(uri)).sort().slice(0, max);
  }

  async stat(uri: string): Promise<{ mtime: number; size: number } | undefined> {
    const file = this.files.get(uri);
    return file && { mtime: file.mtime, size: file.bytes.length };
  }

  async readBytes(uri: string): Promise<Uint8Array> {
    await this.gate;
    this.reads.push(uri);
    const file = this.files.get(uri);
    if (!file) throw new Error('no such file');
    return file.bytes;
  }

  decode(bytes: Uint8Array): string {
    return decodeReportBytes(bytes).text;
  }

  relativePath(uri: string): string {
    return uri.startsWith(ROOT) ? decodeURIComponent(uri.slice(ROOT.length)) : uri;
  }

  openDocument(uri: string): { text: string; isReport: boolean } | undefined {
    return this.open.get(uri);
  }

  watch(listener: (change: FileChange) => void): { dispose(): void } {
    this.listener = listener;
    return { dispose: () => (this.listener = undefined) };
  }

  async withProgress<T>(task: (report: ProgressReporter, cancel: CancellationLike) => Promise<T>): Promise<T> {
    const reports: Array<[number, number]> = [];
    this.progress.push(reports);
    const cancel = { isCancellationRequested: this.cancelProgress };
    return task((done, total) => reports.push([done, total]), cancel);
  }
}

export function uriOf(path: string): string {
  return `${ROOT}${path.split('/').map(encodeURIComponent).join('/')}`;
}

/** A document as the service reads it. */
export function textDocument(uri: string, text: string, version = 1, isDirty = false): ReportTextDocument {
  return { uri, version, getText: () => text, isDirty };
}

/** A logger that fails the test on an unexpected error, and keeps the warnings. */
export function testLogger(): ServiceHost['logger'] & { warnings: string[] } {
  const warnings: string[] = [];
  return {
    warnings,
    info: () => undefined,
    warn: (message) => warnings.push(message),
    error: (where, err) => {
      throw new Error(`${where}: ${err instanceof Error ? err.message : String(err)}`);
    },
  };
}

/** The service over an in-memory workspace (none: a single document), in English unless told. */
export function testService(options: { workspace?: InMemoryWorkspace; segmenter?: SegmenterProvider; runner?: AnalysisRunner; language?: string } = {}): ReportService {
  return createReportService({
    logger: testLogger(),
    ...(options.workspace ? { workspace: options.workspace } : {}),
    ...(options.segmenter ? { segmenter: options.segmenter } : {}),
    ...(options.runner ? { runner: options.runner } : {}),
    language: () => options.language ?? 'en',
  });
}

/** The inline runner, counting its analyses (one per document version, one per workspace file). */
export function countingRunner(): AnalysisRunner & { runs: string[] } {
  const runs: string[] = [];
  return {
    runs,
    run(document, token) {
      runs.push(`${document.uri}#${document.version}`);
      return inlineRunner.run(document, token);
    },
  };
}

/** A cancellation token already cancelled, and a fresh one. */
export const cancelled: CancellationLike = { isCancellationRequested: true };
export const never = neverCancelled;

/** The position of the n-th (0-based) occurrence of `needle` on a line of `text` (VS Code positions). */
export function positionOf(text: string, line: number, needle: string, nth = 0): { line: number; character: number } {
  const content = text.split('\n')[line] ?? '';
  let at = -1;
  for (let i = 0; i <= nth; i++) at = content.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`“${needle}” is not on line ${line}`);
  return { line, character: at };
}

export { CancelledError };
