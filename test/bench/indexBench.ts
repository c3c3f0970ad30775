/**
 * Benchmark of the folder index (src/node/reportIndex.ts), printed by bench.ts:
 *
 * - the corpus (test/fixtures/corpus), and a synthetic workspace of 1,000 reports written to a temporary folder
 *   (copies of the corpus reports with another place and year in their title block, see syntheticWorkspace.ts);
 * - each run in a fresh child process (`node dist/bench.js --index-run DIR WORKERS`), so that time and peak RSS belong
 *   to that run alone, as for `govreport series DIR`: WORKERS = 0 indexes in the main thread, more starts that many
 *   worker threads (dist/cli.js serves them);
 * - while indexing, the main thread's event-loop delay (perf_hooks.monitorEventLoopDelay): its maximum is the
 *   longest time the thread could not answer anything — an editor's UI, a progress message.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { analyzeReport } from '../../src/core';
import { readReportFile } from '../../src/node/readReport';
import { indexFolder, listReportFiles } from '../../src/node/reportIndex';
import { writeSyntheticWorkspace } from './syntheticWorkspace';
import type { SourceReport } from './syntheticWorkspace';

export const INDEX_RUN_FLAG = '--index-run';
const WORKSPACE_REPORTS = 1000;
const WORKSPACE_BUDGET_S = 30;
/** A main thread that never waits longer than this between two events feels responsive (a UI frame is ~16 ms). */
const RESPONSIVE_MS = 50;
const DELAY_RESOLUTION_MS = 5;

export interface IndexRunResult {
  readonly files: number;
  readonly reports: number;
  readonly places: number;
  readonly seconds: number;
  /** CPU time of the whole process (all threads: main, workers, GC, compiler), seconds. */
  readonly cpuSeconds: number;
  /** Peak resident set size of the whole process (all threads), bytes. */
  readonly peakRss: number;
  /** Resident set size before indexing (node and the bench bundle loaded), bytes. */
  readonly startRss: number;
  readonly maxDelayMs: number;
  readonly p99DelayMs: number;
  readonly workers: number;
}

/** Child side: index DIR with JOBS worker threads (0 = in the main thread) and print one JSON line. */
export async function indexRun(dir: string, jobs: number, workerScript: string): Promise<void> {
  const startRss = process.memoryUsage().rss;
  const files = (await listReportFiles(dir)).length;
  const histogram = monitorEventLoopDelay({ resolution: DELAY_RESOLUTION_MS });
  histogram.enable();
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const reports = await indexFolder(dir, jobs > 0 ? { workerScript, concurrency: jobs } : {});
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  histogram.disable();
  const result: IndexRunResult = {
    files,
    reports: reports.length,
    places: new Set(reports.map((r) => r.meta.place)).size,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakRss: process.resourceUsage().maxRSS * 1024,
    startRss,
    maxDelayMs: histogram.max / 1e6,
    p99DelayMs: histogram.percentile(99) / 1e6,
    workers: Math.max(0, jobs),
  };
  console.log(JSON.stringify(result));
}

type Row = (label: string, value: string, note?: string) => void;

function spawnRun(benchScript: string, dir: string, jobs: number): IndexRunResult | string {
  const child = spawnSync(process.execPath, ['--expose-gc', benchScript, INDEX_RUN_FLAG, dir, String(jobs)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const out = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !out.startsWith('{')) return (child.stderr || child.error?.message || `exit ${child.status}`).split('\n')[0] ?? 'failed';
  return JSON.parse(out) as IndexRunResult;
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function printRun(row: Row, label: string, run: IndexRunResult | string, budgetS?: number): void {
  if (typeof run === 'string') {
    row(label, 'failed', run);
    return;
  }
  const budget = budgetS === undefined ? '' : run.seconds <= budgetS ? ` (within ${budgetS} s)` : ` (OVER ${budgetS} s)`;
  row(label, `${run.seconds.toFixed(2)} s`, `${(run.reports / run.seconds).toFixed(0)} reports/s, ${run.reports} of ${run.files} files, ${run.places} places${budget}`);
  const responsive = run.maxDelayMs <= RESPONSIVE_MS ? `responsive (≤ ${RESPONSIVE_MS} ms)` : `NOT responsive (> ${RESPONSIVE_MS} ms)`;
  row('', '', `CPU ${run.cpuSeconds.toFixed(1)} s (all threads); peak RSS ${mb(run.peakRss)} (${mb(run.startRss)} before indexing); main-thread event-loop delay max ${run.maxDelayMs.toFixed(0)} ms, p99 ${run.p99DelayMs.toFixed(0)} ms: ${responsive}`);
}

/** Parent side: the corpus and the synthetic workspace, each indexed in the main thread and with worker threads. */
export async function indexBench(root: string, corpusDir: string, benchScript: string, row: Row): Promise<void> {
  const workerScript = join(root, 'dist', 'cli.js');
  const cpus = availableParallelism();
  const jobs = Math.max(2, Math.min(cpus, 4));
  console.log(`folder index (indexFolder; fresh process per run; worker threads served by dist/cli.js; ${cpus} CPUs, load average ${loadavg()[0]!.toFixed(1)})`);
  if (!existsSync(workerScript)) {
    row('not built', '—', `${workerScript} is missing (npm run build)`);
    console.log('');
    return;
  }

  // The corpus, warm in this process first (the JIT has seen these reports), then cold as `govreport series` runs it.
  const warmStart = performance.now();
  const warm = await indexFolder(corpusDir);
  const warmS = (performance.now() - warmStart) / 1000;
  row('corpus, this process (warm), main thread', `${warmS.toFixed(2)} s`, `${(warm.length / warmS).toFixed(0)} reports/s, ${warm.length} reports`);
  printRun(row, 'corpus, fresh process, main thread', spawnRun(benchScript, corpusDir, 0));
  printRun(row, `corpus, fresh process, ${jobs} workers`, spawnRun(benchScript, corpusDir, jobs));

  // The synthetic workspace.
  const sources: SourceReport[] = [];
  for (const file of await listReportFiles(corpusDir)) {
    if (/\.gbk\./u.test(file.path)) continue; // the same text as the UTF-8 copy beside it
    const { text } = await readReportFile(file.path);
    sources.push({ text, place: analyzeReport(text).meta.place });
  }
  const dir = mkdtempSync(join(tmpdir(), 'govreport-bench-workspace-'));
  try {
    const writeStart = performance.now();
    const written = writeSyntheticWorkspace(dir, sources, WORKSPACE_REPORTS);
    row(
      `synthetic workspace: ${written.files.toLocaleString('en-US')} reports`,
      mb(written.bytes),
      `written in ${((performance.now() - writeStart) / 1000).toFixed(1)} s (${sources.length} corpus reports, 100 places × 10 years)`,
    );
    printRun(row, 'workspace, main thread', spawnRun(benchScript, dir, 0), WORKSPACE_BUDGET_S);
    // One worker leaves a core to the main thread; `jobs` workers use every core.
    printRun(row, 'workspace, 1 worker', spawnRun(benchScript, dir, 1), WORKSPACE_BUDGET_S);
    printRun(row, `workspace, ${jobs} workers`, spawnRun(benchScript, dir, jobs), WORKSPACE_BUDGET_S);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log('');
}
