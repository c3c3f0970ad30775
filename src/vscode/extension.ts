import * as vscode from 'vscode';
import { registerAutoDetectSupport } from './autoDetect';
import { registerChartSupport } from './chartCommands';
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
import { registerReferencesViewSupport } from './referencesView';
import { ReportService } from './reportService';
import { Segmentation } from './segmentation';
import { registerStatusBarSupport } from './statusBar';
import { registerTargetsViewSupport } from './targetsView';
import { termsSources } from './termsSources';
import { registerTermsViewSupport } from './termsView';
import { registerWorkspaceSymbolSupport } from './workspaceSymbols';
import { localize } from './localize';
import { registerWalkthroughSupport } from './walkthrough';
import { registerFigureHoveredTick, registerReportOpenedTick } from './walkthroughTicks';

/**
 * Entry point. Activation failures are shown to the user once and rethrown (rust-analyzer's pattern), so VS Code
 * also marks the extension as failed instead of leaving a silently half-registered extension.
 */
export function activate(context: vscode.ExtensionContext): void {
  try {
    const log = new Log();
    const segmentation = new Segmentation(log);
    // The core's report service with the editor as its host: one analysis per document version, one workspace index.
    const reports = new ReportService(log, segmentation);
    const service = reports.core;
    const hoveredTick = registerFigureHoveredTick();
    context.subscriptions.push(
      vscode.Disposable.from(
        log,
        segmentation,
        reports,
        registerAutoDetectSupport(log),
        // The language features: each a pass-through over the service.
        registerDocumentSymbolSupport(REPORT_SELECTOR, service),
        registerFoldingSupport(REPORT_SELECTOR, service),
        registerWorkspaceSymbolSupport(REPORT_SELECTOR, service),
        registerHoverSupport(REPORT_SELECTOR, service, hoveredTick.cardShown),
        hoveredTick.disposable,
        registerDocumentLinkSupport(REPORT_SELECTOR, service),
        registerDefinitionSupport(REPORT_SELECTOR, service),
        registerReferenceSupport(REPORT_SELECTOR, service),
        registerReferencesViewSupport(service, (uri) => reports.readText(uri)),
        registerDocumentHighlightSupport(REPORT_SELECTOR, service),
        registerDiagnosticsSupport(REPORT_SELECTOR, service),
        // Views and commands.
        registerChartSupport(context.extensionUri, REPORT_SELECTOR, reports, reports.index, log),
        registerRevealRangeCommand(),
        registerIndicatorsViewSupport(REPORT_SELECTOR, reports),
        registerExportSupport(REPORT_SELECTOR, reports),
        registerTargetsViewSupport(REPORT_SELECTOR, reports, reports.index, context.extensionUri),
        registerTermsViewSupport(REPORT_SELECTOR, termsSources(reports, reports.index, log), context.extensionUri),
        registerStatusBarSupport(REPORT_SELECTOR, reports),
        registerShowLogCommand(log),
        registerWalkthroughSupport(context.extensionUri),
        registerReportOpenedTick((document) => vscode.languages.match(REPORT_SELECTOR, document) > 0),
      ),
    );
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    void vscode.window.showErrorMessage(localize('GovReport Lens could not start: {0}', message));
    throw err;
  }
}

/** Everything is disposed through context.subscriptions; nothing else outlives the extension host. */
export function deactivate(): void {}
