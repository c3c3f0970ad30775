import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CancelledError } from '../core';
import type { CancellationLike, CardOptions, IndicatorCard, Indicator, OutlineNode, Position } from '../core';
import type { AnalysisRequest, AnalysisResponse, ModelSnapshot } from './analysisProtocol';

type Pending = {
  resolve: (r: AnalysisResponse) => void;
  reject: (err: unknown) => void;
  key: string;
  kind: AnalysisRequest['kind'];
  /** A model whose outline is still arriving in batches, and how many batches are still to come. */
  partial?: { model: ModelSnapshot; outline: OutlineNode[]; left: number };
};

/**
 * The extension host's side of the analysis worker. Requests are answered in order; a new analysis of a document
 * whose older version is still being analysed stops the worker (the stale work is abandoned, not waited for) and
 * starts a fresh one. Requests made with a cancelled token are not sent.
 */
export class AnalysisClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly workerPath = join(__dirname, 'analysisWorker.js')) {}

  /** Analyses `text` in the worker; `full` sends figures and references back too (keep that for mid-sized texts). */
  async analyze(key: string, document: string, text: string, full: boolean, token?: CancellationLike): Promise<ModelSnapshot> {
    if (token?.isCancellationRequested) throw new CancelledError();
    // An older version of the same document still in the worker is stale: restart rather than wait for it.
    if ([...this.pending.values()].some((p) => p.kind === 'analyze' && p.key.startsWith(`${document}#`) && p.key !== key)) this.restart();
    const response = await this.send({ id: this.nextId++, kind: 'analyze', key, text, full });
    if (!response.ok) throw new Error(response.error);
    if (!('model' in response)) throw new Error('the analysis worker answered with something else');
    return response.model;
  }

  /** The hover card at `at` of a document analysed in the worker, or null when no figure is there. */
  async card(key: string, at: Position, options: CardOptions): Promise<{ card: IndicatorCard; indicator: Indicator } | null> {
    const response = await this.send({ id: this.nextId++, kind: 'card', key, at, options });
    if (!response.ok) throw new Error(response.error);
    return 'card' in response ? response.card : null;
  }

  dispose(): void {
    this.stop(new Error('the analysis worker was disposed'));
  }

  private send(request: AnalysisRequest): Promise<AnalysisResponse> {
    const worker = this.ensure();
    return new Promise<AnalysisResponse>((resolve, reject) => {
      this.pending.set(request.id, { resolve, reject, key: request.key, kind: request.kind });
      worker.postMessage(request);
    });
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerPath);
    worker.unref();
    worker.on('message', (response: AnalysisResponse) => {
      const p = this.pending.get(response.id);
      if (!p) return;
      // A large model arrives as its head, then its outline in batches: put it together before answering.
      if (response.ok && 'outlineChunks' in response && response.outlineChunks > 0) {
        p.partial = { model: response.model, outline: [], left: response.outlineChunks };
        worker.postMessage({ id: response.id, kind: 'next', key: p.key } satisfies AnalysisRequest);
        return;
      }
      if (response.ok && 'outlineChunk' in response) {
        if (!p.partial) return;
        p.partial.outline.push(...response.outlineChunk);
        if (--p.partial.left > 0) {
          // One batch per turn of the event loop: ask for the next only now.
          worker.postMessage({ id: response.id, kind: 'next', key: p.key } satisfies AnalysisRequest);
          return;
        }
        this.pending.delete(response.id);
        p.resolve({ id: response.id, ok: true, model: { ...p.partial.model, outline: p.partial.outline }, outlineChunks: 0 });
        return;
      }
      this.pending.delete(response.id);
      p.resolve(response);
    });
    worker.on('error', (err) => this.stop(err));
    worker.on('exit', () => {
      if (this.worker === worker) this.stop(new Error('the analysis worker stopped'));
    });
    this.worker = worker;
    return worker;
  }

  private restart(): void {
    this.stop(new CancelledError());
  }

  private stop(reason: unknown): void {
    const worker = this.worker;
    this.worker = null;
    void worker?.terminate();
    for (const p of this.pending.values()) p.reject(reason);
    this.pending.clear();
  }
}
