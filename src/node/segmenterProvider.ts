import { precomputedSegmenter } from '../core';
import type { CancellationLike, Segmenter } from '../core';
import type { SegmenterProvider } from '../core/service';
import { WorkerSegmenter } from './workerSegmenter';
import type { WorkerOptions } from './workerSegmenter';

/**
 * nodejieba in a worker thread as the report service's SegmenterProvider: loading starts once an outline has been
 * answered (warm, in the task after it) or at the first question (when a report's figures are first bound), never on
 * the outline's path; until it is ready the service binds figures without it, then once more with it. The editor (src/vscode/segmentation.ts) and the benchmark use it.
 */
export class WorkerSegmenterProvider implements SegmenterProvider {
  private readonly worker: WorkerSegmenter;
  private loading: Promise<boolean> | undefined;

  constructor(
    options: { readonly workerPath?: string; readonly worker?: WorkerOptions } = {},
    /** Told once when nodejieba loaded (its load time) or could not (why); the host logs or shows it. */
    private readonly onLoaded: (result: { readonly ok: true; readonly ms: number } | { readonly ok: false; readonly reason: string }) => void = () => undefined,
  ) {
    this.worker = new WorkerSegmenter(options.workerPath, options.worker);
  }

  get state(): SegmenterProvider['state'] {
    if (this.worker.state === 'idle') void this.load(); // the first question starts loading
    return this.worker.state === 'ready' ? 'ready' : this.worker.state === 'failed' ? 'failed' : 'loading';
  }

  /** Starts loading in the background (the service calls it once an outline has been answered). */
  warm(): void {
    void this.load();
  }

  /** Resolves once nodejieba is loaded (true) or has failed (false). */
  load(): Promise<boolean> {
    this.loading ??= this.worker.start().then((ok) => {
      this.onLoaded(ok ? { ok: true, ms: this.worker.loadMs } : { ok: false, reason: this.worker.loadError ?? 'nodejieba did not load' });
      return ok;
    });
    return this.loading;
  }

  async segmenterFor(texts: readonly string[], token: CancellationLike): Promise<Segmenter | undefined> {
    if (this.state !== 'ready' || token.isCancellationRequested) return undefined;
    try {
      const tokens = await this.worker.cutMany(texts);
      return precomputedSegmenter(new Map(texts.map((text, i) => [text, tokens[i] ?? [text]])));
    } catch {
      return undefined; // the worker stopped: the figures stay grouped without words
    }
  }

  dispose(): void {
    this.worker.dispose();
  }
}
