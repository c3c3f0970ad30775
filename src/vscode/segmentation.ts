import * as vscode from 'vscode';
import { WorkerSegmenterProvider } from '../node/segmenterProvider';
import type { Log } from './log';
import { localize } from './localize';

/**
 * nodejieba for the report service, in a worker thread with cppjieba's small dictionary (grouping names needs no
 * more, and it keeps the extension host ~150 MB lighter). When the native binding cannot load on this platform, the
 * user is told once and everything else keeps working.
 */
export class Segmentation extends WorkerSegmenterProvider implements vscode.Disposable {
  constructor(log: Log) {
    super({ worker: { dictionary: 'small' } }, (result) => {
      if (result.ok) return log.info(`nodejieba loaded in a worker thread in ${result.ms} ms`);
      log.warn(`Word segmentation (nodejieba) is unavailable: ${result.reason}`);
      void vscode.window.showWarningMessage(
        localize('GovReport Lens: word segmentation (nodejieba) could not load on this platform; outline and figures work, indicator names and groupings are less precise.'),
      );
    });
  }
}
