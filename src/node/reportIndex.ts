/**
 * A folder of reports as a cross-report index (`govreport series DIR`, the benchmark, and any host that wants the
 * figures of many reports): every .txt / .govreport file below a folder, decoded (readReportFile) and indexed
 * (the core's indexReport). Files that are not reports, cannot be read or are too large are left out and named to
 * `onSkip`.
 *
 * The work runs in this thread by default (file reads overlap the analyses). Given `workerScript` — a bundle whose
 * entry calls `serveIndexWorker()` when `isIndexWorker()` (dist/cli.js does) — it runs in a small pool of worker
 * threads instead: each worker reads, decodes and analyses its files, so the calling thread only receives results
 * and stays responsive, and on two or more cores the pool finishes sooner.
 */
import type { Dirent } from 'node:fs';
import { promises as fs } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { CancelledError, indexReport } from '../core';
import type { CancellationLike, IndexedReport } from '../core';
import { MAX_INDEXED_BYTES, readReportFile, ReportReadError } from './readReport';

/** Files larger than this are skipped when indexing a folder (single reports are allowed up to MAX_REPORT_BYTES). */
export { MAX_INDEXED_BYTES };

const REPORT_FILE = /\.(?:txt|govreport)$/iu;
/** Folders never entered: dependencies and hidden folders (.git, .vscode …). */
const SKIPPED_DIRS = new Set(['node_modules']);
const WORKER_MARK = 'govreportIndexWorker';

export interface IndexProgress {
  /** Files finished (indexed or skipped), out of `total`. */
  readonly done: number;
  readonly total: number;
  /** The file just finished. */
  readonly file: string;
}

export type SkipReason = 'too-large' | 'unreadable' | 'not-a-report';

export interface IndexFolderOptions {
  /**
   * In this thread: how many files are read and analysed at once (default 4: reads overlap analyses).
   * With `workerScript`: the number of worker threads (default: the number of CPUs, at most 8).
   */
  readonly concurrency?: number;
  /** Called after every file, in completion order. */
  readonly onProgress?: (progress: IndexProgress) => void;
  /** Called for every file left out, with why (`detail` is a short phrase for unreadable files). */
  readonly onSkip?: (file: string, reason: SkipReason, detail?: string) => void;
  /** Aborting rejects the promise with the signal's reason and stops the workers. */
  readonly signal?: AbortSignal;
  /** A script that serves index requests in a worker thread (see serveIndexWorker); none = work in this thread. */
  readonly workerScript?: string;
}

/** A file found below the folder, with its size in bytes. */
export interface ReportFile {
  readonly path: string;
  readonly size: number;
}

/**
 * Every report of the folder (recursively), indexed, in the order of their paths. A file that is not a report
 * (indexReport gives null), cannot be read, or is over 20 MB is left out.
 */
export async function indexFolder(dir: string, options: IndexFolderOptions = {}): Promise<IndexedReport[]> {
  const { signal, onSkip } = options;
  signal?.throwIfAborted();
  const found = await listReportFiles(dir, signal);
  const files: ReportFile[] = [];
  for (const file of found) {
    if (file.size > MAX_INDEXED_BYTES) onSkip?.(file.path, 'too-large', `${(file.size / 1024 / 1024).toFixed(1)} MB`);
    else files.push(file);
  }
  const results = options.workerScript && files.length > 0 ? await indexInWorkers(files, options.workerScript, options) : await indexInThread(files, options);
  return results.filter((r): r is IndexedReport => r !== null);
}

/** The .txt and .govreport files below `dir`, sorted by path; node_modules and hidden folders are not entered. */
export async function listReportFiles(dir: string, signal?: AbortSignal): Promise<ReportFile[]> {
  const out: ReportFile[] = [];
  const walk = async (folder: string): Promise<void> => {
    signal?.throwIfAborted();
    let entries: Dirent[];
    try {
      entries = await fs.readdir(folder, { withFileTypes: true });
    } catch (err) {
      // The root must exist; an unreadable subfolder is passed over.
      if (folder === dir) throw err;
      return;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith('.')) await walk(path);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && REPORT_FILE.test(entry.name)) {
        // Symbolic links to files are followed, links to folders are not (no cycles).
        const stat = await fs.stat(path).catch(() => null);
        if (stat?.isFile()) out.push({ path, size: stat.size });
      }
    }
  };
  await walk(dir);
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export type FileResult = { readonly report: IndexedReport | null } | { readonly skip: SkipReason; readonly detail?: string };

/** Reads, decodes and indexes one file; never throws except for cancellation. */
export async function indexReportFile(path: string, token?: CancellationLike): Promise<FileResult> {
  return indexText(path, await readText(path), token);
}

/** The decoded text of a file, or why it cannot be read. */
async function readText(path: string): Promise<string | FileResult> {
  try {
    return (await readReportFile(path)).text;
  } catch (err) {
    return { skip: 'unreadable', detail: err instanceof ReportReadError ? err.reason : err instanceof Error ? err.message : String(err) };
  }
}

