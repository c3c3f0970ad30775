/**
 * Pathological inputs (issue 10), a section of `npm run bench`, also run alone by `npm run bench:pathological`
 * (`node --expose-gc dist/bench.js --pathological`). Prints, never asserts.
 *
 * Each shape of test/support/pathological.ts at 128 KB, 256 KB and 512 KB goes through what `govreport analyze
 * --json` does (analyzeReport, every figure and reference read, the contract serialised), and prints the time per MB
 * and the growth per doubling (linear ≈ 2×; goal ≤ 1 s/MB and ≤ 2.6×), next to a bare nodejieba.cut of the same text.
 * The largest size also shows where the time goes (outline / figures / references / JSON), which names the path to
 * look at when a shape grows too fast. A size whose projected time (at the measured growth) exceeds the cap is skipped,
 * so a quadratic path cannot make the benchmark run for hours.
 */
import { analyzeReport } from '../../src/core';
import { toContractReport } from '../../src/core/export/contract';
import { clearMemos } from '../../src/core/memo';
import { SHAPES } from '../support/pathological';

export const PATHOLOGICAL_FLAG = '--pathological';

const KB = 1024;
export const DEFAULT_SIZES_KB = [128, 256, 512];
const GOAL_MS_PER_MB = 1000;
const GOAL_GROWTH = 2.6;
/** A single run projected to take longer than this is not started. */
const CAP_MS = 60_000;
/** Runs under this are repeated (up to REPEATS times) and the fastest kept; slower ones run once. */
const REPEAT_UNDER_MS = 1000;
const REPEATS = 5;

export interface Cutter {
  cut(text: string): string[];
}

interface Phases {
  outline: number;
  figures: number;
  references: number;
  json: number;
}

const gc = (globalThis as { gc?: () => void }).gc;

function now(): number {
  return performance.now();
}

/** One `analyze --json` equivalent, timed by phase. */
function analyzeOnce(text: string): Phases {
  // Each run as a first analysis of the text: what the memos kept from the run before would favour the sizes whose
  // names all fit in them (memo.ts).
  clearMemos();
  gc?.();
  const t0 = now();
  const model = analyzeReport(text);
  const t1 = now();
  void model.indicators.length;
  const t2 = now();
  void model.references.length;
  const t3 = now();
  JSON.stringify(toContractReport('bench.txt', model));
  const t4 = now();
  return { outline: t1 - t0, figures: t2 - t1, references: t3 - t2, json: t4 - t3 };
}

const total = (p: Phases): number => p.outline + p.figures + p.references + p.json;

/** The fastest of a few runs (one when slow): the least disturbed by other work on a shared 2-core machine. */
function bestRun(text: string): Phases {
  let best = analyzeOnce(text);
  for (let i = 1; i < REPEATS && total(best) < REPEAT_UNDER_MS; i++) {
    const next = analyzeOnce(text);
    if (total(next) < total(best)) best = next;
  }
  return best;
}

/** Bare nodejieba.cut, fastest of three. */
function timeCut(cutter: Cutter, text: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    gc?.();
    const t0 = now();
    cutter.cut(text);
    best = Math.min(best, now() - t0);
  }
  return best;
}

const fmtMs = (x: number): string => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x < 10 ? 2 : 0)} ms`);
const perMb = (ms: number, bytes: number): number => ms / (bytes / (KB * KB));

export function pathologicalBench(jieba: Cutter | null, sizesKb: readonly number[] = DEFAULT_SIZES_KB, only?: readonly string[]): void {
  const sizes = sizesKb.map((k) => k * KB);
  console.log(`pathological inputs (test/support/pathological.ts): analyze --json path at ${sizes.map((s) => `${s / KB} KB`).join(', ')}`);
  console.log(`  goal: ≤ ${GOAL_MS_PER_MB} ms per MB and growth ≤ ${GOAL_GROWTH}× per doubling (linear ≈ 2×)${jieba ? '; cut = bare nodejieba.cut of the same text' : ''}`);
  const verdicts: string[] = [];
  for (const shape of SHAPES.filter((s) => !only || only.length === 0 || only.includes(s.id))) {
    console.log(`  ${shape.id} — ${shape.description}`);
    // A small run first, so that the first measured size does not pay for compiling the paths this shape takes.
    analyzeOnce(shape.generate(16 * KB));
    let previous: number | null = null;
    let worstPerMb = 0;
    let worstGrowth = 0;
    let skipped = false;
    for (const size of sizes) {
      const text = shape.generate(size);
      const bytes = Buffer.byteLength(text, 'utf8');
      const growthSoFar = previous === null ? 2 : Math.max(2, worstGrowth);
      if (previous !== null && previous * growthSoFar > CAP_MS) {
        console.log(`    ${`${size / KB} KB`.padStart(7)}  skipped: projected ${fmtMs(previous * growthSoFar)} at ${growthSoFar.toFixed(1)}× per doubling`);
        skipped = true;
        continue;
      }
      const phases = bestRun(text);
      const ms = total(phases);
      const growth = previous === null ? null : ms / previous;
      if (growth !== null) worstGrowth = Math.max(worstGrowth, growth);
      worstPerMb = Math.max(worstPerMb, perMb(ms, bytes));
      const cut = jieba ? ` | cut ${fmtMs(timeCut(jieba, text)).padStart(8)}` : '';
      const split = `outline ${fmtMs(phases.outline)}, figures ${fmtMs(phases.figures)}, refs ${fmtMs(phases.references)}, json ${fmtMs(phases.json)}`;
      console.log(
        `    ${`${size / KB} KB`.padStart(7)}  ${fmtMs(ms).padStart(9)}  ${`${perMb(ms, bytes).toFixed(0)} ms/MB`.padStart(11)}  ${growth === null ? '      ' : `${growth.toFixed(2)}×`.padStart(6)}${cut}   (${split})`,
      );
      previous = ms;
    }
    const ok = !skipped && worstPerMb <= GOAL_MS_PER_MB && worstGrowth <= GOAL_GROWTH;
    verdicts.push(`${shape.id} ${ok ? 'met' : 'NOT met'}`);
  }
  console.log(`  verdict: ${verdicts.join(', ')}`);
  console.log('');
}
