/**
 * Benchmark (prints, never asserts). Run with `npm run bench` (build, then `node --expose-gc dist/bench.js`).
 *
 * 1. nodejieba: load time and RSS delta, measured apart from everything else.
 * 1b. The extension host's memory (hostMemory.ts): the report service hosted as the editor hosts it, in a fresh process
 *    per dictionary, RSS before and after nodejieba loads in its worker thread (goal: ≤ +150 MB).
 * 2. Seed report: warm median of the full analyzeReport (with the jieba segmenter passed, and without) against a
 *    bare nodejieba.cut of the same text, same process; the policy terms of the report (src/core/terms) beside it. Goal: analyzeReport / cut ≤ 1.5.
 *    The same ratio in alternate runs by CPU time, with and without a forced full GC before each run (alternatingRatio.ts:
 *    a forced GC costs our analysis about twice its time, not the native cut). Reference resolution:
 *    the full analysis that also reads `model.references`, minus the one that reads the figures and their target ↔
 *    actual pairs only (what every hover card reads), as a share of the latter (goal ≤ 30 %; against the figures
 *    alone too, the measure before session 23), timed in alternate runs (alternatingRatio.ts) by process CPU time (which a busy machine does not
 *    inflate), forced and steady, against the analysis without a segmenter and against the editor's (jieba names); and
 *    the same share timed inside each run (stageShare.ts), the steadier reading, by which the goal is judged — since
 *    session 32 as the stage's trimmed mean over the base's (stageShare.ts says why the whole-run difference is not).
 * 3. A 10 MB synthetic report: median of 3 analyses against the 1-second budget.
 * 3a. The extension host's main thread (mainThread.ts): open, hover and edit of the seed, a 4× report and the 10 MB
 *    report as the report service runs them (main thread or analysis worker), with the longest main-thread task.
 * 3b. Pathological inputs (pathological.ts): each generated shape at 128 KB … 2 MB, CPU time per MB and growth per
 *    doubling next to nodejieba.cut, judged from 512 KB up. `node --expose-gc dist/bench.js --pathological` runs this
 *    section alone.
 * 4. Every corpus report: median of 5 analyses, one line each.
 * 4b. The folder index (indexBench.ts): the corpus and a synthetic workspace of 1,000 reports, in fresh processes,
 *    main thread vs worker threads: seconds, reports/s, peak RSS, the main thread's longest event-loop delay.
 * 5. Cold start to first hover: a fresh `node dist/coldHover.js` process, from process start to the indicator card
 *    of the seed's “6.1%” (line 30), and separately until nodejieba has loaded in the background.
 * 6. Recognizers-Text (zh-cn number + percentage + dimension + currency) as a baseline: its time on the seed, its
 *    recall/precision on the labelled set (test/fixtures/labels, same matching rule as test/support/labels.ts),
 *    and its scaling on a 10× repetition of the seed, next to ours. Its dimension and currency recognisers grow
 *    quadratically on long text, so on whole texts they only run on short prefixes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { version as rtVersion } from '@microsoft/recognizers-text-suite/package.json';
import { analyzeReport } from '../../src/core';
import type { AnalyzeOptions, Indicator } from '../../src/core';
import { termFrequencies } from '../../src/core/terms';
import { clearMemos } from '../../src/core/memo';
import { jiebaSegmenter } from '../../src/node/jiebaSegmenter';
import { readReportFile } from '../../src/node/readReport';
import { pooled, readLabels, score, scoreLine, sealedReports } from '../support/labels';
import type { Score } from '../support/labels';
import type { ColdHoverResult } from './coldHover';
import { mergeSpans, recognize, recognizeByLine, toIndicators } from './recognizersText';
import type { RtModelName } from './recognizersText';
import { buildSyntheticReport, realParagraphs } from './synthetic';
import { INDEX_RUN_FLAG, indexBench, indexRun } from './indexBench';
import { PATHOLOGICAL_FLAG, pathologicalBench } from './pathological';
import { mainThreadBench } from './mainThread';
import { HOST_MEMORY_FLAG, hostMemoryBench, hostMemoryRun } from './hostMemory';
import { alternatingRatio } from './alternatingRatio';
import { referenceShare } from './stageShare';
import { median } from './median';

const SEED_RELATIVE = 'test/fixtures/corpus/000_4ff7010d533e2b03.txt';
// The reports analysed, untimed, before each run of the other-reports line (dev texts, not the seed): 2018's national
// report and 河北 2021, about 170 K characters between them, so fewer runs than the other lines.
const OTHER_REPORTS = ['test/fixtures/corpus/national/2018.txt', 'test/fixtures/corpus/local/hebei-2021.txt'];
const OTHER_RUNS = 31;
const OTHER_WARMUP = 10;
const CORPUS_RELATIVE = 'test/fixtures/corpus';
const LABELS_RELATIVE = 'test/fixtures/labels';
// The figure whose card the cold-start run renders: the seed's “6.1%” on line 30 (0-based).
const HOVER_LINE = 30;
const HOVER_TEXT = '6.1%';
const COLD_RUNS = 3;
const RATIO_GOAL = 1.5;
const REFERENCE_COST_GOAL = 0.3;
const REPEAT = 10;
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

// Untimed alternated rounds before the steady runs (alternatingRatio.ts says why): enough for the seed's analysis to
// come back from the forced-GC runs before it (about 75 rounds, perf38).
const STEADY_WARMUP = 100;
/**
 * The alternated lines' modes: forced GC; steady as timed until session 37 (right after the forced runs, printed for
 * comparison, not judged); and steady after STEADY_WARMUP untimed rounds, the warm process the line stands for.
 */
