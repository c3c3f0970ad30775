/**
 * The analysis worker: runs the core on large documents off the extension host's main thread (issue 10: no task
 * over 50 ms there). It keeps the last few models so that a hover on a huge report asks for one card, and only
 * that card crosses the thread. Bundled to dist/analysisWorker.js.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeReport, buildCard, indicatorAt } from '../core';
import type { OutlineNode, ReportModel } from '../core';
import { OUTLINE_NODES_PER_MESSAGE } from './analysisProtocol';
import type { AnalysisRequest, AnalysisResponse, ModelSnapshot } from './analysisProtocol';

/** Models kept for card requests: the documents being looked at, not the whole session's. */
const MAX_MODELS = 4;
const models = new Map<string, ReportModel>();
/** Outline batches not yet asked for, by request id. */
const waiting = new Map<number, OutlineNode[][]>();

function remember(key: string, model: ReportModel): void {
  models.delete(key);
  models.set(key, model);
  while (models.size > MAX_MODELS) {
    const oldest = models.keys().next().value;
    if (oldest === undefined) break;
    models.delete(oldest);
  }
}

/** The model as plain data: everything when `full`, else the outline's part (figures stay here). */
function snapshot(model: ReportModel, full: boolean): ModelSnapshot {
  const base = { meta: model.meta, outline: model.outline, chromeLines: model.chromeLines, duplicateFromLine: model.duplicateFromLine };
  if (!full) return { ...base, indicators: [], references: [], partial: true };
  return { ...base, indicators: model.indicators, references: model.references, footnotes: model.footnotes, meetings: model.meetings, partial: false };
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

function handle(request: AnalysisRequest): AnalysisResponse[] {
  try {
    if (request.kind === 'analyze') {
      const model = analyzeReport(request.text);
      remember(request.key, model);
      const snap = snapshot(model, request.full);
      const batches = outlineBatches(snap.outline);
      if (batches.length <= 1) return [{ id: request.id, ok: true, model: snap, outlineChunks: 0 }];
      waiting.set(request.id, batches);
      return [{ id: request.id, ok: true, model: { ...snap, outline: [] }, outlineChunks: batches.length }];
    }
    if (request.kind === 'next') {
      const batches = waiting.get(request.id);
      const outlineChunk = batches?.shift();
      if (!batches || batches.length === 0) waiting.delete(request.id);
      return outlineChunk ? [{ id: request.id, ok: true, outlineChunk }] : [];
    }
    const model = models.get(request.key);
    const indicator = model ? indicatorAt(model, request.at) : undefined;
    return [{ id: request.id, ok: true, card: model && indicator ? { card: buildCard(model, indicator, request.options), indicator } : null }];
  } catch (err) {
    return [{ id: request.id, ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) }];
  }
}

parentPort?.on('message', (request: AnalysisRequest) => {
  // Separate messages are separate tasks on the receiving side: no one of them holds the main thread long.
  for (const response of handle(request)) parentPort?.postMessage(response);
});
