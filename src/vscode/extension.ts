import * as vscode from 'vscode';
import { registerAutoDetectSupport } from './autoDetect';
import { hoverChartLinks, registerChartSupport } from './chartCommands';
import { registerRevealRangeCommand, registerShowLogCommand } from './commands';
import { REPORT_SELECTOR } from './config';
import { registerDefinitionSupport } from './definitions';
import { registerDiagnosticsSupport } from './diagnostics';
import { registerDocumentSymbolSupport } from './documentSymbols';
import { registerExportSupport } from './exportCommands';
import { registerFoldingSupport } from './folding';
import { registerDocumentHighlightSupport } from './highlights';
import { registerHoverSupport } from './hover';
import { registerIndicatorsViewSupport } from './indicatorsView';
import { registerDocumentLinkSupport } from './links';
import { Log } from './log';
import { registerReferenceSupport } from './references';
import { ReportService } from './reportService';
import { Segmentation } from './segmentation';
import { hoverSeriesSource } from './series';
import { registerStatusBarSupport } from './statusBar';
import { registerTargetsViewSupport } from './targetsView';
import { WorkspaceReportIndex } from './workspaceIndex';
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
    // One index of the workspace's reports: Ctrl+T headings and the cross-report features (series, references, links).
    const workspace = new WorkspaceReportIndex(service);
    context.subscriptions.push(
      vscode.Disposable.from(
        log,
        segmentation,
        service,
        workspace,
        registerDocumentSymbolSupport(REPORT_SELECTOR, service),
        registerFoldingSupport(REPORT_SELECTOR, service),
        registerWorkspaceSymbolSupport(REPORT_SELECTOR, service, workspace),
        registerAutoDetectSupport(log),
        registerHoverSupport(REPORT_SELECTOR, service, { segmenterAvailable: () => segmentation.available, series: hoverSeriesSource(workspace), charts: hoverChartLinks(workspace) }),
        registerChartSupport(context.extensionUri, REPORT_SELECTOR, service, workspace, log),
        registerRevealRangeCommand(),
        registerIndicatorsViewSupport(REPORT_SELECTOR, service),
        registerExportSupport(REPORT_SELECTOR, service),
        registerTargetsViewSupport(REPORT_SELECTOR, service, workspace, context.extensionUri),
        registerStatusBarSupport(REPORT_SELECTOR, service),
        registerShowLogCommand(log),
        registerDocumentLinkSupport(REPORT_SELECTOR, service, workspace),
        registerDefinitionSupport(REPORT_SELECTOR, service, workspace),
        registerReferenceSupport(REPORT_SELECTOR, service, workspace),
        registerDocumentHighlightSupport(REPORT_SELECTOR, service),
        registerDiagnosticsSupport(REPORT_SELECTOR, service),
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
