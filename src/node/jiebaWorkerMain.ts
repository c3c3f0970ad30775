/**
 * Worker-thread entry (bundled to dist/jiebaWorker.js): loads nodejieba with the domain lexicon as user words,
 * then segments batches of texts on request (search mode: words and the shorter words inside them). Loading takes ~1 s and ~250 MB; in a worker it never blocks the
 * extension host, and a binding that fails to load only makes this worker report the error.
 */
import { parentPort } from 'node:worker_threads';
import { allTerms } from '../core/lexicon';
import { JiebaSegmenter } from './jiebaSegmenter';

export type WorkerRequest = { readonly id: number; readonly texts: readonly string[] };
export type WorkerMessage =
  | { readonly type: 'ready'; readonly backend: string; readonly loadMs: number; readonly error: string | null }
  | { readonly type: 'result'; readonly id: number; readonly tokens: string[][] };

const port = parentPort;
if (port) {
  const segmenter = new JiebaSegmenter();
  segmenter.configure({ words: allTerms() });
  const started = Date.now();
  const ok = segmenter.load() !== null;
  port.postMessage({ type: 'ready', backend: ok ? 'nodejieba' : 'fallback', loadMs: Date.now() - started, error: segmenter.loadError } satisfies WorkerMessage);
  port.on('message', (req: WorkerRequest) => {
    port.postMessage({ type: 'result', id: req.id, tokens: req.texts.map((t) => segmenter.cutForSearch(t)) } satisfies WorkerMessage);
  });
}
