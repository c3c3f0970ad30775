import * as vscode from 'vscode';
import type { CutPieces } from '../core/terms';
import { readReportFile } from '../node/readReport';
import { WorkerSegmenter } from '../node/workerSegmenter';
import type { Log } from './log';
import type { ReportService } from './reportService';
import { otherReports } from '../core';
import { currentReport } from './reportService';
import type { TermsReport } from './termsLabels';
import type { WorkspaceReportIndex } from './workspaceIndex';

/**
 * Everything the terms view needs from the rest of the extension, in one small interface: the view (termsView.ts)
 * knows nothing of the report service or the workspace index, so that they can change shape without touching it.
 */
export interface TermsSources {
  /**
   * The report as the workspace index sees it (its year taken from the file name when the text has none) and the
   * other reports of its place, one per year, once the index is built; undefined when cancelled or not analysable.
   */
  place(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<{ self: TermsReport; others: readonly TermsReport[] } | undefined>;
  /** A report's text: the open document's when it is open, else the file's (decoded); undefined when unreadable. */
  text(uri: string): Promise<string | undefined>;
  /** jieba's `cut` in a worker thread with jieba's own dictionary (as the CLI's); null when nodejieba is unavailable. */
  readonly cut: CutPieces;
  /** Why words could not be counted, once that is known. */
  readonly segmentationError: string | null;
  readonly log: Pick<Log, 'info' | 'warn' | 'error'>;
  dispose?(): void;
}

/** The plain-dictionary worker is stopped after this long without a request: its ~250 MB are not kept for nothing. */
const IDLE_MS = 2 * 60 * 1000;

/** The terms view's sources over the report service and the workspace index (as targetsView.ts finds last year's report). */
export function termsSources(service: ReportService, index: WorkspaceReportIndex, log: Log): TermsSources & vscode.Disposable {
  const jieba = new PlainJieba(log);
  return {
    async place(document, token) {
      const model = await service.getModelWithFigures(document, token);
      if (!model || token.isCancellationRequested) return undefined;
      await index.crossReportReady(token);
      if (token.isCancellationRequested) return undefined;
      const self = currentReport(index, document, model);
      const ref = (r: typeof self): TermsReport => ({ uri: r.uri, year: r.meta.year, place: r.meta.place });
      return { self: ref(self), others: otherReports(index, self).map(ref) };
    },
    async text(uri) {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
      if (open) return open.getText();
      try {
        const parsed = vscode.Uri.parse(uri, true);
        return parsed.scheme === 'file' ? (await readReportFile(parsed.fsPath)).text : undefined;
      } catch (err) {
        log.warn(`${uri}: ${err instanceof Error ? err.message : String(err)}`);
        return undefined;
      }
    },
    cut: jieba.cut,
    get segmentationError() {
      return jieba.error;
    },
    log,
    dispose: () => jieba.dispose(),
  };
}

/**
 * nodejieba's `cut` in its own worker thread, without the domain lexicon that the regrouping worker
 * (segmentation.ts) inserts: user words change jieba's cut (国内生产总值 whole instead of 国内 / 生产总值), and term
 * counts must be the CLI's. Started on the first request, stopped when idle; a binding that cannot load is tried once.
 */
class PlainJieba implements vscode.Disposable {
  private worker: WorkerSegmenter | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private busy = 0;
  private announced: WorkerSegmenter | undefined;
  error: string | null = null;

  constructor(private readonly log: Pick<Log, 'info' | 'warn'>) {}

  readonly cut: CutPieces = async (pieces) => {
    if (this.error !== null) return null;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    const worker = (this.worker ??= new WorkerSegmenter(undefined, { userWords: false }));
    this.busy++;
    try {
      const words = await worker.cutMany(pieces, 'cut');
      if (this.announced !== worker) this.log.info(`nodejieba (plain dictionary, for term counts) loaded in a worker thread in ${worker.loadMs} ms`);
      this.announced = worker;
      return words;
    } catch (err) {
      this.error = worker.loadError ?? (err instanceof Error ? err.message : String(err));
      this.log.warn(`Word segmentation for term counts is unavailable: ${this.error}`);
      this.stop();
      return null;
    } finally {
      this.busy--;
      if (this.busy === 0 && this.worker) {
        this.timer = setTimeout(() => this.stop(), IDLE_MS);
        this.timer.unref?.();
      }
    }
  };

  private stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.worker?.dispose();
    this.worker = undefined;
  }

  dispose(): void {
    this.stop();
  }
}
