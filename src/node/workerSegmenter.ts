import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SegmentMode, WorkerMessage, WorkerOptions, WorkerRequest } from './jiebaWorkerMain';

export type { SegmentMode, WorkerOptions } from './jiebaWorkerMain';

export type WorkerSegmenterState = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * nodejieba in a worker thread, for the extension host: `start()` begins loading in the background (the host's
 * event loop never waits ~1 s for the dictionaries), `cutMany()` segments a batch once it is ready.
 * When the native binding cannot load, the state becomes 'failed' with one message, and callers degrade.
 * `options.userWords: false` starts a worker with jieba's own dictionary only (see jiebaWorkerMain.ts).
 */
export class WorkerSegmenter {
  private worker: Worker | null = null;
  private ready: Promise<boolean> | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, (tokens: string[][]) => void>();
  state: WorkerSegmenterState = 'idle';
  loadError: string | null = null;
  loadMs = 0;

  constructor(
    private readonly workerPath = join(__dirname, 'jiebaWorker.js'),
    private readonly options: WorkerOptions = {},
  ) {}

  /** Starts loading (once); resolves true when segmentation by nodejieba is available. */
  start(): Promise<boolean> {
    if (this.ready) return this.ready;
    this.state = 'loading';
    this.ready = new Promise<boolean>((resolve) => {
      let worker: Worker;
      try {
        worker = new Worker(this.workerPath, { workerData: { userWords: this.options.userWords !== false, dictionary: this.options.dictionary ?? 'full' } satisfies WorkerOptions });
      } catch (err) {
        this.fail(err);
        resolve(false);
        return;
      }
      this.worker = worker;
      worker.unref();
      worker.on('message', (msg: WorkerMessage) => {
        if (msg.type === 'ready') {
          this.loadMs = msg.loadMs;
          if (msg.backend === 'nodejieba') this.state = 'ready';
          else this.fail(msg.error ?? 'nodejieba did not load');
          resolve(this.state === 'ready');
        } else {
          this.pending.get(msg.id)?.(msg.tokens);
          this.pending.delete(msg.id);
        }
      });
      worker.on('error', (err) => {
        this.fail(err);
        resolve(false);
      });
      worker.on('exit', () => {
        if (this.state !== 'failed') this.fail('the segmentation worker stopped');
        resolve(false);
      });
    });
    return this.ready;
  }

  /**
   * Segments `texts` (in order); rejects when nodejieba is not available. `search` (the default): jieba's
   * cutForSearch; `cut`: the words in order, concatenating to each text (what term counts need).
   */
  async cutMany(texts: readonly string[], mode: SegmentMode = 'search'): Promise<string[][]> {
    if (!(await this.start()) || !this.worker) throw new Error(this.loadError ?? 'nodejieba is not available');
    const id = this.nextId++;
    const worker = this.worker;
    return new Promise<string[][]>((resolve) => {
      this.pending.set(id, resolve);
      worker.postMessage((mode === 'search' ? { id, texts } : { id, texts, mode }) satisfies WorkerRequest);
    });
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = null;
    for (const resolve of this.pending.values()) resolve([]);
    this.pending.clear();
  }

  private fail(err: unknown): void {
    this.state = 'failed';
    this.loadError ??= err instanceof Error ? err.message : String(err);
    for (const resolve of this.pending.values()) resolve([]);
    this.pending.clear();
  }
}