function indexText(path: string, text: string | FileResult, token?: CancellationLike): FileResult {
  if (typeof text !== 'string') return text;
  const report = indexReport(pathToFileURL(path).href, text, token ? { fileName: basename(path), token } : { fileName: basename(path) });
  return report ? { report } : { skip: 'not-a-report' };
}

function settle(file: ReportFile, result: FileResult, done: number, total: number, options: IndexFolderOptions): IndexedReport | null {
  if ('skip' in result) options.onSkip?.(file.path, result.skip, result.detail);
  options.onProgress?.({ done, total, file: file.path });
  return 'report' in result ? result.report : null;
}

async function indexInThread(files: readonly ReportFile[], options: IndexFolderOptions): Promise<(IndexedReport | null)[]> {
  const { signal } = options;
  const token: CancellationLike | undefined = signal
    ? {
        get isCancellationRequested(): boolean {
          return signal.aborted;
        },
      }
    : undefined;
  const results: (IndexedReport | null)[] = new Array<IndexedReport | null>(files.length).fill(null);
  let next = 0;
  let done = 0;
  const runner = async (): Promise<void> => {
    while (next < files.length) {
      const index = next++;
      const file = files[index]!;
      signal?.throwIfAborted();
      let result: FileResult;
      try {
        result = await indexReportFile(file.path, token);
      } catch (err) {
        if (err instanceof CancelledError && signal?.aborted) signal.throwIfAborted();
        throw err;
      }
      signal?.throwIfAborted();
      results[index] = settle(file, result, ++done, files.length, options);
    }
  };
  const width = Math.max(1, Math.min(options.concurrency ?? 4, files.length));
  await Promise.all(Array.from({ length: width }, runner));
  return results;
}

type WorkerRequest = { readonly id: number; readonly path: string };
type WorkerResponse = { readonly id: number; readonly result: FileResult } | { readonly id: number; readonly error: string };

/** Jobs kept queued in each worker, so that it never waits for the next message between two files. */
const IN_FLIGHT_PER_WORKER = 2;

function indexInWorkers(files: readonly ReportFile[], script: string, options: IndexFolderOptions): Promise<(IndexedReport | null)[]> {
  const { signal } = options;
  const count = Math.max(1, Math.min(options.concurrency ?? Math.min(availableParallelism(), 8), files.length));
  const results: (IndexedReport | null)[] = new Array<IndexedReport | null>(files.length).fill(null);
  const workers: Worker[] = [];
  return new Promise<(IndexedReport | null)[]>((resolve, reject) => {
    let next = 0;
    let done = 0;
    let finished = false;
    const finish = (err: unknown): void => {
      if (finished) return;
      finished = true;
      signal?.removeEventListener('abort', onAbort);
      void Promise.all(workers.map((w) => w.terminate())).then(
        () => (err === undefined ? resolve(results) : reject(err)),
        () => (err === undefined ? resolve(results) : reject(err)),
      );
    };
    const onAbort = (): void => finish(signal?.reason ?? new Error('aborted'));
    if (signal?.aborted) {
      onAbort();
      return;
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    const feed = (worker: Worker): void => {
      if (finished || next >= files.length) return;
      const id = next++;
      worker.postMessage({ id, path: files[id]!.path } satisfies WorkerRequest);
    };
    for (let k = 0; k < count; k++) {
      let worker: Worker;
      try {
        worker = new Worker(script, { workerData: { [WORKER_MARK]: true } });
      } catch (err) {
        finish(err);
        return;
      }
      workers.push(worker);
      worker.on('message', (msg: WorkerResponse) => {
        if (finished) return;
        if ('error' in msg) {
          finish(new Error(`indexing ${files[msg.id]?.path ?? '?'} failed: ${msg.error}`));
          return;
        }
        results[msg.id] = settle(files[msg.id]!, msg.result, ++done, files.length, options);
        if (done === files.length) finish(undefined);
        else feed(worker);
      });
      worker.on('error', (err) => finish(err));
      worker.on('exit', (code) => {
        if (!finished) finish(new Error(`an index worker stopped (exit code ${code})`));
      });
      for (let j = 0; j < IN_FLIGHT_PER_WORKER; j++) feed(worker);
    }
  });
}

/** Whether this thread is an index worker started by indexFolder (the bundle's entry then calls serveIndexWorker). */
export function isIndexWorker(): boolean {
  return !isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_MARK] === true;
}

/**
 * The worker side: indexes the files it is sent one at a time, in order; a file is read as soon as it is
 * requested, so that the read of the next file overlaps the analysis of the current one.
 */
export function serveIndexWorker(): void {
  const port = parentPort;
  if (!port) return;
  let queue = Promise.resolve();
  port.on('message', (req: WorkerRequest) => {
    const text = readText(req.path);
    queue = queue.then(async () => {
      try {
        port.postMessage({ id: req.id, result: indexText(req.path, await text) } satisfies WorkerResponse);
      } catch (err) {
        port.postMessage({ id: req.id, error: err instanceof Error ? err.message : String(err) } satisfies WorkerResponse);
      }
    });
  });
}
