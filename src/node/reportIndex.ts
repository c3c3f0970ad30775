/**
 * A folder of reports as a cross-report index (`govreport series DIR`, the benchmark, the tests): the core's
 * ReportIndex over the folder's WorkspaceHost (folderWorkspace.ts), so the folder follows the editor's one rule for
 * which files are reports and analyses each file once. Files that are not reports, cannot be read or are too large
 * are left out and named to `onSkip`.
 *
 * The analyses run in this thread by default (file reads overlap them). Given `workerScript` — a bundle whose entry
 * calls `serveIndexWorker()` when `isIndexWorker()` (dist/cli.js does) — they run in a small pool of worker threads
 * instead: the calling thread reads and decodes, the workers analyse, and on two or more cores the pool finishes sooner.
 */
import { availableParallelism } from 'node:os';
import { basename, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { CancellationSource, indexReport, ReportIndex } from '../core';
import type { CancellationLike, IndexAnalysis, IndexedReport } from '../core';
import { indexAnalysis, inlineRunner } from '../core/service';
import { folderWorkspace, listReportFiles } from './folderWorkspace';
import { MAX_INDEXED_BYTES, readReportFile, ReportReadError } from './readReport';

export { listReportFiles, MAX_INDEXED_BYTES };
export type { ReportFile } from './folderWorkspace';

const WORKER_MARK = 'govreportIndexWorker';
/** Jobs kept queued in each worker, so that it never waits for the next message between two files. */
const IN_FLIGHT_PER_WORKER = 2;

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
  /** Called after every file read, in completion order (files too large to read are only named to onSkip). */
  readonly onProgress?: (progress: IndexProgress) => void;
  /** Called for every file left out, with why (`detail` is a short phrase for unreadable and too-large files). */
  readonly onSkip?: (file: string, reason: SkipReason, detail?: string) => void;
  /** Aborting rejects the promise with the signal's reason and stops the work. */
  readonly signal?: AbortSignal;
  /** A script that serves index requests in a worker thread (see serveIndexWorker); none = work in this thread. */
  readonly workerScript?: string;
}

/**
 * Every report of the folder (recursively), indexed, in the order of their paths. A file that is not a report, cannot
 * be read, or is over 20 MB is left out.
 */
export async function indexFolder(folder: string, options: IndexFolderOptions = {}): Promise<IndexedReport[]> {
  const { signal, onSkip, onProgress } = options;
  // Absolute, because the index's file: uris are: the reports found are matched back to the listed paths by them
  // (a relative folder, `series national`, found no report at all).
  const dir = resolve(folder);
  signal?.throwIfAborted();
  const paths: string[] = [];
  for (const file of await listReportFiles(dir, signal)) {
    if (file.size > MAX_INDEXED_BYTES) onSkip?.(file.path, 'too-large', `${(file.size / 1024 / 1024).toFixed(1)} MB`);
    else paths.push(file.path);
  }
  if (paths.length === 0) return [];
  const pool = options.workerScript ? new IndexPool(options.workerScript, Math.max(1, Math.min(options.concurrency ?? Math.min(availableParallelism(), 8), paths.length))) : undefined;
  const stop = new CancellationSource();
  let failure: unknown;
  let done = 0;
  const index = new ReportIndex(folderWorkspace(dir, { files: paths, concurrency: pool ? pool.size * IN_FLIGHT_PER_WORKER : (options.concurrency ?? 4) }), {
    logger: { warn: () => undefined, error: (_where, err) => (failure ??= err) },
    analyze: async (uri, text, token) => {
      try {
        return await (pool ? pool.analyze(uri, text) : indexAnalysis(inlineRunner, uri, text, token));
      } catch (err) {
        failure ??= err;
        stop.cancel();
        return undefined;
      }
    },
    onFileIndexed: (file) => {
      if (stop.token.isCancellationRequested) return;
      const path = fileURLToPath(file.uri);
      if (file.status !== 'report') onSkip?.(path, file.status, file.detail);
      onProgress?.({ done: ++done, total: paths.length, file: path });
    },
  });
  const onAbort = (): void => stop.cancel();
  signal?.addEventListener('abort', onAbort, { once: true });
  stop.token.onCancellationRequested?.(() => index.dispose());
  try {
    const files = await index.entries(stop.token);
    signal?.throwIfAborted();
    if (failure !== undefined) throw failure;
    const reports = new Map((files ?? []).flatMap((f) => (f.report ? [[fileURLToPath(f.uri), f.report] as const] : [])));
    return paths.flatMap((path) => reports.get(path) ?? []);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    stop.cancel();
    pool?.dispose();
  }
}

