/**
 * The report service's analysis runners for Node hosts (the editor): the core's inlineRunner for small texts, the
 * analysis worker (analysisClient.ts) for large ones, by the thresholds of analysisProtocol.ts. The CLI and the
 * tests run everything inline and need none of this.
 */
import { inlineRunner } from '../core/service';
import type { CancellationLike, ReportStructure } from '../core';
import type { AnalysisRunner, RunningAnalysis } from '../core/service';
import { AnalysisClient, LostInWorkerError } from './analysisClient';
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
      // (Lost while it was being analysed, when another document restarted the worker: once more.)
      const analyze = (): Promise<ReportStructure> => client.analyze(key, document.uri, document.text, token);
      const structure = await analyze().catch((err: unknown) => {
        if (err instanceof LostInWorkerError && !token.isCancellationRequested) return analyze();
        throw err;
      });
      const full = document.text.length <= FULL_MODEL_CHARS;
      type Figures = RunningAnalysis['figures'];
      // Figures kept in the worker serve hover cards only, which read no references: none are built there.
      const bind: Figures = (segmenter, figuresToken, figuresOptions) =>
        client.figures(key, full, segmenter, figuresToken, full ? figuresOptions : { references: false });
      // The worker may have lost the text since (another document's newer version restarted it, or newer texts pushed
      // it out): analyse it there again — once, however many requests find it lost at the same time — and ask again.
      // Without this, a large report's hovers gave nothing for the rest of its version.
      let lastBinding: Parameters<Figures> | undefined;
      // One recovery at a time covers both steps (analyse, then bind the figures as they last were), so a second request
      // that finds the text lost meanwhile waits for it instead of starting another.
      let recovering: Promise<unknown> | undefined;
      const recover = (askToken: CancellationLike, rebind: boolean): Promise<unknown> =>
        (recovering ??= client
          .analyze(key, document.uri, document.text, askToken)
          .then(() => (rebind && lastBinding ? bind(lastBinding[0], askToken, lastBinding[2]) : undefined))
          .finally(() => (recovering = undefined)));
      const again = async <T>(ask: () => Promise<T>, askToken: CancellationLike, rebind: boolean, stillLost: () => T): Promise<T> => {
        try {
          return await ask();
        } catch (err) {
          if (!(err instanceof LostInWorkerError) || askToken.isCancellationRequested) throw err;
          await recover(askToken, rebind);
          // Lost again (another document restarted the worker meanwhile): no second round.
          return ask().catch((retryErr: unknown) => {
            if (retryErr instanceof LostInWorkerError) return stillLost();
            throw retryErr;
          });
        }
      };
      return {
        structure,
        figures: (segmenter, figuresToken, figuresOptions) => {
          lastBinding = [segmenter, figuresToken, figuresOptions];
          return again(() => bind(segmenter, figuresToken, figuresOptions), figuresToken, false, () => {
            throw new LostInWorkerError();
          });
        },
        cardAt: (at, cardOptions, cardToken) => again(() => client.card(key, at, cardOptions), cardToken, true, () => null),
        dispose: () => client.drop(key),
      };
    },
    dispose: () => client.dispose(),
  };
}