const ALTERNATED_MODES: ReadonlyArray<readonly [string, () => void, number]> = [
  ['forced GC', collect, 0],
  ['steady, no warm-up (old, not judged)', () => {}, 0],
  ['steady', () => {}, STEADY_WARMUP],
];

function projectRoot(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, SEED_RELATIVE))) return dir;
    if (dirname(dir) === dir) break;
  }
  return process.cwd();
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
  console.log(`  ${label.padEnd(44)} ${value.padStart(12)}${note ? `   ${note}` : ''}`);
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const ratio = (x: number): string => `${x.toFixed(2)}×`;

function listReports(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...listReports(path));
    else if (entry.endsWith('.txt')) out.push(path);
  }
  return out;
}

/** Runs dist/coldHover.js in fresh processes and prints the median milestones. */
function coldHover(seedPath: string): void {
  const script = join(__dirname, 'coldHover.js');
  console.log(`cold start to first hover (fresh \`node dist/coldHover.js\`, the seed's “${HOVER_TEXT}” on line ${HOVER_LINE}), median of ${COLD_RUNS}`);
  if (!existsSync(script)) {
    row('not built', '—', `${script} is missing (npm run build)`);
    console.log('');
    return;
  }
  const runChild = (extra: string[]): (ColdHoverResult & { spawnToStartMs: number }) | null => {
    const spawnedAt = performance.timeOrigin + performance.now();
    const child = spawnSync(process.execPath, [script, seedPath, String(HOVER_LINE), HOVER_TEXT, ...extra], { encoding: 'utf8' });
    const out = child.stdout.trim().split('\n').pop() ?? '';
    if (child.status !== 0 || !out.startsWith('{')) {
      row('failed', '—', (child.stderr || child.error?.message || `exit ${child.status}`).split('\n')[0] ?? '');
      return null;
    }
    const result = JSON.parse(out) as ColdHoverResult;
    return { ...result, spawnToStartMs: result.timeOrigin - spawnedAt };
  };
  // nodejieba's background load is timed in the first run only (it takes a second and varies little).
  const runs = Array.from({ length: COLD_RUNS }, (_, k) => runChild(k === 0 ? [] : ['--card-only'])).filter((r) => r !== null);
  if (runs.length === 0) {
    console.log('');
    return;
  }
  const med = (pick: (r: ColdHoverResult & { spawnToStartMs: number }) => number): number => median(runs.map(pick));
  row('spawn → node process start', ms(med((r) => r.spawnToStartMs)));
  row('start → bundle evaluated (core loaded)', ms(med((r) => r.scriptStartMs)));
  row('start → file read', ms(med((r) => r.readMs)));
  row('start → analyzeReport done', ms(med((r) => r.analyzedMs)), `${runs[0]?.indicators ?? 0} indicators`);
  row('start → first card', ms(med((r) => r.cardMs)), runs[0]?.card ?? `NO indicator at line ${HOVER_LINE}`);
  row('spawn → first card', ms(med((r) => r.spawnToStartMs + r.cardMs)));
  const withJieba = runs.find((r) => r.jiebaReadyMs !== null);
  if (withJieba) {
    row('start → nodejieba ready (after card)', ms(withJieba.jiebaReadyMs ?? 0), `1 run; backend ${withJieba.jiebaBackend}, the load itself ${ms(withJieba.jiebaLoadMs)}`);
  }
  const early = runChild(['--preload-at-start']);
  if (early) {
    row('preload() at start → first card', ms(early.cardMs), 'one run: the sync native load runs while the read is awaited');
    row('preload() at start → nodejieba ready', ms(early.jiebaReadyMs ?? 0));
  }
  console.log('');
}

