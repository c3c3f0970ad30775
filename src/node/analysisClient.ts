import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CancelledError, fileNameOf } from '../core';
import type { CancellationLike, CardOptions, Indicator, IndicatorCard, OutlineNode, Position, ReportStructure } from '../core';
import type { FiguresElsewhere, ReportFigures, SegmenterProvider } from '../core/service';
import type { AnalysisRequest, AnalysisResponse } from './analysisProtocol';

type Pending = {
  resolve: (r: AnalysisResponse) => void;
  reject: (err: unknown) => void;
  key: string;
  kind: AnalysisRequest['kind'];
  /** A structure whose outline is still arriving in batches, and how many batches are still to come. */
  partial?: { structure: ReportStructure; outline: OutlineNode[]; left: number };
  /** A figures request's answers to the worker's questions for words. */
  words?: (texts: readonly string[]) => void;
};

/**
 * The worker no longer holds a text the host analysed there: it was restarted (a newer version of another document
 * arrived while an older one was being analysed) or newer texts pushed it out (analysisWorkerMain.ts keeps ~12 million
 * characters). The runner analyses it again.
 */
export class LostInWorkerError extends Error {
  constructor() {
    super('the analysis worker no longer holds this document');
    this.name = 'LostInWorkerError';
  }
}

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

  /**
   * Prepares `text` in the worker under `key` (`document#version`) and answers its structure; the worker keeps it for
   * `figures` and `card` until `drop` (or until newer texts push it out).
   */
  async analyze(key: string, document: string, text: string, token?: CancellationLike): Promise<ReportStructure> {
    if (token?.isCancellationRequested) throw new CancelledError();
    // An older version of the same document still in the worker is stale: restart rather than wait for it.
    if ([...this.pending.values()].some((p) => p.kind === 'analyze' && p.key.startsWith(`${document}#`) && p.key !== key)) this.restart(document);
    // (The file's name gives the year and place an undated report does not: the same model as analysed inline.)
    const response = await this.send({ id: this.nextId++, kind: 'analyze', key, text, fileName: fileNameOf(document) });
    if (!response.ok) throw new Error(response.error);
    if (!('structure' in response)) throw new Error('the analysis worker answered with something else');
    return response.structure;
  }

  /**
   * Binds the figures of a prepared text through the host's segmenter (the worker asks for the words it needs);
   * `full` brings them back, otherwise they stay in the worker for `card`.
   */
  async figures(
    key: string,
    full: boolean,
    segmenter: SegmenterProvider | undefined,
    token: CancellationLike,
    options: { readonly references?: boolean } = {},
  ): Promise<ReportFigures | FiguresElsewhere> {
    if (token.isCancellationRequested) throw new CancelledError();
    const id = this.nextId++;
    const words = (texts: readonly string[]): void => {
      void wordsOf(segmenter, texts, token).then((tokens) => this.worker?.postMessage({ id, kind: 'words', key, tokens } satisfies AnalysisRequest));
    };
    const response = await this.send({ id, kind: 'figures', key, full, segment: segmenter?.state === 'ready', references: options.references !== false }, words);
    if (!response.ok) throw new Error(response.error);
    if ('lost' in response) throw new LostInWorkerError();
    if (!('figures' in response)) throw new Error('the analysis worker answered with something else');
    return 'partial' in response.figures ? { partial: true } : response.figures;
  }

  /**
   * The hover card at `at` of a text whose figures stayed in the worker, or null when no figure is there; a
   * LostInWorkerError when the worker no longer holds the text.
   */
  async card(key: string, at: Position, options: CardOptions): Promise<{ card: IndicatorCard; indicator: Indicator } | null> {
    // Copied field by field: the editor's position is VS Code's Position, whose line and character are getters on its
    // class; the worker receives a structured clone, which keeps own fields only (no card at all came back without this).
    const response = await this.send({ id: this.nextId++, kind: 'card', key, at: { line: at.line, character: at.character }, options });
    if (!response.ok) throw new Error(response.error);
    if ('lost' in response) throw new LostInWorkerError();
    return 'card' in response ? response.card : null;
  }

  /** The worker may forget `key`. */
  drop(key: string): void {
    this.worker?.postMessage({ id: this.nextId++, kind: 'drop', key } satisfies AnalysisRequest);
  }

  dispose(): void {
    this.stop(() => new Error('the analysis worker was disposed'));
  }

  private send(request: AnalysisRequest, words?: (texts: readonly string[]) => void): Promise<AnalysisResponse> {
    const worker = this.ensure();
    return new Promise<AnalysisResponse>((resolve, reject) => {
      this.pending.set(request.id, { resolve, reject, key: request.key, kind: request.kind, ...(words ? { words } : {}) });
      worker.postMessage(request);
    });
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerPath);
    worker.unref();
    worker.on('message', (response: AnalysisResponse) => this.received(worker, response));
    worker.on('error', (err) => this.stop(() => err));
    worker.on('exit', () => {
      if (this.worker === worker) this.stop(() => new Error('the analysis worker stopped'));
    });
    this.worker = worker;
    return worker;
  }

  private received(worker: Worker, response: AnalysisResponse): void {
    const p = this.pending.get(response.id);
    if (!p) return;
    if (response.ok && 'segment' in response) {
      p.words?.(response.segment);
      return;
    }
    // A large structure arrives as its head, then its outline in batches: put it together before answering.
    if (response.ok && 'outlineChunks' in response && response.outlineChunks > 0) {
      p.partial = { structure: response.structure, outline: [], left: response.outlineChunks };
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
      p.resolve({ id: response.id, ok: true, structure: { ...p.partial.structure, outline: p.partial.outline }, outlineChunks: 0 });
      return;
    }
    this.pending.delete(response.id);
    p.resolve(response);
  }

  /**
   * Stops the worker to abandon `document`'s stale analysis: its requests are cancelled; the other documents' requests
   * fail as lost, so that their runners analyse them again in the new worker.
   */
  private restart(document: string): void {
    this.stop((p) => (p.key.startsWith(`${document}#`) ? new CancelledError() : new LostInWorkerError()));
  }

  private stop(reasonFor: (p: Pending) => unknown): void {
    const worker = this.worker;
    this.worker = null;
    void worker?.terminate();
    for (const p of this.pending.values()) p.reject(reasonFor(p));
    this.pending.clear();
  }
}

/** The host segmenter's tokens for each text (search mode where it has one), or null when it has none ready. */
async function wordsOf(segmenter: SegmenterProvider | undefined, texts: readonly string[], token: CancellationLike): Promise<string[][] | null> {
  try {
    const words = segmenter ? await segmenter.segmenterFor(texts, token) : undefined;
    return words ? texts.map((text) => (words.cutForSearch ?? words.cut).call(words, text)) : null;
  } catch {
    return null; // the figures are then grouped without words
  }
}
