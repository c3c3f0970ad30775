/**
 * The per-document cache of the service, keyed by uri + version like vscode-markdown-languageservice's: one analysis
 * per version, shared by every feature. The structure is what the outline needs; the figures are bound on the first
 * request of a feature that reads them, and bound again once when the segmenter becomes ready after them.
 */
import { CancellationSource, CancelledError, untilCancelled } from '../cancellation';
import type { CancellationLike } from '../cancellation';
import type { ReportStructure } from '../report';
import type { ReportModel } from '../types';
import { inlineRunner, modelOf } from './analysis';
import type { AnalysisRunner, ReportTextDocument, RunningAnalysis, SegmenterProvider, ServiceHost, ServiceLogger } from './types';

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Open documents whose analysis is kept. Models of MB-sized reports are not small, so the cache is bounded. */
const MAX_CACHED_DOCUMENTS = 16;

interface Entry {
  readonly version: number;
  /** The text's length in UTF-16 units (the size limits of the features that run without being asked). */
  readonly length: number;
  readonly text: string;
  /**
   * The entry's own lifetime: cancelled when a newer version or the closing of the document makes it useless. A
   * request's token only stops that request from waiting, so a cancelled hover never throws away an analysis the
   * next request of the same version needs.
   */
  readonly lifetime: CancellationSource;
  /** undefined = failed for this version (already reported): remembered so that every feature does not retry. */
  readonly analysis: Promise<RunningAnalysis | undefined>;
  model?: ModelBinding;
}

interface ModelBinding {
  readonly promise: Promise<ReportModel | undefined>;
  readonly segmented: boolean;
  settled: boolean;
  /** The model once bound (undefined until then, and when cancelled or failed). */
  value: ReportModel | undefined;
  /**
   * While the figures are regrouped by words (the segmenter became ready after they were bound), the model bound before:
   * a hover is answered from it at once rather than after the worker's words and the regrouping (perf32).
   */
  earlier: ReportModel | undefined;
}

export interface AnalysedDocument {
  readonly text: string;
  readonly analysis: RunningAnalysis;
}

export class DocumentCache {
  private readonly entries = new Map<string, Entry>(); // insertion order = least recently used first

  private readonly logger: ServiceLogger;
  private readonly segmenter: SegmenterProvider | undefined;
  private readonly runner: AnalysisRunner;

  constructor(
    host: Pick<ServiceHost, 'logger' | 'segmenter' | 'runner'>,
    /** “Could not analyse {0}” in the display language, with the document as messages name it. */
    private readonly couldNotAnalyse: (uri: string) => string,
  ) {
    this.logger = host.logger;
    this.segmenter = host.segmenter;
    this.runner = host.runner ?? inlineRunner;
  }

  /** The document's structure (outline, meta, chrome): never waits for figures or the segmenter. */
  async structure(document: ReportTextDocument, token: CancellationLike): Promise<ReportStructure | undefined> {
    return (await this.analysed(document, token))?.analysis.structure;
  }

  /** The text and analysis of this version, or undefined when cancelled or failed. */
  async analysed(document: ReportTextDocument, token: CancellationLike): Promise<AnalysedDocument | undefined> {
    const entry = this.entry(document);
    const analysis = await this.wait(entry.analysis, token);
    return analysis ? { text: entry.text, analysis } : undefined;
  }

  /** The text's length without analysing it again (it is read once per version). */
  lengthOf(document: ReportTextDocument): number {
    return this.entry(document).length;
  }

  /**
   * The whole model of this version: structure and figures, the references built from the figures it holds. A
   * PartialModel when the figures stayed in the worker. undefined when cancelled or failed.
   */
  async model(document: ReportTextDocument, token: CancellationLike, options: { readonly waitForWords?: boolean } = {}): Promise<ReportModel | undefined> {
    const entry = this.entry(document);
    const ready = this.segmenter?.state === 'ready';
    const hover = options.waitForWords === false;
    // Bound before the segmenter was ready: bound again with it, once (the structure is not analysed again). A hover
    // that is the first to ask binds without the words even when they are ready: the next request regroups.
    // (A hover while figures are being bound waits for that binding rather than start a regrouping behind it.)
    if (!entry.model || (ready && !entry.model.segmented && !(hover && !entry.model.settled))) {
      const earlier = entry.model?.value;
      const words = ready && (!hover || entry.model !== undefined);
      // (Asked by a hover, the regrouping starts in the next task: its first steps run synchronously — the names to ask
      // the worker about are found by a regrouping pass — and would otherwise come before the card.)
      const deferred = hover && earlier !== undefined;
      const bind = (): Promise<ReportModel | undefined> => this.bindFigures(document.uri, entry, words ? this.segmenter : undefined);
      const promise = deferred ? nextTask().then(bind) : bind();
      const binding: ModelBinding = { promise, segmented: words, settled: false, value: undefined, earlier };
      void promise.then((model) => {
        binding.settled = true;
        binding.value = model;
        binding.earlier = undefined; // (not kept beside the new model)
      });
      entry.model = binding;
    }
    const binding = entry.model;
    // `waitForWords: false` (a hover): while the words regroup the figures, the figures as they were bound — the same
    // figures, names and values; only the grouping keys (the card's other mentions) wait for the next request.
    if (hover && binding.value === undefined && binding.earlier) return binding.earlier;
    return this.wait(binding.promise, token);
  }

  /** The document was closed (or its language switched away): its analysis will not be asked for again. */
  forget(uri: string): void {
    const entry = this.entries.get(uri);
    if (!entry) return;
    this.entries.delete(uri);
    this.release(entry);
  }

  dispose(): void {
    for (const entry of this.entries.values()) this.release(entry);
    this.entries.clear();
  }

  private entry(document: ReportTextDocument): Entry {
    const key = document.uri;
    const hit = this.entries.get(key);
    if (hit && hit.version === document.version) {
      this.entries.delete(key); // move to the most recently used end
      this.entries.set(key, hit);
      return hit;
    }
    if (hit) this.forget(key); // only the newest version of a document is worth keeping
    const text = document.getText();
    const lifetime = new CancellationSource();
    const analysis = this.runner.run({ uri: key, version: document.version, text }, lifetime.token).catch((err: unknown) => {
      if (!(err instanceof CancelledError)) this.logger.error(this.couldNotAnalyse(key), err);
      return undefined;
    });
    const entry: Entry = { version: document.version, length: text.length, text, lifetime, analysis };
    this.entries.set(key, entry);
    while (this.entries.size > MAX_CACHED_DOCUMENTS) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.forget(oldest);
    }
    return entry;
  }

  private async bindFigures(uri: string, entry: Entry, segmenter: SegmenterProvider | undefined): Promise<ReportModel | undefined> {
    const analysis = await entry.analysis;
    if (!analysis) return undefined;
    try {
      return modelOf(analysis.structure, await analysis.figures(segmenter, entry.lifetime.token));
    } catch (err) {
      if (err instanceof CancelledError) return undefined;
      this.logger.error(this.couldNotAnalyse(uri), err);
      return undefined;
    }
  }

  private release(entry: Entry): void {
    entry.lifetime.cancel();
    void entry.analysis.then((analysis) => analysis?.dispose?.());
  }

  /** The promise's value, or undefined as soon as the token is cancelled. */
  private async wait<T>(promise: Promise<T | undefined>, token: CancellationLike): Promise<T | undefined> {
    let value: T | undefined;
    const settled = await untilCancelled(
      promise.then((v) => {
        value = v;
      }),
      token,
    );
    return settled ? value : undefined;
  }
}
