/**
 * Messages between the extension host and the analysis worker (analysisWorkerMain.ts). Plain data only: what
 * crosses a thread is copied (structured clone), so the worker sends small answers, never a huge model.
 */
import type { CardOptions, IndicatorCard, Indicator, OutlineNode, Position, ReportModel } from '../core';

/**
 * Where a document is analysed, by size (issue 10: no task over 50 ms on the extension host's main thread).
 * Up to MAIN_THREAD_CHARS (about twice the longest real report) the whole analysis takes a few tens of ms and runs
 * on the main thread. Up to FULL_MODEL_CHARS it runs in the worker and the whole model comes back (copying it in
 * takes tens of ms). Beyond that only the outline's part comes back; figures stay in the worker and each hover asks
 * for its card. The report service and the bench read these same numbers.
 */
export const MAIN_THREAD_CHARS = 60_000;
export const FULL_MODEL_CHARS = 350_000;

/** A model as it crosses the thread: plain fields, figures and references left out for very large documents. */
export type ModelSnapshot = Omit<ReportModel, 'indicators' | 'references'> & {
  readonly indicators: Indicator[];
  readonly references: ReportModel['references'];
  /** True when figures and references stayed in the worker (ask for them per position: `card`). */
  readonly partial: boolean;
};

export type AnalysisRequest =
  | { readonly id: number; readonly kind: 'analyze'; readonly key: string; readonly text: string; readonly full: boolean }
  | { readonly id: number; readonly kind: 'card'; readonly key: string; readonly at: Position; readonly options: CardOptions }
  /** The next outline batch of request `id`: asked for one at a time, because a port delivers every queued message
   *  in one task, and a whole outline at once would be one long task again. */
  | { readonly id: number; readonly kind: 'next'; readonly key: string };

/**
 * Outline nodes per message: a huge outline (13,000 nodes in a 10 MB report) copied in one message would take the
 * main thread ~70 ms to read; in batches, each message is its own short task.
 */
export const OUTLINE_NODES_PER_MESSAGE = 500;

export type AnalysisResponse =
  /** The model; when `outlineChunks` > 0 its outline is empty and follows in that many `outlineChunk` messages. */
  | { readonly id: number; readonly ok: true; readonly model: ModelSnapshot; readonly outlineChunks: number }
  | { readonly id: number; readonly ok: true; readonly outlineChunk: OutlineNode[] }
  | { readonly id: number; readonly ok: true; readonly card: { readonly card: IndicatorCard; readonly indicator: Indicator } | null }
  | { readonly id: number; readonly ok: false; readonly error: string };
