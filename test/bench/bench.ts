/**
 * Benchmark (prints, never asserts). Run with `npm run bench` (build, then `node --expose-gc dist/bench.js`).
 *
 * 1. nodejieba: load time and RSS delta, measured apart from everything else.
 * 2. Seed report: median of the full analyzeReport against a bare nodejieba.cut of the same text, same process.
 *    Goal: outline / cut < 0.2.
 * 3. A 10 MB synthetic report: median of 3 analyses against the 1-second budget.
 * 4. Every corpus report: median of 5 analyses, one line each.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { analyzeReport } from '../../src/core';
import { jiebaSegmenter } from '../../src/node/jiebaSegmenter';
import { readReportFile } from '../../src/node/readReport';
import { buildSyntheticReport, realParagraphs } from './synthetic';

const SEED_RELATIVE = 'test/fixtures/corpus/000_4ff7010d533e2b03.txt';
const CORPUS_RELATIVE = 'test/fixtures/corpus';
// Enough runs for V8 to optimise the hot paths before timing (the first dozens run in the interpreter).
const RUNS = 101;
const WARMUP = 100;
const BUDGET_MS = 1000;
const SYNTHETIC_BYTES = 10 * 1024 * 1024;

const gc = (globalThis as { gc?: () => void }).gc;

function collect(): void {
  gc?.();
  gc?.();
}

function projectRoot(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, SEED_RELATIVE))) return dir;
    if (dirname(dir) === dir) break;
  }
  return process.cwd();
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function medianTime(runs: number, fn: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect();
    times.push(time(fn));
  }
  return median(times);
}

const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function row(label: string, value: string, note = ''): void {
  console.log(`  ${label.padEnd(34)} ${value.padStart(12)}${note ? `   ${note}` : ''}`);
}

function listReports(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...listReports(path));
    else if (entry.endsWith('.txt')) out.push(path);
  }
  return out;
}

async function main(): Promise<void> {
  const root = projectRoot();
  const seedPath = join(root, SEED_RELATIVE);
  const seed = readFileSync(seedPath, 'utf8');
  console.log(`GovReport Lens benchmark — node ${process.version}, ${process.platform}/${process.arch}${gc ? '' : ' (no --expose-gc: RSS figures are rough)'}`);
  console.log('');

  // 1. nodejieba load, on its own.
  console.log('nodejieba');
  collect();
  const rssBefore = process.memoryUsage().rss;
  const jieba = jiebaSegmenter.load();
  collect();
  const rssAfter = process.memoryUsage().rss;
  if (jieba) {
    row('load (require + dictionaries)', ms(jiebaSegmenter.loadTimeMs));
    row('RSS delta', mb(rssAfter - rssBefore));
  } else {
    row('unavailable', '—', jiebaSegmenter.loadError ?? '');
  }
  console.log('');

  // 2. Seed: full analysis vs bare segmentation.
  console.log(`seed report (${relative(root, seedPath)}, ${seed.length.toLocaleString('en-US')} chars), median of ${RUNS}`);
  for (let i = 0; i < WARMUP; i++) {
    analyzeReport(seed);
    jieba?.cut(seed);
  }
  const analyzeMs = medianTime(RUNS, () => analyzeReport(seed));
  row('analyzeReport (outline + all)', ms(analyzeMs));
  if (jieba) {
    const cutMs = medianTime(RUNS, () => jieba.cut(seed));
    row('nodejieba.cut', ms(cutMs));
    row('outline / cut', (analyzeMs / cutMs).toFixed(3), `goal < 0.2 ${analyzeMs / cutMs < 0.2 ? '(met)' : '(NOT met)'}`);
  }
  const model = analyzeReport(seed);
  row('outline nodes (top level)', String(model.outline.length));
  console.log('');

  // 3. 10 MB synthetic report.
  const synthetic = buildSyntheticReport(realParagraphs(seed), SYNTHETIC_BYTES);
  const syntheticBytes = Buffer.byteLength(synthetic, 'utf8');
  console.log(`synthetic report (${mb(syntheticBytes)} UTF-8, ${synthetic.length.toLocaleString('en-US')} chars, ${synthetic.split('\n').length.toLocaleString('en-US')} lines), median of 3`);
  analyzeReport(synthetic);
  const syntheticMs = medianTime(3, () => analyzeReport(synthetic));
  row('analyzeReport', ms(syntheticMs));
  row('share of the 1 s budget', (syntheticMs / BUDGET_MS).toFixed(3), syntheticMs <= BUDGET_MS ? '(within budget)' : '(OVER budget)');
  console.log('');

  // 4. Each corpus report.
  console.log('corpus reports, median of 5');
  for (const path of listReports(join(root, CORPUS_RELATIVE))) {
    const { text, encoding } = await readReportFile(path);
    analyzeReport(text);
    const t = medianTime(5, () => analyzeReport(text));
    const name = relative(join(root, CORPUS_RELATIVE), path);
    row(name, ms(t), `${text.length.toLocaleString('en-US')} chars${encoding === 'utf-8' ? '' : `, ${encoding}`}`);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exitCode = 1;
});