/** The seed repeated: copy k > 0 has every non-blank line tagged “〔B〕”…, so ours does not drop copies 2..n as a page holding the report twice. */
function repeatTagged(text: string, times: number): string {
  const copies: string[] = [text];
  for (let k = 1; k < times; k++) {
    const tag = `〔${String.fromCharCode(0x41 + k)}〕`;
    copies.push(text.replace(/[^\S\n]*$/gmu, '').replace(/^(.*\S)$/gmu, `$1${tag}`));
  }
  return copies.join('\n');
}

function timeOnce<T>(fn: () => T): { ms: number; value: T } {
  collect();
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

async function recognizersText(root: string, seed: string, oursSeedMs: number): Promise<void> {
  const models: RtModelName[] = ['number', 'percentage', 'dimension', 'currency'];
  console.log(`Recognizers-Text ${rtVersion} (zh-cn: ${models.join(' + ')}) vs ours`);
  const first = timeOnce(() => recognize('2020年增长6.1%，达到2万亿元，建成139.6公里。', models));
  row('first call (builds its recognizers)', ms(first.ms));
  // Warm the per-line path on a few lines, then one timed pass (a pass takes seconds, medians would not fit).
  recognizeByLine(seed.split('\n').slice(0, 40).join('\n'), models);
  const seedByLine = timeOnce(() => recognizeByLine(seed, models));
  row('seed, line by line, 1 run', ms(seedByLine.ms), `ours (analyzeReport) ${ms(oursSeedMs)}: Recognizers-Text takes ${ratio(seedByLine.ms / oursSeedMs)}`);
  const perModel = new Map<RtModelName, number>();
  for (const span of seedByLine.value) perModel.set(span.model, (perModel.get(span.model) ?? 0) + 1);
  row('  spans (before merging overlaps)', String(seedByLine.value.length), models.map((m) => `${m} ${perModel.get(m) ?? 0}`).join(', '));

  // Whole text: number and percentage measured; dimension and currency grow quadratically (the whole seed takes
  // them tens of seconds), so they run on 1/16 and 1/8 of the seed only, to show the growth.
  const wholeFast = timeOnce(() => recognize(seed, ['number', 'percentage']));
  row('seed, whole text: number + percentage', ms(wholeFast.ms));
  const slow: RtModelName[] = ['dimension', 'currency'];
  const n1 = Math.floor(seed.length / 16);
  const n2 = Math.floor(seed.length / 8);
  const t1 = timeOnce(() => recognize(seed.slice(0, n1), slow)).ms;
  const t2 = timeOnce(() => recognize(seed.slice(0, n2), slow)).ms;
  const exponent = Math.log(t2 / t1) / Math.log(n2 / n1);
  row(`seed, whole text: dimension + currency`, 'not run', `too slow on ${seed.length.toLocaleString('en-US')} chars, see the prefixes:`);
  row(`  first ${n1.toLocaleString('en-US')} chars`, ms(t1));
  row(`  first ${n2.toLocaleString('en-US')} chars`, ms(t2), `2× the text, ${ratio(t2 / t1)} the time (∝ length^${exponent.toFixed(1)})`);
  console.log('');

  // Quality on the labelled set, same rule as test/support/labels.ts `score`.
  console.log(`labelled set (${LABELS_RELATIVE}): recall / precision, same matching rule as test/support/labels.ts`);
  const labelsDir = join(root, LABELS_RELATIVE);
  const totals = { labels: 0, oursFound: 0, oursGot: 0, oursMatched: 0, rtFound: 0, rtGot: 0, rtMatched: 0, rtMs: 0 };
  const sealed = sealedReports();
  const parts: { dev: Score[]; sealed: Score[] } = { dev: [], sealed: [] };
  for (const name of readdirSync(labelsDir).filter((f) => f.endsWith('.indicators.jsonl')).sort()) {
    const corpusPath = `${name.replace('.indicators.jsonl', '').replace(/__/g, '/')}.txt`;
    const { text } = await readReportFile(join(root, CORPUS_RELATIVE, corpusPath));
    const labels = readLabels(join(labelsDir, name), text);
    const ours = score(labels, analyzeReport(text).indicators);
    parts[sealed.has(corpusPath) ? 'sealed' : 'dev'].push(ours);
    const rtRun = text === seed ? seedByLine : timeOnce(() => recognizeByLine(text, models));
    const rtIndicators: Indicator[] = toIndicators(text, mergeSpans(rtRun.value));
    const rt = score(labels, rtIndicators);
    totals.labels += labels.length;
    totals.oursFound += ours.found;
    totals.oursGot += ours.found + ours.spurious.length;
    totals.oursMatched += ours.found;
    totals.rtFound += rt.found;
    totals.rtGot += rtIndicators.length;
    totals.rtMatched += rtIndicators.length - rt.spurious.length;
    totals.rtMs += rtRun.ms;
    // A sealed report counts in the totals but gets no line of its own: its numbers are never looked at one by one.
    if (!sealed.has(corpusPath)) {
      row(corpusPath, `${labels.length} labels`, `ours R ${pct(ours.recall)} P ${pct(ours.precision)} | Recognizers-Text R ${pct(rt.recall)} P ${pct(rt.precision)} (${rtIndicators.length} spans, ${ms(rtRun.ms)})`);
    }
  }
  row(
    'all labelled reports',
    `${totals.labels} labels`,
    `ours R ${pct(totals.oursFound / totals.labels)} P ${pct(totals.oursMatched / Math.max(1, totals.oursGot))} | Recognizers-Text R ${pct(totals.rtFound / totals.labels)} P ${pct(totals.rtMatched / Math.max(1, totals.rtGot))}`,
  );
  console.log('  (Recognizers-Text spans: the four recognisers merged, longest span wins an overlap; a span counts when it overlaps the label on its line.)');
  // Every field, pooled per part: the dev part is tuned on, the sealed part (test/fixtures/labels/split.json) never.
  for (const [part, scores] of Object.entries(parts)) console.log(`  ${scoreLine(`${part} (${scores.length} reports, ${pooled(scores).labels} figures)`, pooled(scores))}`);
  console.log('');

  // Scaling on 10 × the seed.
  const repeated = Array.from({ length: REPEAT }, () => seed).join('\n');
  const tagged = repeatTagged(seed, REPEAT);
  console.log(`scaling: ${REPEAT} × the seed (${tagged.length.toLocaleString('en-US')} chars)`);
  analyzeReport(tagged);
  const oursSeedNow = medianTime(5, () => analyzeReport(seed).indicators.length);
  const oursPlain = medianTime(3, () => analyzeReport(repeated).indicators.length);
  const oursTagged = medianTime(3, () => analyzeReport(tagged).indicators.length);
  const plainCount = analyzeReport(repeated).indicators.length;
  const taggedCount = analyzeReport(tagged).indicators.length;
  row(`ours, ${REPEAT} identical copies`, ms(oursPlain), `${plainCount} indicators: copies 2..${REPEAT} are dropped as a page holding the report twice`);
  row(`ours, ${REPEAT} copies (lines tagged 〔B〕…)`, ms(oursTagged), `${taggedCount} indicators, ${ratio(oursTagged / oursSeedNow)} the seed's time (${ms(oursSeedNow)} here)`);
  const rtTaggedByLine = timeOnce(() => recognizeByLine(tagged, models));
  row('Recognizers-Text, line by line', ms(rtTaggedByLine.ms), `${ratio(rtTaggedByLine.ms / seedByLine.ms)} its seed time; ${ratio(rtTaggedByLine.ms / oursTagged)} ours`);
  const rtWholeFast = timeOnce(() => recognize(tagged, ['number', 'percentage']));
  row('Recognizers-Text, whole: number + percentage', ms(rtWholeFast.ms), `${ratio(rtWholeFast.ms / wholeFast.ms)} its seed time (linear would be ${REPEAT}×)`);
  row('Recognizers-Text, whole: dimension + currency', 'not run', `length^${exponent.toFixed(1)} from the prefixes above`);
  console.log('');
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

  // 1b. The extension host's memory with nodejieba loaded in its worker thread, full and small dictionary.
  hostMemoryBench(__filename, seedPath, row);

  // 2. Seed: outline alone (what the Outline view waits for) and the full analysis (outline + every figure bound,
  // what the first hover waits for) vs bare segmentation. analyzeReport binds figures lazily, on first access.
  console.log(`seed report (${relative(root, seedPath)}, ${seed.length.toLocaleString('en-US')} chars), warm median of ${RUNS}`);
  const withJieba = jieba ? { segmenter: jiebaSegmenter } : {};
  const full = (options: AnalyzeOptions = {}): number => analyzeReport(seed, options).indicators.length;
  for (let i = 0; i < WARMUP; i++) {
    analyzeReport(seed);
    full();
    full(withJieba);
    jieba?.cut(seed);
  }
  const outlineMs = medianTime(RUNS, () => analyzeReport(seed));
  row('outline (analyzeReport, figures not read)', ms(outlineMs));
  const analyzeMs = medianTime(RUNS, () => full());
  row('full analysis (no segmenter)', ms(analyzeMs));
  let analyzeJiebaMs = analyzeMs;
  if (jieba) {
    analyzeJiebaMs = medianTime(RUNS, () => full(withJieba));
    row('full analysis (jieba segmenter)', ms(analyzeJiebaMs));
    const cutMs = medianTime(RUNS, () => jieba.cut(seed));
    row('nodejieba.cut (bare)', ms(cutMs));
    const o = outlineMs / cutMs;
    row('outline / cut', ratio(o), `goal well under 0.2× ${o < 0.2 ? '(met)' : '(NOT met)'}`);
    // The same ratio in alternate runs by CPU time, forced GC and steady (proposed in session 15, printed beside the
    // line above for one session): the line above times 101 outlines, then 101 cuts, by wall clock, so a change in the
    // machine's load between the two blocks moves the ratio (0.23–0.24× on a quiet machine, 0.15–0.20× in alternating
    // fresh processes on a busy one); the full analysis has been timed this way since session 10.
    for (const [mode, before, warmup] of ALTERNATED_MODES) {
      const alt = alternatingRatio(() => analyzeReport(seed), () => jieba.cut(seed), RUNS, before, warmup);
      row(`outline / cut, alternate runs, ${mode}`, ratio(alt.ratio.cpu), `CPU ${ms(alt.analysis.cpu)} / ${ms(alt.cut.cpu)} ${alt.ratio.cpu < 0.2 ? '(met)' : '(NOT met)'}; wall ${ratio(alt.ratio.wall)}`);
    }
    const r = analyzeJiebaMs / cutMs;
    row('full analysis (jieba) / cut', ratio(r), `goal ≤ ${RATIO_GOAL}× ${r <= RATIO_GOAL ? '(met)' : '(NOT met)'}`);
    row('full analysis (no segmenter) / cut', ratio(analyzeMs / cutMs));
    // The same ratio in alternate runs, by CPU time too, with and without a forced full GC before each run
    // (alternatingRatio.ts says why the two differ).
    for (const [mode, before, warmup] of ALTERNATED_MODES) {
      const alt = alternatingRatio(() => full(withJieba), () => jieba.cut(seed), RUNS, before, warmup);
      const met = alt.ratio.cpu <= RATIO_GOAL ? '(met)' : '(NOT met)';
      row(`full (jieba) / cut, alternate runs, ${mode}`, ratio(alt.ratio.cpu), `CPU ${ms(alt.analysis.cpu)} / ${ms(alt.cut.cpu)} ${met}; wall ${ratio(alt.ratio.wall)}`);
    }
    // The lines above time the seed after a hundred analyses of the same text, so the name memos (memo.ts) hold every
    // answer it asks: a first analysis of a report fills them itself. Printed, not judged (perf38: steady, 8.1–8.3 ms with
    // the memos warm, 11.3–11.7 ms cleared, in one process): which one the goal means is the lead's call. (Since perf39
    // clearMemos forgets the group keys' memo too, extract.ts groupKeyOf's jieba calls: perf38's cleared line had them warm.)
    const firstRead = alternatingRatio(() => full(withJieba), () => jieba.cut(seed), RUNS, clearMemos, STEADY_WARMUP);
    row(
      'full (jieba) / cut, steady, memos cleared',
      ratio(firstRead.ratio.cpu),
      `CPU ${ms(firstRead.analysis.cpu)} / ${ms(firstRead.cut.cpu)}: each analysis as a first one of this text, not judged; wall ${ratio(firstRead.ratio.wall)}`,
    );
    // What an analyst opening a report feels (proposed in perf39 as the line to judge against the goal; not judged
    // until the lead says so): a process that has analysed *other* reports, its memos warm from their names and cold for
    // this one's. Before each run the memos are cleared and two other dev reports analysed, untimed. perf39 measured
    // (esbuild bundles of src/core + jiebaSegmenter per commit, alternated run by run in one process, process CPU, on a
    // machine at load 14 on 2 cores): clearing the group keys' memo too took the cleared line from 13.9 to 16.6 ms
    // (2.4× → 2.9× the cut: the jieba calls it had never timed); cleanName's cue tests then took 6–13% off it and
    // 2–10% off this line, none off the steady one. This line read 2.3–3.1× the cut, the cleared one 2.6–3.0×.
    const others = OTHER_REPORTS.map((file) => readFileSync(join(root, file), 'utf8'));
    const afterOthers = (): number => {
      clearMemos();
      // (Figures are bound lazily: reading them is what analyses a report whole.)
      let figures = 0;
      for (const text of others) figures += analyzeReport(text, withJieba).indicators.length;
      return figures;
    };
    const otherRead = alternatingRatio(() => full(withJieba), () => jieba.cut(seed), OTHER_RUNS, afterOthers, OTHER_WARMUP);
    row(
      'full (jieba) / cut, memos warm from other reports',
      ratio(otherRead.ratio.cpu),
      `CPU ${ms(otherRead.analysis.cpu)} / ${ms(otherRead.cut.cpu)}: a first analysis of this text after ${OTHER_REPORTS.length} others, proposed, not judged; wall ${ratio(otherRead.ratio.wall)}`,
    );
    // Policy terms of the report (govreport terms, Compare Terms with Last Year): dictionary and quoted terms matched
    // on the text, the rest cut by jieba.
    for (let i = 0; i < WARMUP; i++) termFrequencies(seed, { segmenter: jiebaSegmenter });
    const termsMs = medianTime(RUNS, () => termFrequencies(seed, { segmenter: jiebaSegmenter }));
    row('policy terms (jieba)', ms(termsMs));
    row('policy terms / cut', ratio(termsMs / cutMs));
  }
  // Reference resolution: the same full analysis, also reading model.references, against the one that does not —
  // timed in alternation (alternatingRatio.ts), by CPU time, right after a forced GC and in a warm process; and
  // against the analysis without a segmenter (the stricter: the smaller base) as well as against the one the editor
  // runs, whose names come from jieba.
  // The goal's base is what a first hover waits for: the figures and their target ↔ actual pairs, which every hover
  // card reads (card.ts counterpartOf → model.pairs, in the worker too) and the links then take as they are
  // (buildReferences is handed the model's pairs). Against the figures alone, as until session 23, the pairing — a
  // fifth to a third of the reference stage on the seed (CPU profiles and alternated runs, session 23) — was counted
  // as link work though no hover can skip it; that line is still printed, for comparison with earlier sessions.
  const withReferences = (options: AnalyzeOptions = {}) => (): number => {
    const m = analyzeReport(seed, options);
    return m.indicators.length + m.references.length;
  };
  const withPairs = (options: AnalyzeOptions = {}) => (): number => {
    const m = analyzeReport(seed, options);
    return m.indicators.length + m.pairs.length;
  };
  for (let i = 0; i < WARMUP; i++) {
    withReferences()();
    withPairs()();
  }
  const bases: Array<[string, AnalyzeOptions]> = [['no segmenter', {}], ...(jieba ? [['jieba names', withJieba] as [string, AnalyzeOptions]] : [])];
  for (const [base, options] of bases) {
    for (const [mode, before] of [['forced GC', collect], ['steady', () => {}]] as const) {
      const alt = alternatingRatio(withReferences(options), withPairs(options), RUNS, before);
      const share = alt.ratio.cpu - 1;
      // Not judged (perf32, stageShare.ts): a difference of two medians of different runs reads the base's chance
      // shift between them (±10 % of the base) and part of its tail as stage.
      row(
        `reference resolution cost, ${base}, ${mode}`,
        pct(share),
        `CPU ${ms(alt.analysis.cpu - alt.cut.cpu)} of ${ms(alt.cut.cpu)} (figures and pairs); whole runs' medians differenced: not judged, see “timed inside each run”; wall ${pct(alt.ratio.wall - 1)}`,
      );
      const old = alternatingRatio(withReferences(options), () => full(options), RUNS, before);
      row(`  pairs counted as links (before session 23)`, pct(old.ratio.cpu - 1), `CPU ${ms(old.analysis.cpu - old.cut.cpu)} of ${ms(old.cut.cpu)} (figures alone); wall ${pct(old.ratio.wall - 1)}`);
      // The same share timed inside each run (stageShare.ts): the base, then the references of the same model, a CPU
      // reading between — no difference of two medians taken over different runs, which read the same code anywhere
      // from 14 % to 42 % from one fresh process to the next on a loaded machine (session 26; timed inside the run,
      // 19–25 %). The steadier line: judge the goal by this one.
      // Judged since session 32 by the trimmed means' ratio (stageShare.ts: it counts the GC the stage's own allocation
      // causes, which the median of the runs' ratios drops when fewer than half the runs pay one).
      const split = referenceShare(seed, options, RUNS, before);
      const splitMet = split.cpu.meanShare <= REFERENCE_COST_GOAL ? '(met)' : '(NOT met)';
      row(
        `  timed inside each run`,
        pct(split.cpu.meanShare),
        `stage / base by trimmed means, the goal's measure; goal ≤ ${pct(REFERENCE_COST_GOAL)} ${splitMet}; median of the runs' ratios ${pct(split.cpu.share)} (CPU medians ${ms(split.cpu.stage)} of ${ms(split.cpu.base)}); wall ${pct(split.wall.meanShare)}`,
      );
    }
  }
  const model = analyzeReport(seed);
  row('outline nodes (top level), indicators, references', `${model.outline.length}, ${model.indicators.length}, ${model.references.length}`);
  console.log('');

  // 3. 10 MB synthetic report.
  const synthetic = buildSyntheticReport(realParagraphs(seed), SYNTHETIC_BYTES);
  const syntheticBytes = Buffer.byteLength(synthetic, 'utf8');
  console.log(`synthetic report (${mb(syntheticBytes)} UTF-8, ${synthetic.length.toLocaleString('en-US')} chars, ${synthetic.split('\n').length.toLocaleString('en-US')} lines), median of 3`);
  analyzeReport(synthetic);
  const syntheticMs = medianTime(3, () => analyzeReport(synthetic));
  row('outline', ms(syntheticMs));
  row('share of the 1 s budget', (syntheticMs / BUDGET_MS).toFixed(3), syntheticMs <= BUDGET_MS ? '(within budget)' : '(OVER budget)');
  const syntheticFullMs = medianTime(3, () => analyzeReport(synthetic).indicators.length);
  row('full analysis (first hover on it)', ms(syntheticFullMs), `${analyzeReport(synthetic).indicators.length.toLocaleString('en-US')} figures`);
  console.log('');

  // 3a. The extension host's main thread: open, hover, edit on the seed, a large and the 10 MB report.
  await mainThreadBench(root, [
    { label: 'seed (苏州 2021)', text: seed },
    { label: 'hebei-2010 ×4', text: readFileSync(join(root, 'test/fixtures/corpus/local/hebei-2010.txt'), 'utf8').repeat(4) },
    { label: `synthetic ${mb(syntheticBytes)}`, text: synthetic },
  ]);
  console.log('');

  // 3b. Pathological inputs: the quadratic paths issue 10 is about, apart from the real-report figures above.
  pathologicalBench(jieba);

  // 4. Each corpus report.
  console.log('corpus reports, full analysis, median of 5');
  for (const path of listReports(join(root, CORPUS_RELATIVE))) {
    const { text, encoding } = await readReportFile(path);
    void analyzeReport(text).indicators;
    const t = medianTime(5, () => analyzeReport(text).indicators.length);
    const name = relative(join(root, CORPUS_RELATIVE), path);
    row(name, ms(t), `${text.length.toLocaleString('en-US')} chars${encoding === 'utf-8' ? '' : `, ${encoding}`}`);
  }
  console.log('');

  // 4b. The folder index: the corpus and 1,000 synthetic reports, in fresh processes.
  await indexBench(root, join(root, CORPUS_RELATIVE), __filename, row);

  // 5. Cold start to first hover (fresh processes; after the in-process figures so they do not share the machine).
  coldHover(seedPath);

  // 6. Recognizers-Text, last: its seconds of allocation must not disturb the figures above.
  await recognizersText(root, seed, analyzeMs);

  console.log(`benchmark total ${(performance.now() / 1000).toFixed(1)} s since process start`);
}

async function pathologicalOnly(): Promise<void> {
  console.log(`GovReport Lens benchmark, pathological section — node ${process.version}, ${process.platform}/${process.arch}`);
  console.log('');
  // Optional `--sizes 16,32,64` (KB) and `--shapes a,b`: quick looks while fixing one path.
  const list = (flag: string): string[] | undefined => {
    const at = process.argv.indexOf(flag);
    return at >= 0 ? (process.argv[at + 1] ?? '').split(',').filter(Boolean) : undefined;
  };
  pathologicalBench(jiebaSegmenter.load(), list('--sizes')?.map(Number), list('--shapes'));
}

// `node dist/bench.js --index-run DIR WORKERS`: one run of the folder index, in the fresh process indexBench starts.
// `node dist/bench.js --host-memory-run SEED full|small`: one run of hostMemory.ts, in the fresh process it starts.
// `node dist/bench.js --pathological`: section 3b alone (the whole benchmark takes minutes).
const indexRunAt = process.argv.indexOf(INDEX_RUN_FLAG);
const hostMemoryAt = process.argv.indexOf(HOST_MEMORY_FLAG);
const entry =
  hostMemoryAt >= 0
    ? hostMemoryRun(__dirname, process.argv[hostMemoryAt + 1] ?? '', process.argv[hostMemoryAt + 2] === 'full' ? 'full' : 'small')
    : indexRunAt >= 0
    ? indexRun(process.argv[indexRunAt + 1] ?? '.', Number(process.argv[indexRunAt + 2] ?? 0), join(__dirname, 'cli.js'))
    : process.argv.includes(PATHOLOGICAL_FLAG)
      ? pathologicalOnly()
      : main();
entry.catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exitCode = 1;
});
