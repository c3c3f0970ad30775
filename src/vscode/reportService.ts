import * as vscode from 'vscode';
import { analyzeReport, CancelledError } from '../core';
import type { ReportModel } from '../core';
import type { Log } from './log';
import type { Segmentation } from './segmentation';

/** Open documents whose model is kept. Models of MB-sized reports are not small, so the cache is bounded. */
const MAX_CACHED_DOCUMENTS = 16;

interface CacheEntry {
  readonly version: number;
  /** undefined = analysis failed for this version: remembered so that every provider does not retry and re-report. */
  model: ReportModel | undefined;
  /** Regrouping by word segmentation is under way or done for this version. */
  enriching?: boolean;
}

/** Marker for "cancelled": not cached, because the next request for the same version must run again. */
const CANCELLED = Symbol('cancelled');

/**
 * The one place that runs the core for the editor: one analysis per document version, shared by the outline,
 * folding, workspace symbols and any later feature (hover, links), keyed by uri + version like
 * vscode-markdown-languageservice's per-document cache.
 */
export class ReportService implements vscode.Disposable {
  private readonly cache = new Map<string, CacheEntry>(); // insertion order = least recently used first
  private readonly subscription: vscode.Disposable;

  constructor(
    readonly log: Log,
    /** Optional: regroups indicator mentions by words once nodejieba has loaded in its worker. */
    private readonly segmentation?: Segmentation,
  ) {
    // A closed document (also a language switch, which VS Code reports as close + open) will not be asked again.
    this.subscription = vscode.workspace.onDidCloseTextDocument((document) => {
      this.cache.delete(document.uri.toString());
    });
  }

  /** The model of this document version, or undefined when cancelled or when the analysis failed (already reported). */
  getModel(document: vscode.TextDocument, token: vscode.CancellationToken): ReportModel | undefined {
    const key = document.uri.toString();
    const hit = this.cache.get(key);
    if (hit && hit.version === document.version) {
      this.cache.delete(key); // move to the most recently used end
      this.cache.set(key, hit);
      return hit.model;
    }
    const result = this.run(document.getText(), token, vscode.workspace.asRelativePath(document.uri));
    if (result === CANCELLED) return undefined;
    this.cache.delete(key); // only the newest version of a document is worth keeping
    const entry: CacheEntry = { version: document.version, model: result };
    this.cache.set(key, entry);
    while (this.cache.size > MAX_CACHED_DOCUMENTS) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
    return result;
  }

  /**
   * For features that read figures or references (hover, links, references, the indicators view): the same cached
   * model, and once its figures are bound, a background regrouping by words. The outline, folding and symbols use
   * getModel and never bind figures.
   */
  getModelWithFigures(document: vscode.TextDocument, token: vscode.CancellationToken): ReportModel | undefined {
    const model = this.getModel(document, token);
    const entry = this.cache.get(document.uri.toString());
    if (entry && entry.model === model) this.enrichInBackground(entry);
    return model;
  }

  /**
   * Regroups the cached model's indicators by words, off the request path: the first providers get the plain
   * model at once, later ones (a hover a second later) the regrouped one for the same version.
   */
  private enrichInBackground(entry: CacheEntry): void {
    const model = entry.model;
    if (!this.segmentation || !model || entry.enriching || model.indicators.length === 0) return;
    entry.enriching = true;
    void this.segmentation.enrich(model).then((enriched) => {
      if (entry.model === model) entry.model = enriched;
    });
  }

  /** For text that is not an open document (workspace files read from disk); the caller does its own caching. */
  analyzeText(text: string, token: vscode.CancellationToken, label: string): ReportModel | undefined {
    const result = this.run(text, token, label);
    return result === CANCELLED ? undefined : result;
  }

  private run(text: string, token: vscode.CancellationToken, label: string): ReportModel | undefined | typeof CANCELLED {
    // analyzeReport is synchronous: the token can only flip between event-loop turns, so it is mostly the check
    // before starting that saves work; the core still polls it, which matters if it ever yields.
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
  }
}
