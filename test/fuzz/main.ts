/**
 * `npm run fuzz -- --cases 100000 [--seed N] [--window CHARS] [--whole-every K] [--batch N] [--path P]`: the long fuzz
 * run (issue 10). Prints progress, then the case count, the failures with the seed and path that replay each
 * (`npm run fuzz -- --seed S --path P`). Exit code 1 on a failure.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CORPUS_DIR, readFuzzCorpus } from './corpus';
import { runFuzz } from './run';

function projectRoot(): string {
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) if (existsSync(join(dir, CORPUS_DIR))) return dir;
  return process.cwd();
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function numberOption(name: string, fallback: number): number {
  const raw = option(name);
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(value)) throw new Error(`${name} needs a number, got ${raw}`);
  return value;
}

function main(): number {
  const corpus = readFuzzCorpus(projectRoot());
  const cases = numberOption('--cases', 10_000);
  const seed = numberOption('--seed', Date.now() % 2 ** 31);
  const path = option('--path');
  const started = performance.now();
  console.log(`fuzz: ${cases.toLocaleString('en-US')} cases over ${corpus.length} corpus reports, seed ${seed}${path ? `, path ${path}` : ''}`);
  let lastPrint = started;
  const result = runFuzz({
    reports: corpus.map((r) => r.text),
    cases,
    seed,
    maxWindow: numberOption('--window', 20_000),
    wholeEvery: numberOption('--whole-every', 20),
    batch: numberOption('--batch', 500),
    ...(path ? { path } : {}),
    onProgress: (done, failures) => {
      const now = performance.now();
      if (now - lastPrint < 10_000) return;
      lastPrint = now;
      console.log(`  ${done.toLocaleString('en-US')} cases, ${failures} failures, ${((now - started) / 1000).toFixed(0)} s`);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(`fuzz: ${result.cases.toLocaleString('en-US')} cases in ${seconds.toFixed(0)} s, ${result.failures.length} failures`);
  for (const f of result.failures) {
    console.log(`  FAILURE (replay: npm run fuzz -- --seed ${f.seed} --path ${f.path}) report ${corpus[f.counterexample.report % corpus.length]?.name}, ${f.textLength} chars`);
    console.log(`    case ${JSON.stringify(f.counterexample).slice(0, 600)}`);
    for (const p of f.problems.slice(0, 5)) console.log(`    ${p.split('\n')[0]}`);
  }
  return result.failures.length > 0 ? 1 : 0;
}

process.exitCode = main();
