/**
 * The reference stage alone (buildReferences, src/core/references), for work that must not change its output:
 *
 *   dump FILE… [--jieba]   one line per report: its path, then everything the stage returns (links, footnotes,
 *                          meeting mentions) as JSON — diff two dumps, of the old code and the new, to prove a change
 *                          only made the stage cheaper. --jieba groups the figures by words first, as the editor does
 *                          (target ↔ actual pairs read the groups).
 *   time RUNS FILE…        CPU time (process.cpuUsage) of the stage on each report, given the analysis' pairs (as
 *                          the share's stage is: since perf29), RUNS times after as many warm-up
 *                          runs, and of the analysis it is part of (structure and figures, no segmenter): the first
 *                          run of the process and the median of the warm ones (and, under --expose-gc, of runs
 *                          right after a forced full GC), as one JSON line.
 *   share RUNS FILE [--jieba]  the bench's measure on one report (no segmenter; --jieba: the editor's names): the analysis that also reads the
 *                          references against the one that reads the figures and their pairs (what a hover card
 *                          waits for), alternated, CPU medians, right after a forced GC (under --expose-gc) and
 *                          steady — the stage's share of the analysis; and, as …PairsAsLinks, against the figures
 *                          alone (the bench's measure before session 23); and, as …InRun, the share timed inside each
 *                          run (stageShare.ts: the median of the runs' stage / base, the steadier reading), and as
 *                          …InRunMean the stage's trimmed mean over the base's (the goal's measure since session 32).
 *   loop RUNS FILE…        the stage alone, RUNS times over the reports, given the analysis' pairs as the share's
 *                          stage is: for `node --cpu-prof` (with --expose-gc, a forced full GC before each run).
 *
 * Build it beside any checkout (`esbuild test/bench/refStage.ts --bundle --platform=node --external:nodejieba`) and
 * run old and new bundles in alternating fresh processes: the machine is shared, and one process decides little.
 */
import { readFileSync } from 'node:fs';
import type { Segmenter } from '../../src/core/segmenter';
import { jiebaSegmenter } from '../../src/node/jiebaSegmenter';
import { decodeReportBytes } from '../../src/node/readReport';
import { analyzeReport, prepareReport } from '../../src/core/report';
import { alternatingRatio } from './alternatingRatio';
import { referenceShare } from './stageShare';
import { median } from './median';

const readText = (path: string): string => decodeReportBytes(readFileSync(path)).text;

function cpuMs<T>(f: () => T): [number, T] {
  const t0 = process.cpuUsage();
  const value = f();
  const t = process.cpuUsage(t0);
  return [(t.user + t.system) / 1000, value];
}

function dump(files: string[], jieba: boolean): void {
  // nodejieba loads on the first cut, not on import.
  const segmenter: Segmenter | undefined = jieba ? jiebaSegmenter : undefined;
  for (const file of files) {
    const prepared = prepareReport(readText(file));
    const result = prepared.references(prepared.indicators(segmenter));
    process.stdout.write(`${file}\t${JSON.stringify(result)}\n`);
  }
}

