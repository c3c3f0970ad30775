/**
 * A later stage's share of an analysis, timed inside each run: the run does the base (the analysis up to what the stage
 * reads) and then the stage, with a CPU reading between the two, so that both parts of one share come from one run.
 *
 * Why (session 26): the bench read the reference stage's share as the difference of two alternated medians — the
 * analysis that reads the references against the one that reads the figures and pairs (alternatingRatio.ts) — a 3–10 ms
 * difference of two 12–28 ms medians, each taken over different runs. On the seed, the same code (main b950749) read
 * 14–42 % after a forced GC and 23–32 % steady (no segmenter; ten readings in seven fresh processes, load average
 * 13–21 on two cores: standard deviations of 7 and 3 points), so that a reading on either side of the 30 % goal said
 * nothing. Timed inside each run, the same processes read 19–25 % and 20–22 % (deviations of 1.8 and 0.8 points; 0.2–1.9
 * for the median of the per-run ratios, which cancels a stretch of load that slows both parts of one run). The two do
 * not agree in level either: the alternated difference read 5–13 points higher at its median, most after a forced
 * GC, where it put 5–11 ms on the references that the stage, timed where it runs, never took (4–6 ms).
 *
 * Why the two differ (session 32, perf32: the seed, no segmenter, 101 alternated runs per process, six fresh processes
 * forced and six steady, the analysis that reads the references split in place beside the one that does not): not by
 * setup, GC or caches the references would build in the base — the base timed inside the runs that go on to the stage
 * costs what the runs without it cost (trimmed means within ±5 %, the medians' shift −10…+12 % of the base from one
 * process to the next, centred on 0). The whole-run difference is the difference of two medians of different runs, each
 * run's spread (interquartile 2–3 ms) as large as the stage itself (2.6–2.8 ms), so it reads the base's chance shift as
 * stage: steady 28–36 % where the same runs timed in place read 25–29 %; forced 19–40 % against 19–23 %. And medians do
 * not add: the median of base + stage stands above the median of the base plus that of the stage when both have a tail
 * on the right (GC pauses, a busy machine), so the difference puts part of the base's tail on the stage too.
 * `meanShare` is the measure the goal is judged by since then: the stage's trimmed mean over the base's, both timed in
 * place — it counts the collections the stage's own allocation causes in the proportion they happen (the median of
 * the runs' ratios drops them whenever fewer than half the runs pay one), and drops the most disturbed runs.
 */
import { analyzeReport } from '../../src/core/report';
import type { AnalyzeOptions } from '../../src/core/report';
import { median, trimmedMean } from './median';

export interface StageTiming {
  /** Medians of the base's and of the stage's milliseconds. */
  readonly base: number;
  readonly stage: number;
  /** The median of the runs' stage / base: the stage's share of the base, run by run. */
  readonly share: number;
  /** The stage's trimmed mean over the base's (median.ts trimmedMean): the share with the stage's own GC counted. */
  readonly meanShare: number;
}

export interface StageShare {
  /** By process CPU time (what a busy machine does not inflate). */
  readonly cpu: StageTiming;
  readonly wall: StageTiming;
}

const cpuMs = (t: NodeJS.CpuUsage): number => (t.user + t.system) / 1000;

export function stageShare<T>(base: () => T, stage: (value: T) => unknown, runs: number, beforeEach: () => void): StageShare {
  const cpu = { base: [] as number[], stage: [] as number[], share: [] as number[] };
  const wall = { base: [] as number[], stage: [] as number[], share: [] as number[] };
  for (let i = 0; i < runs; i++) {
    beforeEach();
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    const value = base();
    const c1 = process.cpuUsage();
    const w1 = performance.now();
    stage(value);
    const c2 = process.cpuUsage();
    const w2 = performance.now();
    const b = cpuMs(c1) - cpuMs(c0);
    const s = cpuMs(c2) - cpuMs(c1);
    cpu.base.push(b);
    cpu.stage.push(s);
    cpu.share.push(s / b);
    wall.base.push(w1 - w0);
    wall.stage.push(w2 - w1);
    wall.share.push((w2 - w1) / (w1 - w0));
  }
  const medians = (t: typeof cpu): StageTiming => ({ base: median(t.base), stage: median(t.stage), share: median(t.share), meanShare: trimmedMean(t.stage) / trimmedMean(t.base) });
  return { cpu: medians(cpu), wall: medians(wall) };
}

/**
 * The reference stage's share of one report's analysis (the figures and their pairs, then `model.references`), as the
 * bench and refStage.ts both read it.
 */
export function referenceShare(text: string, options: AnalyzeOptions, runs: number, beforeEach: () => void): StageShare {
  return stageShare(
    () => {
      const m = analyzeReport(text, options);
      void m.indicators.length;
      void m.pairs.length;
      return m;
    },
    (m) => m.references.length,
    runs,
    beforeEach,
  );
}