export type FileResult = { readonly report: IndexedReport | null } | { readonly skip: SkipReason; readonly detail?: string };

/** One file read, decoded and indexed on its own by indexReport's rule, no body asked (for tools and tests that know their files). */
export async function indexReportFile(path: string): Promise<FileResult> {
  let text: string;
  try {
    text = (await readReportFile(path)).text;
  } catch (err) {
    return { skip: 'unreadable', detail: err instanceof ReportReadError ? err.reason : err instanceof Error ? err.message : String(err) };
  }
  const report = indexReport(pathToFileURL(path).href, text, { fileName: basename(path) });
  return report ? { report } : { skip: 'not-a-report' };
}

/** `uri`: the file's, whose name dates an undated report's figures (prepareReport), in a worker as in this thread. */
type WorkerRequest = { readonly id: number; readonly uri: string; readonly text: string };
type WorkerResponse = { readonly id: number; readonly analysis: IndexAnalysis } | { readonly id: number; readonly error: string };

/** Worker threads that analyse texts for the index, the least busy one first. */
class IndexPool {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly jobs = new Map<number, { resolve: (a: IndexAnalysis) => void; reject: (err: unknown) => void }>();
  private nextId = 0;
  private failure: unknown;

  constructor(script: string, readonly size: number) {
    for (let k = 0; k < size; k++) {
      const worker = new Worker(script, { workerData: { [WORKER_MARK]: true } });
      const slot = { worker, busy: 0 };
      worker.on('message', (msg: WorkerResponse) => {
        slot.busy--;
        const job = this.jobs.get(msg.id);
        this.jobs.delete(msg.id);
        if ('error' in msg) job?.reject(new Error(`indexing failed: ${msg.error}`));
        else job?.resolve(msg.analysis);
      });
      worker.on('error', (err) => this.fail(err));
      worker.on('exit', (code) => this.fail(new Error(`an index worker stopped (exit code ${code})`)));
      this.workers.push(slot);
    }
  }

  analyze(uri: string, text: string): Promise<IndexAnalysis> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    return new Promise<IndexAnalysis>((resolve, reject) => {
      this.jobs.set(id, { resolve, reject });
      slot.busy++;
      slot.worker.postMessage({ id, uri, text } satisfies WorkerRequest);
    });
  }

  dispose(): void {
    this.failure ??= new Error('the index workers were stopped');
    for (const { worker } of this.workers) {
      worker.removeAllListeners('exit');
      void worker.terminate();
    }
    this.fail(this.failure);
  }

  private fail(err: unknown): void {
    this.failure ??= err;
    for (const job of this.jobs.values()) job.reject(err);
    this.jobs.clear();
  }
}

/** Whether this thread is an index worker started by indexFolder (the bundle's entry then calls serveIndexWorker). */
export function isIndexWorker(): boolean {
  return !isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_MARK] === true;
}

/** The worker side: analyses the texts it is sent, in order, as the index's one analysis (indexAnalysis). */
export function serveIndexWorker(): void {
  const port = parentPort;
  if (!port) return;
  const never: CancellationLike = { isCancellationRequested: false };
  let queue = Promise.resolve();
  port.on('message', (req: WorkerRequest) => {
    queue = queue.then(async () => {
      try {
        port.postMessage({ id: req.id, analysis: await indexAnalysis(inlineRunner, req.uri, req.text, never) } satisfies WorkerResponse);
      } catch (err) {
        port.postMessage({ id: req.id, error: err instanceof Error ? err.message : String(err) } satisfies WorkerResponse);
      }
    });
  });
}
