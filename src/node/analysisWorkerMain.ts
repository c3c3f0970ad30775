/**
 * The analysis worker: runs the core on large documents (and on the workspace index's files) off the extension
 * host's main thread (issue 10: no task over 50 ms there). It runs the same staged analysis as the calling thread
 * (prepareReport, then the service's figuresStage), asking the host for words when its segmenter is ready, and keeps
 * the last few reports so that a hover on a huge one asks for one card. Bundled to dist/analysisWorker.js.
 */
import { parentPort } from 'node:worker_threads';
import { buildCard, indicatorAt, precomputedSegmenter, prepareReport } from '../core';
import type { CancellationLike, OutlineNode, ReportStructure, Segmenter } from '../core';
import { figuresStage, modelOf, pairsOf, referencesOf } from '../core/service';
import type { FiguresStage, ReportFigures, SegmenterProvider } from '../core/service';
import { OUTLINE_NODES_PER_MESSAGE } from './analysisProtocol';
import type { AnalysisRequest, AnalysisResponse } from './analysisProtocol';

/**
 * Reports kept for figures and card requests: the documents being looked at, not the whole session's. A count
 * alone (four, before) made hovers across five large reports re-analyse each one in turn; a budget in characters
 * keeps every real report an analyst has open (60,000–400,000 characters each) and only a few huge files. The model
 * kept costs about 5–15 bytes per character, so the budget stays under ~200 MB.
 */
const MAX_KEPT = 16;
const MAX_KEPT_CHARS = 12_000_000;

interface Kept {
  readonly chars: number;
  readonly structure: ReportStructure;
  readonly figures: FiguresStage;
  bound?: ReportFigures;
}
const kept = new Map<string, Kept>();
/** Outline batches not yet asked for, by request id. */
const waiting = new Map<number, OutlineNode[][]>();
/** Figures requests waiting for the host's words, by request id. */
const asking = new Map<number, (tokens: string[][] | null) => void>();
const never: CancellationLike = { isCancellationRequested: false };

/** Keeps `entry` as the newest and lets the oldest go while over either limit; the newest always stays. */
function keep(key: string, entry: Kept): void {
  kept.delete(key);
  kept.set(key, entry);
  let chars = 0;
  for (const e of kept.values()) chars += e.chars;
  while (kept.size > 1 && (kept.size > MAX_KEPT || chars > MAX_KEPT_CHARS)) {
    const oldest = kept.keys().next();
    if (oldest.done) break;
    chars -= kept.get(oldest.value)?.chars ?? 0;
    kept.delete(oldest.value);
  }
}

/** Top-level outline nodes in batches of about OUTLINE_NODES_PER_MESSAGE nodes (a node's subtree stays whole). */
function outlineBatches(outline: readonly OutlineNode[]): OutlineNode[][] {
  const batches: OutlineNode[][] = [];
  let batch: OutlineNode[] = [];
  let size = 0;
  const count = (n: OutlineNode): number => n.children.reduce((sum, c) => sum + count(c), 1);
  for (const node of outline) {
    batch.push(node);
    size += count(node);
    if (size >= OUTLINE_NODES_PER_MESSAGE) {
      batches.push(batch);
      batch = [];
      size = 0;
    }
  }
  if (batch.length) batches.push(batch);
  return batches;
}

/** The host's segmenter as seen from here: each batch of texts is one question to the host. */
function hostSegmenter(id: number): SegmenterProvider {
  return {
    state: 'ready',
    segmenterFor: (texts) =>
      new Promise<Segmenter | undefined>((resolve) => {
        asking.set(id, (tokens) => resolve(tokens ? precomputedSegmenter(new Map(texts.map((t, i) => [t, tokens[i] ?? [t]]))) : undefined));
        post({ id, ok: true, segment: texts });
      }),
  };
}

async function handle(request: AnalysisRequest): Promise<void> {
  switch (request.kind) {
    case 'analyze': {
      const prepared = prepareReport(request.text, undefined, request.fileName);
      keep(request.key, { chars: request.text.length, structure: prepared.structure, figures: figuresStage(prepared) });
      const batches = outlineBatches(prepared.structure.outline);
      if (batches.length <= 1) return post({ id: request.id, ok: true, structure: prepared.structure, outlineChunks: 0 });
      waiting.set(request.id, batches);
      return post({ id: request.id, ok: true, structure: { ...prepared.structure, outline: [] }, outlineChunks: batches.length });
    }
    case 'next': {
      const batches = waiting.get(request.id);
      const outlineChunk = batches?.shift();
      if (!batches || batches.length === 0) waiting.delete(request.id);
      if (outlineChunk) post({ id: request.id, ok: true, outlineChunk });
      return;
    }
    case 'figures': {
      const entry = kept.get(request.key);
      if (!entry) return post({ id: request.id, ok: true, lost: true });
      const bound = await entry.figures(request.segment ? hostSegmenter(request.id) : undefined, never, { references: request.references });
      entry.bound = bound;
      // What crosses the thread is plain data: the references and the target ↔ actual pairs are built here, once, when
      // the host takes the figures (the pairs' figures are objects of `indicators`, and one message's structured clone
      // keeps them so). A workspace index asks for no references and reads no pairs: none are computed for it.
      const figures = request.full
        ? { indicators: bound.indicators, segmented: bound.segmented, references: referencesOf(bound), pairs: request.references ? pairsOf(bound) : [] }
        : { partial: true as const };
      return post({ id: request.id, ok: true, figures });
    }
    case 'words': {
      const answer = asking.get(request.id);
      asking.delete(request.id);
      answer?.(request.tokens);
      return;
    }
    case 'card': {
      const entry = kept.get(request.key);
      // Lost only when the text itself is gone; a text whose figures are still being bound has no card yet.
      if (!entry) return post({ id: request.id, ok: true, lost: true });
      if (!entry.bound) return post({ id: request.id, ok: true, card: null });
      const model = modelOf(entry.structure, entry.bound);
      const indicator = indicatorAt(model, request.at);
      return post({ id: request.id, ok: true, card: indicator ? { card: buildCard(model, indicator, request.options), indicator } : null });
    }
    case 'drop':
      kept.delete(request.key);
      return;
  }
}

function post(response: AnalysisResponse): void {
  parentPort?.postMessage(response);
}

parentPort?.on('message', (request: AnalysisRequest) => {
  // Separate messages are separate tasks on the receiving side: no one of them holds the main thread long.
  handle(request).catch((err: unknown) => post({ id: request.id, ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) }));
});
