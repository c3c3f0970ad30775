import * as vscode from 'vscode';
import { registerAutoDetectSupport } from './autoDetect';
import { registerRevealRangeCommand } from './commands';
import { REPORT_SELECTOR } from './config';
import { registerDocumentSymbolSupport } from './documentSymbols';
import { registerFoldingSupport } from './folding';
import { registerHoverSupport } from './hover';
import { Log } from './log';
import { ReportService } from './reportService';
import { Segmentation } from './segmentation';
import { registerWorkspaceSymbolSupport } from './workspaceSymbols';

/**
 * Entry point. Activation failures are shown to the user once and rethrown (rust-analyzer's pattern), so VS Code
 * also marks the extension as failed instead of leaving a silently half-registered extension.
 */
export function activate(context: vscode.ExtensionContext): void {
  try {
    const log = new Log();
    const segmentation = new Segmentation(log);
    const service = new ReportService(log, segmentation);
    context.subscriptions.push(
      vscode.Disposable.from(
        log,
        segmentation,
        service,
        registerDocumentSymbolSupport(REPORT_SELECTOR, service),
        registerFoldingSupport(REPORT_SELECTOR, service),
        registerWorkspaceSymbolSupport(REPORT_SELECTOR, service),
        registerAutoDetectSupport(log),
        registerHoverSupport(REPORT_SELECTOR, service, { segmenterAvailable: () => segmentation.available }),
        registerRevealRangeCommand(),
      ),
    );
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    void vscode.window.showErrorMessage(vscode.l10n.t('GovReport Lens could not start: {0}', message));
    throw err;
  }
}

/** Everything is disposed through context.subscriptions; nothing else outlives the extension host. */
export function deactivate(): void {}
