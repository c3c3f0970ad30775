/**
 * "Cold start to first hover", run by the benchmark in a fresh child process (bundled to dist/coldHover.js):
 * from process start to the indicator card for a figure — load the bundled core, read the report file, and ask the
 * report service for the card (createReportService + getHover: the trip src/vscode/hover.ts makes) — and then,
 * separately, until nodejieba has loaded in the background.
 *
 *   node dist/coldHover.js FILE LINE TEXT [--preload-at-start | --card-only]
 *
 * Default order: the card first, then `jiebaSegmenter.preload()` (what an extension should do: nothing native on
 * the path to the first hover). With --preload-at-start, preload() is called first, as an activate() that warms
 * the segmenter would; its synchronous native load then runs in the first macrotask, i.e. while the file read
 * is awaited, and shows up in the time to the card. With --card-only, nodejieba is not loaded at all.
 *
 * Prints one JSON line (ColdHoverResult). Times are ms since this process's performance.timeOrigin (Node's
 * process start); `timeOrigin` is that origin on the wall clock, so the parent can add the spawn overhead.
 */
import { neverCancelled } from '../../src/core';
import type { IndicatorCard } from '../../src/core';
import { createReportService } from '../../src/core/service';
import { jiebaSegmenter } from '../../src/node/jiebaSegmenter';
import { readReportFile } from '../../src/node/readReport';

const scriptStartMs = performance.now();

export interface ColdHoverResult {
  timeOrigin: number;
  /** The bundle (core included) is parsed and evaluated and this script runs. */
  scriptStartMs: number;
  readMs: number;
  analyzedMs: number;
  cardMs: number;
  /** null with --card-only. */
  jiebaReadyMs: number | null;
  jiebaBackend: string;
  jiebaLoadMs: number;
  card: string | null;
  indicators: number;
}

/** The card on one line, for the benchmark's report: title and label/value rows. */
function summarize(card: IndicatorCard): string {
  return [card.title, ...card.rows.map((r) => `${r.label} ${r.value}`)].join(' | ');
}

async function main(): Promise<void> {
  const [file, lineArg, figure] = process.argv.slice(2);
  const preloadAtStart = process.argv.includes('--preload-at-start');
  const cardOnly = process.argv.includes('--card-only');
  if (!file || !lineArg || !figure) throw new Error('usage: coldHover FILE LINE TEXT [--preload-at-start | --card-only]');
  const line = Number(lineArg);
  const jiebaReady = preloadAtStart ? jiebaSegmenter.preload() : null;

  const { text } = await readReportFile(file);
  const readMs = performance.now();
  const service = createReportService({ logger: { info: () => undefined, warn: () => undefined, error: (where, err) => console.error(where, err) }, language: () => 'zh-cn' });
  const document = { uri: 'file:///cold.txt', version: 1, getText: () => text };
  const model = await service.getModel(document, neverCancelled); // the analysis with the figures, as the first hover needs it
  const analyzedMs = performance.now();
  // The cursor sits on the figure: its first occurrence on the line.
  const character = (text.split('\n')[line] ?? '').indexOf(figure);
  const hover = character < 0 ? undefined : await service.getHover(document, { line, character }, neverCancelled);
  const card = hover ? summarize(hover.card) : null;
  const cardMs = performance.now();

  let jiebaReadyMs: number | null = null;
  if (!cardOnly) {
    await (jiebaReady ?? jiebaSegmenter.preload());
    jiebaReadyMs = performance.now();
  }

  const result: ColdHoverResult = {
    timeOrigin: performance.timeOrigin,
    scriptStartMs,
    readMs,
    analyzedMs,
    cardMs,
    jiebaReadyMs,
    jiebaBackend: jiebaSegmenter.backend,
    jiebaLoadMs: jiebaSegmenter.loadTimeMs,
    card,
    indicators: model?.indicators.length ?? 0,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
