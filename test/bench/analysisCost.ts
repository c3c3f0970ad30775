/**
 * The whole analysis (structure, figures, references), for work that must not change its output — refStage.ts's
 * companion for every stage at once:
 *
 *   dump FILE… [--jieba]   one line per report: its path, `analyze --json`'s contract object, then the whole model as
 *                          JSON (the fields the contract leaves out too: groupKey, name ranges, footnotes, meetings).
 *                          --jieba passes the jieba segmenter, as the bench's “full analysis (jieba)” does. Diff two
 *                          dumps, of the old code and the new, to prove a change only made the analysis cheaper.
 *   time RUNS FILE…        per report, CPU time (process.cpuUsage) of the full analysis with jieba names, and of a bare
 *                          nodejieba.cut of the same text, RUNS warm runs each after as many warm-up runs, alternated:
 *                          medians right after a forced full GC (under --expose-gc) and steady, as one JSON line.
 *   pass RUNS FILE…        CPU time of one pass of the full analysis with jieba names over all the reports, RUNS
 *                          passes after as many warm-up passes, alternated: forced (under --expose-gc, a full GC
 *                          before each report, outside the timing) and steady; medians and minima (the minimum is the
 *                          steadier figure on a machine others load), as one JSON line; the same for a pass of the
 *                          bare cut over the same reports, alternated with it (cut…), for the pooled ratio.
 *   loop RUNS FILE…        the full analysis with jieba names, RUNS times over the reports (under --expose-gc a forced
 *                          full GC before each run): for `node --cpu-prof` or `--heap-prof`.
 *   outline RUNS FILE…     as `time`, for the outline alone (analyzeReport, figures not read: the bench's “outline /
 *                          cut”) against the bare cut: CPU medians forced and steady per report, as one JSON line.
 *   oloop RUNS FILE…       the outline alone, RUNS times over the reports (under --expose-gc a forced full GC before
 *                          each report, as the bench's medianTime does): for `node --cpu-prof`.
 *
 * --figures (time, pass, loop): the analysis reads the figures only, not the references — what bench.ts's
 * “full analysis (jieba) / cut” line times (its goal ≤ 1.5×); without it the references are built too.
 *
 * Build it beside any checkout (`esbuild test/bench/analysisCost.ts --bundle --platform=node --external:nodejieba`)
 * and run old and new bundles in alternating fresh processes: the machine is shared, and one process decides little.
 */
import { readFileSync } from 'node:fs';
import { analyzeReport } from '../../src/core/report';
import { toContractReport } from '../../src/core/export/contract';
import type { Segmenter } from '../../src/core/segmenter';
import { jiebaSegmenter } from '../../src/node/jiebaSegmenter';
import { decodeReportBytes } from '../../src/node/readReport';
import { alternatingRatio } from './alternatingRatio';

const readText = (path: string): string => decodeReportBytes(readFileSync(path)).text;

function dump(files: string[], jieba: boolean): void {
  const segmenter: Segmenter | undefined = jieba ? jiebaSegmenter : undefined;
  for (const file of files) {
    const model = analyzeReport(readText(file), segmenter ? { segmenter } : {});
    process.stdout.write(`${file}\t${JSON.stringify(toContractReport(file, model))}\t${JSON.stringify(model)}\n`);
  }
}

/** Set by --figures: read model.indicators only, as bench.ts's “full analysis (jieba)” does (references stay lazy). */
let figuresOnly = false;

const full = (text: string) => (): number => {
  const m = analyzeReport(text, { segmenter: jiebaSegmenter });
  return figuresOnly ? m.indicators.length : m.indicators.length + m.references.length;
};

function time(runs: number, files: string[], outlineOnly = false): void {
  const jieba = jiebaSegmenter.load();
  if (!jieba) throw new Error(`nodejieba did not load: ${jiebaSegmenter.loadError ?? ''}`);
  const gc = (globalThis as { gc?: () => void }).gc;
  const out: Record<string, unknown> = {};
  for (const file of files) {
    const text = readText(file);
    const analyse = outlineOnly ? (): number => analyzeReport(text).outline.length : full(text);
    const cut = (): number => jieba.cut(text).length;
    for (let i = 0; i < runs; i++) {
      analyse();
      cut();
    }
    const forced = alternatingRatio(analyse, cut, runs, () => gc?.());
    const steady = alternatingRatio(analyse, cut, runs, () => {});
    out[file] = {
      forced: forced.analysis.cpu,
      steady: steady.analysis.cpu,
      cutForced: forced.cut.cpu,
      cutSteady: steady.cut.cpu,
      ratioForced: forced.ratio.cpu,
      ratioSteady: steady.ratio.cpu,
    };
  }
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

function pass(runs: number, files: string[]): void {
  const jieba = jiebaSegmenter.load();
  if (!jieba) throw new Error(`nodejieba did not load: ${jiebaSegmenter.loadError ?? ''}`);
  const texts = files.map(readText);
  const runners = texts.map(full);
  // The bare cut of the same reports, timed in the same alternation, so the pooled ratio full / cut reads one load.
  const cutters = texts.map((text) => (): number => jieba.cut(text).length);
  const gc = (globalThis as { gc?: () => void }).gc;
  const timed = (fns: ReadonlyArray<() => number>, before: () => void): number => {
    let cpu = 0;
    for (const run of fns) {
      before();
      const t0 = process.cpuUsage();
      run();
      const t = process.cpuUsage(t0);
      cpu += (t.user + t.system) / 1000;
    }
    return cpu;
  };
  for (let i = 0; i < runs; i++) {
    timed(runners, () => {});
    timed(cutters, () => {});
  }
  const forced: number[] = [];
  const steady: number[] = [];
  const cutForced: number[] = [];
  const cutSteady: number[] = [];
  for (let i = 0; i < runs; i++) {
    forced.push(timed(runners, () => gc?.()));
    cutForced.push(timed(cutters, () => gc?.()));
    steady.push(timed(runners, () => {}));
    cutSteady.push(timed(cutters, () => {}));
  }
  const med = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
  const result = {
    forced: med(forced),
    steady: med(steady),
    forcedMin: Math.min(...forced),
    steadyMin: Math.min(...steady),
    cutForced: med(cutForced),
    cutSteady: med(cutSteady),
    cutForcedMin: Math.min(...cutForced),
    cutSteadyMin: Math.min(...cutSteady),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

const [mode, ...args] = process.argv.slice(2);
figuresOnly = args.includes('--figures');
const rest = args.filter((a) => a !== '--figures');
if (mode === 'dump') {
  dump(rest.filter((a) => a !== '--jieba'), rest.includes('--jieba'));
} else if (mode === 'time') {
  time(Number(rest[0]), rest.slice(1));
} else if (mode === 'outline') {
  time(Number(rest[0]), rest.slice(1), true);
} else if (mode === 'oloop') {
  const texts = rest.slice(1).map(readText);
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < Number(rest[0]); i++) {
    for (const text of texts) {
      gc?.();
      analyzeReport(text);
    }
  }
} else if (mode === 'pass') {
  pass(Number(rest[0]), rest.slice(1));
} else if (mode === 'loop') {
  const texts = rest.slice(1).map(readText);
  jiebaSegmenter.load();
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < Number(rest[0]); i++) {
    gc?.();
    for (const text of texts) full(text)();
  }
} else {
  process.stderr.write('usage: analysisCost dump FILE… [--jieba] | time|outline RUNS FILE… | pass RUNS FILE… | loop|oloop RUNS FILE… [--figures]\n');
  process.exitCode = 2;
}
