import * as vscode from 'vscode';
import { config } from './config';
import { currentReport as currentReportOf, readReportText } from '../core';
import type { IndexedReport, ReportIndexView, ReportModel } from '../core';
import { createReportService, isPartial } from '../core/service';
import type { ReportService as CoreReportService, ReportTextDocument, ServiceLogger } from '../core/service';
import { workerRunner } from '../node/analysisRunner';
import type { Log } from './log';
import type { Segmentation } from './segmentation';
import { VsCodeWorkspace } from './workspaceIndex';
import type { WorkspaceReportIndex } from './workspaceIndex';
import { localize } from './localize';

export { isPartial };
export type { PartialModel } from '../core/service';

/**
 * The editor as the host of the core's report service (src/core/service): it hands in the log, nodejieba (in a
 * worker thread), the analysis runners (documents over MAIN_THREAD_CHARS and every workspace file in worker threads,
 * so the extension host's main thread never runs a long analysis) and the workspace. The features call `core`; the
 * views and commands that want the model itself call getModelWithFigures.
 */
export class ReportService implements vscode.Disposable {
  readonly core: CoreReportService;
  private readonly workspace = new VsCodeWorkspace(() => localize('Indexing government work reports'));
  private readonly runner = workerRunner();
  /** The workspace index's own worker: a background file never queues before the open report's analysis. */
  private readonly indexRunner = workerRunner({ inlineUpTo: 0 });
  private readonly subscription: vscode.Disposable;

  constructor(
    readonly log: Log,
    segmentation?: Segmentation,
  ) {
    this.core = createReportService({
      logger: serviceLogger(log),
      ...(segmentation ? { segmenter: segmentation } : {}),
      runner: this.runner,
      indexRunner: this.indexRunner,
      workspace: this.workspace,
      language: () => config.language(),
      describe: (uri) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri, true)),
    });
    // A closed document (also a language switch, which VS Code reports as close + open) will not be asked again.
    this.subscription = vscode.workspace.onDidCloseTextDocument((document) => this.core.forgetDocument(document.uri.toString()));
  }

  /** A report file's text as the index reads it: an open editor's first, else the file decoded; throws when unreadable. */
  readText(uri: string): Promise<string> {
    return readReportText(this.workspace, uri);
  }

  /** The workspace's reports (Ctrl+T, series, charts, targets year on year). */
  get index(): WorkspaceReportIndex {
    return this.core.workspace as WorkspaceReportIndex; // always given a workspace above
  }

  /** The model of this version with its figures (a PartialModel for a very large document); undefined when cancelled or failed. */
  getModelWithFigures(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<ReportModel | undefined> {
    return this.core.getModel(reportDocument(document), token);
  }

  dispose(): void {
    this.subscription.dispose();
    this.core.dispose();
    this.runner.dispose();
    this.indexRunner.dispose();
    this.workspace.dispose();
  }
}

/**
 * The open report as one entry of the workspace index (the core's currentReport for a VS Code document), for the
 * views and commands that read the index themselves (charts, targets and terms year on year).
 */
export function currentReport(index: ReportIndexView, document: vscode.TextDocument, model: Pick<ReportModel, 'meta' | 'indicators'>): IndexedReport {
  return currentReportOf(index, { uri: document.uri.toString(), isDirty: document.isDirty }, model);
}

/** A VS Code document as the service reads it: its uri as a string, its version, its text on demand. */
export function reportDocument(document: vscode.TextDocument): ReportTextDocument {
  return { uri: document.uri.toString(), version: document.version, getText: () => document.getText(), isDirty: document.isDirty };
}

function serviceLogger(log: Log): ServiceLogger {
  return { info: (message) => log.info(message), warn: (message) => log.warn(message), error: (where, err) => log.error(where, err) };
}
