/**
 * The report service's small host interfaces and the plain data its features answer with. Shaped after
 * vscode-markdown-languageservice: the host hands in a document (uri, version, getText), a logger, a segmenter
 * provider, an analysis runner and a workspace; every answer is plain data with VS Code positions, which the editor
 * adapters only convert.
 */
import type { CancellationLike } from '../cancellation';
import type { CardOptions, IndicatorCard } from '../indicators/card';
import type { ReferenceResult } from '../references';
import type { ReportStructure } from '../report';
import type { Segmenter } from '../segmenter';
import type { FigurePair, Indicator, OutlineKind, Position, Range, ReportModel } from '../types';
import type { WorkspaceHost } from '../workspace/host';

/** A text document as the host has it (VS Code's TextDocument fits structurally once its uri is a string). */
export interface ReportTextDocument {
  /** The document's identity: uri.toString(). */
  readonly uri: string;
  /** Increases with every change: the cache key with the uri. */
  readonly version: number;
  getText(): string;
  /** Edited since it was saved (its text may differ from what the workspace index read from disk). */
  readonly isDirty?: boolean;
}

export interface ServiceLogger {
  info(message: string): void;
  /** Expected, user-level trouble (an unreadable file): logged, never shown. */
  warn(message: string): void;
  /** Unexpected failures; `where` is shown to the user. */
  error(where: string, err: unknown): void;
}

/**
 * Word segmentation for the figures' grouping keys (nodejieba in the editor's worker thread, in-process for the CLI).
 * It is asked for the names of one document at a time; it never holds up an answer: while it is loading it answers
 * undefined and the service binds the figures without it, then binds them again once `state` is ready.
 */
export interface SegmenterProvider {
  readonly state: 'loading' | 'ready' | 'failed';
  /**
   * Starts loading in the background, if the provider loads at all (optional): the service calls it once a document's
   * outline has been answered, so that the words are ready by the first hover rather than loaded by it.
   */
  warm?(): void;
  /** A segmenter that knows these names (a precomputed one, from another thread), or undefined while none is ready. */
  segmenterFor(names: readonly string[], token: CancellationLike): Promise<Segmenter | undefined>;
}

/** What a document's figures stage yields: the figures and the references built from those very figures. */
export interface ReportFigures {
  readonly indicators: Indicator[];
  /** The segmenter grouped the figures (false: the segmenter was not ready, or there is none). */
  readonly segmented: boolean;
  /** Built on first use where the figures were bound (referencesOf), or at once when they crossed from a worker. */
  readonly references: ReferenceResult | (() => ReferenceResult);
  /**
   * The targets with the actuals they are judged by (pairsOf), computed once for these figures — on first use where
   * they were bound, or at once when they crossed from a worker (the pairs hold the very figure objects of
   * `indicators`: one message keeps both, and a structured clone keeps what they share) — and read by the references'
   * links, the card and the tables alike. Not held back with the references: a hover card reads them.
   */
  readonly pairs: readonly FigurePair[] | (() => readonly FigurePair[]);
}

/** A very large document's figures stayed where it was analysed (a worker): ask for one card at a time. */
export interface FiguresElsewhere {
  readonly partial: true;
}

/** One document version's analysis under way or done, wherever the runner runs it. */
export interface RunningAnalysis {
  readonly structure: ReportStructure;
  /**
   * Binds the figures (grouped through the segmenter when one is ready) and builds the references from them (not
   * with `references: false`: a workspace index keeps figures only).
   */
  figures(segmenter: SegmenterProvider | undefined, token: CancellationLike, options?: { readonly references?: boolean }): Promise<ReportFigures | FiguresElsewhere>;
  /** For figures kept elsewhere: the card of the figure at a position, built where the figures are. */
  cardAt?(at: Position, options: CardOptions, token: CancellationLike): Promise<{ card: IndicatorCard; indicator: Indicator } | null>;
  /** The analysis is no longer needed (a newer version, a closed document): a runner may free what it keeps. */
  dispose?(): void;
}

/**
 * Runs the core's staged analysis (prepareReport, then computeFigures): here (the CLI, tests, the editor's small
 * documents: inlineRunner) or elsewhere (the editor's analysis worker for large ones). Throws CancelledError when
 * cancelled.
 */
export interface AnalysisRunner {
  run(document: { readonly uri: string; readonly version: number; readonly text: string }, token: CancellationLike): Promise<RunningAnalysis>;
}

export interface ServiceHost {
  readonly logger: ServiceLogger;
  readonly segmenter?: SegmenterProvider;
  /** Default: inlineRunner (everything in the calling thread). */
  readonly runner?: AnalysisRunner;
  /** The runner the workspace index analyses files with (default: `runner`): the editor keeps it off its main thread. */
  readonly indexRunner?: AnalysisRunner;
  /** The workspace whose reports the cross-report features read; none = those features answer for this report only. */
  readonly workspace?: WorkspaceHost;
  /** The display language (the editor's govreport.language or VS Code's, the CLI's --lang); English when absent. */
  readonly language?: () => string;
  /** How messages name a document; the workspace's relative path (or the uri) when absent. */
  readonly describe?: (uri: string) => string;
}

/** A model whose figures and references stayed in the analysis worker (very large documents). */
export interface PartialModel extends ReportModel {
  readonly partial: true;
}

/** Whether a model's figures and references stayed where it was analysed (a very large document). */
export function isPartial(model: ReportModel): model is PartialModel {
  return (model as Partial<PartialModel>).partial === true;
}

// ---- What the features answer with -----------------------------------------------------------------------------

/** An Outline view / breadcrumbs entry: the heading's range lies inside the node's range. */
export interface ReportSymbol {
  readonly name: string;
  /** The kind in the display language (“section”, “节”), shown dimmed after the name. */
  readonly detail: string;
  readonly kind: OutlineKind;
  readonly range: Range;
  readonly selectionRange: Range;
  readonly children: readonly ReportSymbol[];
}

/** Whole lines; `comment` for page chrome (Fold All Block Comments hides it), `region` for a duplicated copy. */
export interface ReportFoldingRange {
  readonly start: number;
  readonly end: number;
  readonly kind?: 'comment' | 'region';
}

/** A place in a document: the same document when `uri` is absent. */
export interface ReportLocationRange {
  readonly uri: string;
  readonly range: Range;
}

export interface ReportLink {
  readonly range: Range;
  readonly target: ReportLocationRange;
  readonly tooltip: string;
}

export interface ReportDefinition {
  /** The whole source (Ctrl+hover underlines “十四五”, not one character). */
  readonly origin: Range;
  readonly target: ReportLocationRange;
}

export interface ReportHighlight {
  readonly range: Range;
  /** The definition (glossary entry, full title) is a write, the mentions reads. */
  readonly kind: 'read' | 'write';
}

export interface ReportProblem {
  readonly code: string;
  readonly range: Range;
  /** Nothing here is an error: a missing entry is worth a look, an unused one barely. */
  readonly severity: 'information' | 'hint';
  readonly message: string;
  readonly related?: { readonly range: Range; readonly message: string };
}