function time(runs: number, files: string[]): void {
  // The stage as the share times it: given the analysis' pairs (the base computes them).
  const reports = files.map((file) => {
    const prepared = prepareReport(readText(file));
    const indicators = prepared.indicators(undefined);
    return { prepared, indicators, pairs: prepared.pairs(indicators) };
  });
  // The first run of a fresh process: what an editor pays once per report version, before the JIT has warmed up.
  const [first] = cpuMs(() => {
    for (const r of reports) r.prepared.references(r.indicators, undefined, r.pairs);
  });
  for (let i = 0; i < runs; i++) for (const r of reports) r.prepared.references(r.indicators, undefined, r.pairs);
  const refs: number[] = [];
  const afterGc: number[] = [];
  const analysis: number[] = [];
  // Under `node --expose-gc`, also right after a forced full GC, which takes TurboFan's code and the hidden classes
  // no live object holds away with it (alternatingRatio.ts): the bench's forced mode.
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < runs; i++) {
    refs.push(cpuMs(() => {
      for (const r of reports) r.prepared.references(r.indicators, undefined, r.pairs);
    })[0]);
    if (gc) {
      gc();
      afterGc.push(cpuMs(() => {
        for (const r of reports) r.prepared.references(r.indicators, undefined, r.pairs);
      })[0]);
    }
    analysis.push(cpuMs(() => {
      for (const file of files) {
        const prepared = prepareReport(readText(file));
        prepared.indicators(undefined);
      }
    })[0]);
  }
  process.stdout.write(`${JSON.stringify({ first, refs: median(refs), ...(gc ? { afterGc: median(afterGc) } : {}), analysis: median(analysis) })}\n`);
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === 'dump') {
  dump(rest.filter((a) => a !== '--jieba'), rest.includes('--jieba'));
} else if (mode === 'time') {
  time(Number(rest[0]), rest.slice(1));
} else if (mode === 'share') {
  const text = readText(rest[1] as string);
  // --jieba: against the editor's analysis, whose names come from jieba (the bench's “jieba names” rows).
  const options = rest.includes('--jieba') ? { segmenter: jiebaSegmenter } : {};
  if (options.segmenter) jiebaSegmenter.load();
  const withReferences = (): number => {
    const m = analyzeReport(text, options);
    return m.indicators.length + m.references.length;
  };
  // The bench's base since session 23: the figures and their pairs, which every hover card reads (bench.ts says why).
  const withPairs = (): number => {
    const m = analyzeReport(text, options);
    return m.indicators.length + m.pairs.length;
  };
  const without = (): number => analyzeReport(text, options).indicators.length;
  const runs = Number(rest[0]);
  for (let i = 0; i < runs; i++) {
    withReferences();
    withPairs();
    without();
  }
  const gc = (globalThis as { gc?: () => void }).gc;
  const shares: Record<string, number> = {};
  for (const [label, before] of [['forced', () => gc?.()], ['steady', () => {}]] as const) {
    const alt = alternatingRatio(withReferences, withPairs, runs, before);
    shares[label] = alt.ratio.cpu - 1;
    // The CPU medians too: a share alone does not say whether the stage got cheaper or the analysis dearer.
    shares[`${label}Ms`] = alt.analysis.cpu - alt.cut.cpu;
    shares[`${label}BaseMs`] = alt.cut.cpu;
    // The measure before session 23, against the figures alone (the pairing counted as link work).
    const old = alternatingRatio(withReferences, without, runs, before);
    shares[`${label}PairsAsLinks`] = old.ratio.cpu - 1;
    shares[`${label}PairsAsLinksMs`] = old.analysis.cpu - old.cut.cpu;
    // The bench's steadier line since session 26 (stageShare.ts): the same share timed inside each run.
    const split = referenceShare(text, options, runs, before);
    shares[`${label}InRun`] = split.cpu.share;
    shares[`${label}InRunMs`] = split.cpu.stage;
    shares[`${label}InRunBaseMs`] = split.cpu.base;
    // The goal's measure since session 32 (stageShare.ts): the stage's trimmed mean over the base's, timed in place.
    shares[`${label}InRunMean`] = split.cpu.meanShare;
  }
  process.stdout.write(`${JSON.stringify(shares)}\n`);
} else if (mode === 'loop') {
  // The stage as the share times it: the pairs come from the base (the analysis' own, passed in), not from the stage.
  const reports = rest.slice(1).map((file) => {
    const prepared = prepareReport(readText(file));
    const indicators = prepared.indicators(undefined);
    return { prepared, indicators, pairs: prepared.pairs(indicators) };
  });
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < Number(rest[0]); i++) {
    gc?.();
    for (const r of reports) r.prepared.references(r.indicators, undefined, r.pairs);
  }
} else {
  process.stderr.write('usage: refStage dump FILE… [--jieba] | time RUNS FILE…\n');
  process.exitCode = 2;
}
