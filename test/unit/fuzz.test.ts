/**
 * A short, deterministic fuzz run (issue 10): mutated windows of the corpus reports keep the model's invariants
 * (test/support/invariants.ts). The long run is `npm run fuzz -- --cases 100000` (test/fuzz/main.ts).
 */
import { describe, expect, it } from 'vitest';
import { readFuzzCorpus } from '../fuzz/corpus';
import { runFuzz } from '../fuzz/run';

const CASES = 1_000;
const SEED = 20_260_310;

describe('fuzzed corpus reports', () => {
  it(`keep every invariant over ${CASES} mutated windows (seed ${SEED})`, { timeout: 60_000 }, () => {
    const reports = readFuzzCorpus('.').map((r) => r.text);
    expect(reports.length).toBeGreaterThan(10);
    const result = runFuzz({ reports, cases: CASES, seed: SEED, maxWindow: 6_000, wholeEvery: 0, batch: CASES });
    const failures = result.failures.map((f) => `replay: npm run fuzz -- --seed ${f.seed} --path ${f.path}\n${f.problems.join('\n')}`);
    expect(failures).toEqual([]);
    expect(result.cases).toBe(CASES);
  });
});
