import * as vscode from 'vscode';
import { analyzeReport, CancelledError } from '../core';
import type { CardOptions, Indicator, IndicatorCard, ReportModel } from '../core';
import { AnalysisClient } from '../node/analysisClient';
import { FULL_MODEL_CHARS, MAIN_THREAD_CHARS } from '../node/analysisProtocol';
import type { Log } from './log';
import type { Segmentation } from './segmentation';

/** Open documents whose model is kept. Models of MB-sized reports are not small, so the cache is bounded. */
const MAX_CACHED_DOCUMENTS = 16;

/** A model whose figures and references stayed in the analysis worker (very large documents). */
export interface PartialModel extends ReportModel {
  readonly partial: true;
}

interface CacheEntry {
  readonly version: number;
  /** undefined = analysis failed for this version: remembered so that every provider does not retry and re-report. */
  model: Promise<ReportModel | undefined>;
  /** Regrouping by word segmentation is under way or done for this version. */
  enriching?: boolean;
}

/** Marker for "cancelled": not cached, because the next request for the same version must run again. */
const CANCELLED = Symbol('cancelled');

/**
 * The one place that runs the core for the editor: one analysis per document version, shared by the outline,
 * folding, workspace symbols and every feature after them (hover, links), keyed by uri + version like
 * vscode-markdown-languageservice's per-document cache. Large documents are analysed in a worker thread.
 */
export class ReportService implements vscode.Disposable {
  private readonly cache = new Map<string, CacheEntry>(); // insertion order = least recently used first
  private readonly subscription: vscode.Disposable;
  private readonly worker: AnalysisClient;

  constructor(
    readonly log: Log,
    /** Optional: regroups indicator mentions by words once nodejieba has loaded in its worker. */
    private readonly segmentation?: Segmentation,
    worker?: AnalysisClient,
  ) {
    this.worker = worker ?? new AnalysisClient();
    // A closed document (also a language switch, which VS Code reports as close + open) will not be asked again.
    this.subscription = vscode.workspace.onDidCloseTextDocument((document) => {
      this.cache.delete(document.uri.toString());
    });
  }

  /** The model of this document version, or undefined when cancelled or when the analysis failed (already reported). */
  async getModel(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<ReportModel | undefined> {
    const key = document.uri.toString();
    const hit = this.cache.get(key);
    if (hit && hit.version === document.version) {
      this.cache.delete(key); // move to the most recently used end
      this.cache.set(key, hit);
      return hit.model;
    }
    const pending = this.analyse(document, token);
    const entry: CacheEntry = { version: document.version, model: pending.then((r) => (r === CANCELLED ? undefined : r)) };
    this.cache.delete(key); // only the newest version of a document is worth keeping
    this.cache.set(key, entry);
    while (this.cache.size > MAX_CACHED_DOCUMENTS) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
    const result = await pending;
    // A cancelled analysis is not remembered: the next request for this version runs again.
    if (result === CANCELLED) {
      if (this.cache.get(key) === entry) this.cache.delete(key);
      return undefined;
    }
    return result;
  }

  /**
   * For features that read figures or references (hover, links, references, the indicators view): the same cached
   * model, and once its figures are bound, a background regrouping by words. The outline, folding and symbols use
   * getModel. A very large document's model is partial (see isPartial): its figures are asked for one by one.
   */
  async getModelWithFigures(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<ReportModel | undefined> {
    const model = await this.getModel(document, token);
    const entry = this.cache.get(document.uri.toString());
    if (entry && model && !isPartial(model)) this.enrichInBackground(entry, model);
    return model;
  }

  /** The hover card of a figure of a very large document, built in the worker where its figures are. */
  async cardInWorker(document: vscode.TextDocument, at: vscode.Position, options: CardOptions): Promise<{ card: IndicatorCard; indicator: Indicator } | null> {
    try {
      return await this.worker.card(keyOf(document), { line: at.line, character: at.character }, options);
    } catch (err) {
      if (!(err instanceof CancelledError)) this.log.error(vscode.l10n.t('Could not analyse {0}', vscode.workspace.asRelativePath(document.uri)), err);
      return null;
    }
  }

  /**
   * Regroups the cached model's indicators by words, off the request path: the first providers get the plain
   * model at once, later ones (a hover a second later) the regrouped one for the same version.
   */
  private enrichInBackground(entry: CacheEntry, model: ReportModel): void {
    if (!this.segmentation || entry.enriching || model.indicators.length === 0) return;
    entry.enriching = true;
    const plain = entry.model;
    void this.segmentation.enrich(model).then(
      (enriched) => {
        if (entry.model === plain) entry.model = Promise.resolve(enriched);
      },
      () => undefined,
    );
  }

  /**
   * For text that is not an open document (workspace files read from disk); the caller does its own caching. Like
   * open documents, a large text is analysed in the worker (its figures come back up to FULL_MODEL_CHARS).
   */
  async analyzeText(text: string, token: vscode.CancellationToken, label: string): Promise<ReportModel | undefined> {
    if (text.length <= MAIN_THREAD_CHARS) {
      const result = this.runHere(text, token, label);
      return result === CANCELLED ? undefined : result;
    }
    try {
      return await this.worker.analyze(`text:${label}#${text.length}`, `text:${label}`, text, text.length <= FULL_MODEL_CHARS, token);
    } catch (err) {
      if (!(err instanceof CancelledError)) this.log.error(vscode.l10n.t('Could not analyse {0}', label), err);
      return undefined;
    }
  }

  private async analyse(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<ReportModel | undefined | typeof CANCELLED> {
    const label = vscode.workspace.asRelativePath(document.uri);
    const text = document.getText();
    if (text.length <= MAIN_THREAD_CHARS) return this.runHere(text, token, label);
    try {
      return await this.worker.analyze(keyOf(document), document.uri.toString(), text, text.length <= FULL_MODEL_CHARS, token);
    } catch (err) {
      if (err instanceof CancelledError) return CANCELLED;
      this.log.error(vscode.l10n.t('Could not analyse {0}', label), err);
      return undefined;
    }
  }

  private runHere(text: string, token: vscode.CancellationToken, label: string): ReportModel | undefined | typeof CANCELLED {
    if (token.isCancellationRequested) return CANCELLED;
    try {
      return analyzeReport(text, { token });
    } catch (err) {
      if (err instanceof CancelledError) return CANCELLED;
      this.log.error(vscode.l10n.t('Could not analyse {0}', label), err);
      return undefined;
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.cache.clear();
    this.worker.dispose();
  }
}

/** Whether a model's figures and references stayed in the analysis worker (a very large document). */
export function isPartial(model: ReportModel): model is PartialModel {
  return (model as Partial<PartialModel>).partial === true;
}

function keyOf(document: vscode.TextDocument): string {
  return `${document.uri.toString()}#${document.version}`;
}
