/**
 * Bench section: the extension host's memory with nodejieba loaded, in a fresh process per setup. The process hosts
 * the report service as the editor does (src/vscode/reportService.ts: the analysis worker, nodejieba in its worker
 * thread through WorkerSegmenterProvider); it opens the seed and hovers a figure, so that the segmenter loads and the
 * figures are grouped with it. Worker threads live in the host's process, so its RSS counts them.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { neverCancelled } from '../../src/core';
import { createReportService } from '../../src/core/service';
import { AnalysisClient } from '../../src/node/analysisClient';
import { workerRunner } from '../../src/node/analysisRunner';
import { WorkerSegmenterProvider } from '../../src/node/segmenterProvider';

export const HOST_MEMORY_FLAG = '--host-memory-run';
/** What issue 11 allows nodejieba to add to the extension host. */
export const HOST_MEMORY_GOAL_MB = 150;

type Setup = 'small' | 'full';

interface HostMemory {
  /** RSS with the service, the analysis worker and the seed's model, before nodejieba. */
  readonly serviceMb: number;
  /** RSS once nodejieba has loaded and the seed's figures were grouped with it (`grouped`: differently than without). */
  readonly jiebaMb: number;
  readonly loadMs: number;
  readonly grouped: boolean;
}

const mb = (bytes: number): number => bytes / 1024 / 1024;

async function settledRss(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 3; i++) {
    gc?.();
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return process.memoryUsage().rss;
}

/** In the fresh process: host the service, open and hover the seed, then let nodejieba load and hover again. */
export async function hostMemoryRun(dist: string, seedPath: string, setup: Setup): Promise<void> {
  const text = readFileSync(seedPath, 'utf8');
  let loadMs = 0;
  const segmenter = new WorkerSegmenterProvider({ workerPath: join(dist, 'jiebaWorker.js'), worker: { dictionary: setup } }, (r) => (loadMs = r.ok ? r.ms : -1));
  const runner = workerRunner({ client: new AnalysisClient(join(dist, 'analysisWorker.js')) });
  const quiet = { info: () => undefined, warn: () => undefined, error: (where: string, err: unknown) => console.error(where, err) };
  // The service before nodejieba: the same service without a segmenter, so that nothing starts loading it.
  const plain = createReportService({ logger: quiet, runner });
  const document = { uri: 'file:///seed.txt', version: 1, getText: () => text };
  const at = { line: 30, character: (text.split('\n')[30] ?? '').indexOf('6.1%') };
  await plain.getDocumentSymbols(document, neverCancelled);
  await plain.getHover(document, at, neverCancelled);
  const serviceRss = await settledRss();
  const service = createReportService({ logger: quiet, runner, segmenter });
  await service.getHover(document, at, neverCancelled); // starts loading nodejieba
  await segmenter.load();
  await service.getHover(document, at, neverCancelled); // the figures grouped with it
  const keys = async (s: typeof service): Promise<string> => ((await s.getModel(document, neverCancelled))?.indicators ?? []).map((i) => i.groupKey).join();
  const grouped = (await keys(service)) !== (await keys(plain));
  const jiebaRss = await settledRss();
  const result: HostMemory = { serviceMb: mb(serviceRss), jiebaMb: mb(jiebaRss), loadMs, grouped };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  plain.dispose();
  service.dispose();
  runner.dispose();
  segmenter.dispose();
}

export function hostMemoryBench(benchScript: string, seedPath: string, row: (label: string, value: string, note?: string) => void): void {
  console.log(`extension host memory with nodejieba loaded (fresh process per setup; goal: nodejieba adds ≤ ${HOST_MEMORY_GOAL_MB} MB)`);
  for (const setup of ['full', 'small'] as const) {
    const child = spawnSync(process.execPath, ['--expose-gc', benchScript, HOST_MEMORY_FLAG, seedPath, setup], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const line = child.stdout.trim().split('\n').pop() ?? '';
    let result: HostMemory;
    try {
      result = JSON.parse(line) as HostMemory;
    } catch {
      row(`${setup} dictionary`, 'failed', child.stderr.trim().split('\n').slice(-1)[0] ?? '');
      continue;
    }
    const added = result.jiebaMb - result.serviceMb;
    row(
      `${setup === 'small' ? 'small dictionary (the editor)' : 'full dictionary'}`,
      `+${added.toFixed(0)} MB`,
      `RSS ${result.serviceMb.toFixed(0)} → ${result.jiebaMb.toFixed(0)} MB; load ${result.loadMs} ms${result.grouped ? '' : ' (NOT grouped)'} ${added <= HOST_MEMORY_GOAL_MB ? '(met)' : '(NOT met)'}`,
    );
  }
  console.log('');
}
