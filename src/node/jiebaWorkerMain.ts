/**
 * Worker-thread entry (bundled to dist/jiebaWorker.js): loads nodejieba, then segments batches of texts on request.
 * Loading takes ~1 s and ~250 MB; in a worker it never blocks the extension host, and a binding that fails to load
 * only makes this worker report the error.
 *
 * Two modes per request: `search` (the default; jieba's cutForSearch, words and the shorter words inside them, for
 * grouping indicator names) and `cut` (the words in order, concatenating to the text, for term counts).
 * By default the domain lexicon is inserted as user words (indicator names stay whole); a worker started with
 * `workerData: { userWords: false }` keeps jieba's own dictionary, so that its `cut` is the CLI's word for word
 * (nodejieba's dictionary is per thread and user words cannot be taken out again).
 */
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { allTerms } from '../core/lexicon';
import { JiebaSegmenter } from './jiebaSegmenter';

export type SegmentMode = 'search' | 'cut';
/** The small dictionary's file name beside the bundle (dist/), where scripts/build.mjs copies it. */
export const SMALL_DICTIONARY = 'jieba.dict.small.utf8';
export type WorkerRequest = { readonly id: number; readonly texts: readonly string[]; readonly mode?: SegmentMode };
export type WorkerMessage =
  | { readonly type: 'ready'; readonly backend: string; readonly loadMs: number; readonly error: string | null }
  | { readonly type: 'result'; readonly id: number; readonly tokens: string[][] };
/** What the worker is started with (`new Worker(path, { workerData })`). */
export interface WorkerOptions {
  /** Insert the domain lexicon as user words (default true). */
  readonly userWords?: boolean;
  /**
   * `small`: cppjieba's small dictionary, copied beside this bundle by scripts/build.mjs (JiebaOptions.dictionary), for
   * the editor's grouping of names: it keeps ~150 MB off the extension host. nodejieba's own when absent.
   */
  readonly dictionary?: 'full' | 'small';
}

const port = parentPort;
if (port) {
  const options = (workerData ?? {}) as WorkerOptions;
  const segmenter = new JiebaSegmenter();
  if (options.userWords !== false) segmenter.configure({ words: allTerms() });
  if (options.dictionary === 'small') segmenter.configure({ dictionary: join(__dirname, SMALL_DICTIONARY) });
  const started = Date.now();
  const ok = segmenter.load() !== null;
  port.postMessage({ type: 'ready', backend: ok ? 'nodejieba' : 'fallback', loadMs: Date.now() - started, error: segmenter.loadError } satisfies WorkerMessage);
  port.on('message', (req: WorkerRequest) => {
    const segment = req.mode === 'cut' ? (t: string) => segmenter.cut(t) : (t: string) => segmenter.cutForSearch(t);
    const texts = Array.isArray(req.texts) ? req.texts : [];
    port.postMessage({ type: 'result', id: req.id, tokens: texts.map((t) => (typeof t === 'string' ? segment(t) : [])) } satisfies WorkerMessage);
  });
}
