/**
 * The report service's analysis runners for Node hosts (the editor): the core's inlineRunner for small texts, the
 * analysis worker (analysisClient.ts) for large ones, by the thresholds of analysisProtocol.ts. The CLI and the
 * tests run everything inline and need none of this.
 */
import { inlineRunner } from '../core/service';
import type { AnalysisRunner, RunningAnalysis } from '../core/service';
import { AnalysisClient } from './analysisClient';
import { FULL_MODEL_CHARS, MAIN_THREAD_CHARS } from './analysisProtocol';

export interface WorkerRunner extends AnalysisRunner {
  dispose(): void;
}

/**
 * A runner that analyses texts over `inlineUpTo` characters in its own worker thread (the default: documents larger
 * than MAIN_THREAD_CHARS; 0 = every text, for background work such as the workspace index). Figures of texts over
 * FULL_MODEL_CHARS stay in the worker, and hovers ask it for their card.
 */
export function workerRunner(options: { readonly inlineUpTo?: number; readonly client?: AnalysisClient } = {}): WorkerRunner {
  const client = options.client ?? new AnalysisClient();
  const inlineUpTo = options.inlineUpTo ?? MAIN_THREAD_CHARS;
  return {
    async run(document, token): Promise<RunningAnalysis> {
      if (document.text.length <= inlineUpTo) return inlineRunner.run(document, token);
      const key = `${document.uri}#${document.version}`;
      const structure = await client.analyze(key, document.uri, document.text, token);
      const full = document.text.length <= FULL_MODEL_CHARS;
      return {
        structure,
        // Figures kept in the worker serve hover cards only, which read no references: none are built there.
        figures: (segmenter, figuresToken, figuresOptions) => client.figures(key, full, segmenter, figuresToken, full ? figuresOptions : { references: false }),
        cardAt: (at, cardOptions) => client.card(key, at, cardOptions),
        dispose: () => client.drop(key),
      };
    },
    dispose: () => client.dispose(),
  };
}
