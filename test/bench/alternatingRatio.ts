/**
 * The seed's full analysis against a bare nodejieba.cut, timed run by run in alternation (a change in the machine's
 * load between two blocks of runs then hits both sides alike), by wall clock and by process CPU time, in two modes:
 *
 * - forced: a full garbage collection before every run, as bench.ts's medianTime does;
 * - steady: no forced collection between runs (the collections V8 decides on still happen).
 *
 * Why both (measured in session 10, `node --expose-gc`, the seed and four reports from outside the corpus): one
 * forced full GC before a run makes our analysis take about twice its CPU time, structure and figures alike, and the
 * cost lasts for several runs after it; under `--no-opt` the two modes take the same time, so what a full GC takes
 * away is TurboFan's optimised code (`--trace-deopt` lists functions deoptimised for “weak objects” at each GC).
 * nodejieba.cut is native code and does not care. The forced ratio is thus the analysis right after a major GC, the
 * steady one the analysis of a warm process; an editor sees both.
 *
 * What dies at the GC (session 10, `node --log-maps`: map transitions made again after warm-up; `--trace-deopt`):
 * hidden classes reached by a transition rather than a literal — fields added after the literal (`out.valueMax = …`),
 * spreads (`{ ...m, unit: null }`, a class of its own per object), class instances (their fields are transitions from
 * the constructor's initial class) — when no object of theirs is alive. Number mentions now have one literal shape
 * (src/core/numbers/mentionShape.ts), which took the forced ratio from about 2.0× to about 1.45×. Left: the outline's
 * classes (HeadingStack, OutlineParser …) and ParagraphCues still deoptimise their users; numeric literals' `value`
 * fields are generalised from Smi to double again after each GC (“Deprecate” in --log-maps); and about 150 regexps are
 * compiled again after each forced GC (`--trace-regexp-tier-up`), the same under --no-flush-bytecode. Since perf38
 * none is: what was compiled again were patterns made per call (matchAll's clone, new RegExp in a function), whose
 * compiled code V8's pattern cache drops at a major GC; src/core's lint rules keep them out.
 */
import { median } from './median';

export interface Timing {
  readonly wall: number;
  readonly cpu: number;
}

export interface AlternatingRatio {
  readonly analysis: Timing;
  readonly cut: Timing;
  /** analysis / cut, by wall clock and by CPU time (medians). */
  readonly ratio: Timing;
}

/**
 * `warmup` rounds are run first the same way, untimed. The steady mode needs them (perf38): it is timed right after the
 * forced-GC runs, whose last collection took the optimised code away, and on the seed the first 25 steady rounds read
 * about 2.0× the cut, the next 50 about 1.45×, the rest about 1.33× (0b71471a, medians of 25 rounds, three processes):
 * without them the steady median mixed that recovery into the warm process it stands for.
 */
export function alternatingRatio(analyse: () => unknown, cut: () => unknown, runs: number, beforeEach: () => void, warmup = 0): AlternatingRatio {
  for (let i = 0; i < warmup; i++) {
    beforeEach();
    analyse();
    beforeEach();
    cut();
  }
  const a = { wall: [] as number[], cpu: [] as number[] };
  const c = { wall: [] as number[], cpu: [] as number[] };
  const measure = (into: { wall: number[]; cpu: number[] }, fn: () => unknown): void => {
    beforeEach();
    const cpu0 = process.cpuUsage();
    const wall0 = performance.now();
    fn();
    into.wall.push(performance.now() - wall0);
    const cpu = process.cpuUsage(cpu0);
    into.cpu.push((cpu.user + cpu.system) / 1000);
  };
  for (let i = 0; i < runs; i++) {
    // Which side goes first alternates too, so neither always runs right after the other's garbage.
    if (i % 2 === 0) {
      measure(a, analyse);
      measure(c, cut);
    } else {
      measure(c, cut);
      measure(a, analyse);
    }
  }
  const analysis = { wall: median(a.wall), cpu: median(a.cpu) };
  const bare = { wall: median(c.wall), cpu: median(c.cpu) };
  return { analysis, cut: bare, ratio: { wall: analysis.wall / bare.wall, cpu: analysis.cpu / bare.cpu } };
}
