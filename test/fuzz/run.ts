/**
 * One fuzz run: fast-check cases (mutations.ts) over the corpus, each checked against the model's invariants
 * (test/support/invariants.ts). Used by the short run in the unit tests and by `npm run fuzz` (main.ts).
 *
 * fast-check stops a run at its first failure (and shrinks it), so a long run is cut into batches, each with its own
 * seed: a failure ends its batch only, is counted, and is printed with the seed and path that replay it.
 */
import fc from 'fast-check';
import { checkText } from '../support/invariants';
import { applyCase, fuzzCase } from './mutations';
import type { FuzzCase } from './mutations';

export interface FuzzOptions {
  readonly reports: readonly string[];
  readonly cases: number;
  readonly seed: number;
  /** Largest window of a report a case takes (the whole report in one case of `wholeEvery`). */
  readonly maxWindow: number;
  readonly wholeEvery: number;
  readonly batch: number;
  /** fast-check's replay path of a counterexample (with its batch seed as `seed`): runs that case only. */
  readonly path?: string;
  readonly onProgress?: (done: number, failures: number) => void;
}

export interface FuzzFailure {
  readonly seed: number;
  readonly path: string;
  readonly problems: readonly string[];
  readonly counterexample: FuzzCase;
  readonly textLength: number;
}

export interface FuzzResult {
  readonly cases: number;
  readonly failures: FuzzFailure[];
}

export function runFuzz(options: FuzzOptions): FuzzResult {
  const { reports } = options;
  const failures: FuzzFailure[] = [];
  let cases = 0;
  const arbitrary = fuzzCase(reports.length, options.maxWindow, options.wholeEvery);
  const property = fc.property(arbitrary, (c) => {
    return checkText(applyCase(reports, c)).problems.length === 0;
  });
  for (let batch = 0; cases < options.cases; batch++) {
    const seed = (options.seed + batch) | 0;
    const numRuns = Math.min(options.batch, options.cases - cases);
    const details = fc.check(property, { seed, numRuns, ...(options.path ? { path: options.path } : {}) });
    cases += details.numRuns;
    if (details.failed && details.counterexample) {
      const counterexample = details.counterexample[0];
      const text = applyCase(reports, counterexample);
      failures.push({ seed, path: details.counterexamplePath ?? '', problems: checkText(text).problems, counterexample, textLength: text.length });
    }
    options.onProgress?.(cases, failures.length);
    if (options.path) break;
  }
  return { cases, failures };
}
