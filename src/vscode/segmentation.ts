import * as vscode from 'vscode';
import { precomputedSegmenter, regroupIndicators } from '../core';
import type { ReportModel } from '../core';
import { WorkerSegmenter } from '../node/workerSegmenter';
import type { Log } from './log';

/**
 * nodejieba for the editor: loaded in a worker thread the first time a report is analysed (never on the outline's
 * path), then used to regroup indicator mentions whose names differ only in word order. When the native binding
 * cannot load on this platform, the user is told once and everything else keeps working.
 */
export class Segmentation implements vscode.Disposable {
  private readonly worker = new WorkerSegmenter();
  private warned = false;

  constructor(private readonly log: Log) {}

  /** False only once loading has failed (while loading, cards are not marked as degraded). */
  get available(): boolean {
    return this.worker.state !== 'failed';
  }

  /** The model with mentions regrouped by words; the same model when segmentation is unavailable. */
  async enrich(model: ReportModel): Promise<ReportModel> {
    const names = [...new Set(model.indicators.map((i) => i.name).filter((n): n is string => !!n))];
    if (names.length === 0) return model;
    try {
      const tokens = await this.worker.cutMany(names);
      if (this.worker.loadMs) this.log.info(`nodejieba loaded in a worker thread in ${this.worker.loadMs} ms`);
      const segmenter = precomputedSegmenter(new Map(names.map((n, i) => [n, tokens[i] ?? [n]])));
      return { ...model, indicators: regroupIndicators(model.indicators, segmenter) };
    } catch (err) {
      this.warnOnce(err);
      return model;
    }
  }

  private warnOnce(err: unknown): void {
    if (this.warned) return;
    this.warned = true;
    const reason = this.worker.loadError ?? (err instanceof Error ? err.message : String(err));
    this.log.warn(`Word segmentation (nodejieba) is unavailable: ${reason}`);
    void vscode.window.showWarningMessage(
      vscode.l10n.t('GovReport Lens: word segmentation (nodejieba) could not load on this platform; outline and figures work, indicator names and groupings are less precise.'),
    );
  }

  dispose(): void {
    this.worker.dispose();
  }
}
