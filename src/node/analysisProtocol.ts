/**
 * Messages between the extension host and the analysis worker (analysisWorkerMain.ts). Plain data only: what
 * crosses a thread is copied (structured clone), so the worker sends small answers, never a huge model.
 */
import { MAX_FIGURE_CHARS } from '../core';
import type { CardOptions, IndicatorCard, Indicator, OutlineNode, Position, ReportStructure } from '../core';
import type { ReportFigures } from '../core/service';

/**
 * Where a document is analysed, by size (issue 10: no task over 50 ms on the extension host's main thread).
 * Up to MAIN_THREAD_CHARS (about twice the longest real report) the whole analysis takes a few tens of ms and runs
 * on the main thread. Up to FULL_MODEL_CHARS it runs in the worker and the whole model comes back (copying it in
 * takes tens of ms). Beyond that only the outline's part comes back; figures stay in the worker and each hover asks
 * for its card. The report service and the bench read these same numbers.
 */
export const MAIN_THREAD_CHARS = 60_000;
export const FULL_MODEL_CHARS = MAX_FIGURE_CHARS;

export type AnalysisRequest =
  /** Prepare a text (its structure comes back); the worker keeps it under `key` for the requests below. */
  | { readonly id: number; readonly kind: 'analyze'; readonly key: string; readonly text: string; readonly fileName: string }
  /** The next outline batch of request `id`: asked for one at a time, because a port delivers every queued message
   *  in one task, and a whole outline at once would be one long task again. */
  | { readonly id: number; readonly kind: 'next'; readonly key: string }
  /** Bind the figures; `segment`: the host's segmenter is ready, so the worker asks it for words first. `full`: send
   *  the figures back (a mid-sized text), else keep them here for `card`. `references`: build them too. */
  | { readonly id: number; readonly kind: 'figures'; readonly key: string; readonly full: boolean; readonly segment: boolean; readonly references: boolean }
  /** The host's answer to a `words` question of figures request `id`: tokens per text, or null (none available). */
  | { readonly id: number; readonly kind: 'words'; readonly key: string; readonly tokens: string[][] | null }
  | { readonly id: number; readonly kind: 'card'; readonly key: string; readonly at: Position; readonly options: CardOptions }
  /** The host no longer needs what the worker keeps for `key`. */
  | { readonly id: number; readonly kind: 'drop'; readonly key: string };

/**
 * Outline nodes per message: a huge outline (13,000 nodes in a 10 MB report) copied in one message would take the
 * main thread ~70 ms to read; in batches, each message is its own short task.
 */
export const OUTLINE_NODES_PER_MESSAGE = 500;

export type AnalysisResponse =
  /** The structure; when `outlineChunks` > 0 its outline is empty and follows in that many `outlineChunk` messages. */
  | { readonly id: number; readonly ok: true; readonly structure: ReportStructure; readonly outlineChunks: number }
  | { readonly id: number; readonly ok: true; readonly outlineChunk: OutlineNode[] }
  /** A question from figures request `id`: the words of these texts (answered with a `words` request). */
  | { readonly id: number; readonly ok: true; readonly segment: readonly string[] }
  | { readonly id: number; readonly ok: true; readonly figures: ReportFigures | { readonly partial: true } }
  | { readonly id: number; readonly ok: true; readonly card: { readonly card: IndicatorCard; readonly indicator: Indicator } | null }
  /** The worker no longer holds `key` (it was restarted, or newer texts pushed it out): analyse it there again. */
  | { readonly id: number; readonly ok: true; readonly lost: true }
  | { readonly id: number; readonly ok: false; readonly error: string };
