import * as os from 'node:os';
import * as vscode from 'vscode';
import { config } from './config';
import type { ReportModel } from '../core';
import { exportFileName } from '../core/export';
import { indicatorExport } from '../core/service';
import type { ExportFormat } from '../core/service';
import type { ReportService } from './reportService';
import { localize } from './localize';

export const EXPORT_COMMANDS = {
  csv: 'govreport.exportIndicatorsCsv',
  json: 'govreport.exportIndicatorsJson',
  markdown: 'govreport.exportIndicatorsMarkdown',
} as const;


/**
 * Export the active report's figures to a file the user picks (CSV with the CLI's writer, the contract's JSON, a
 * Markdown table). The report is only read. (Targets year on year is a view of its own: targetsView.ts.)
 */
export function registerExportSupport(selector: vscode.DocumentSelector, service: ReportService): vscode.Disposable {
  const run = (format: ExportFormat) => (uri?: unknown) => exportIndicators(selector, service, format, uri);
  return vscode.Disposable.from(
    vscode.commands.registerCommand(EXPORT_COMMANDS.csv, run('csv')),
    vscode.commands.registerCommand(EXPORT_COMMANDS.json, run('json')),
    vscode.commands.registerCommand(EXPORT_COMMANDS.markdown, run('markdown')),
  );
}

/**
 * The report a command acts on: the document of the uri it was given (an editor or explorer menu), else the active
 * editor's, else the only visible report (the command was run while a view had focus).
 */
export function reportDocument(selector: vscode.DocumentSelector, uri: unknown): vscode.TextDocument | undefined {
  const isReport = (document: vscode.TextDocument): boolean => vscode.languages.match(selector, document) > 0;
  if (uri instanceof vscode.Uri) {
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    if (open && isReport(open)) return open;
  }
  const active = vscode.window.activeTextEditor?.document;
  if (active && isReport(active)) return active;
  const visible = [...new Set(vscode.window.visibleTextEditors.map((editor) => editor.document))].filter(isReport);
  return visible.length === 1 ? visible[0] : undefined;
}

/** The model of the report, or undefined after telling the user why there is none. */
async function reportModel(selector: vscode.DocumentSelector, service: ReportService, uri: unknown): Promise<{ document: vscode.TextDocument; model: ReportModel } | undefined> {
  const document = reportDocument(selector, uri);
  if (!document) {
    void vscode.window.showWarningMessage(localize('Open a government work report first, then run this command again.'));
    return undefined;
  }
  const tokenSource = new vscode.CancellationTokenSource();
  try {
    const model = await service.getModelWithFigures(document, tokenSource.token);
    if (!model) void vscode.window.showWarningMessage(localize('Could not analyse {0}', vscode.workspace.asRelativePath(document.uri)));
    return model ? { document, model } : undefined;
  } finally {
    tokenSource.dispose();
  }
}

const EXTENSIONS: Readonly<Record<ExportFormat, string>> = { csv: 'csv', json: 'json', markdown: 'md' };

function dialogFilter(format: ExportFormat): Record<string, string[]> {
  switch (format) {
    case 'csv':
      return { [localize('CSV (UTF-8)')]: ['csv'] };
    case 'json':
      return { JSON: ['json'] };
    case 'markdown':
      return { Markdown: ['md'] };
  }
}

function dialogTitle(format: ExportFormat): string {
  switch (format) {
    case 'csv':
      return localize('Export indicators as CSV');
    case 'json':
      return localize('Export indicators as JSON');
    case 'markdown':
      return localize('Export indicators as a Markdown table');
  }
}

async function exportIndicators(selector: vscode.DocumentSelector, service: ReportService, format: ExportFormat, uri: unknown): Promise<void> {
  const report = await reportModel(selector, service, uri);
  if (!report) return;
  const { document, model } = report;
  // The core's formatting, labels in the editor's display language: the same content the service gives.
  const content = indicatorExport(model, format, config.language(), vscode.workspace.asRelativePath(document.uri, false));
  const name = exportFileName(model.meta, stemOf(document.uri), localize('indicators'), EXTENSIONS[format]);
  const target = await saveExport(document, name, format, dialogTitle(format), content);
  if (!target) return;
  await offerToOpen(
    target,
    model.indicators.length === 1
      ? localize('Exported 1 figure to {0}.', displayPath(target))
      : localize('Exported {0} figures to {1}.', model.indicators.length, displayPath(target)),
  );
}

/**
 * Asks where to save `content` (beside the report, named `name`) and writes it there: never over the report itself.
 * The written file, or undefined when the user cancelled or the write failed (after saying why, once).
 */
export async function saveExport(document: vscode.TextDocument, name: string, format: ExportFormat, title: string, content: string): Promise<vscode.Uri | undefined> {
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(defaultFolder(document.uri), name),
    filters: dialogFilter(format),
    saveLabel: localize('Export'),
    title,
  });
  if (!target) return undefined;
  if (sameResource(target, document.uri)) {
    void vscode.window.showErrorMessage(localize('Choose another file: the report itself is never overwritten.'));
    return undefined;
  }
  try {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    void vscode.window.showErrorMessage(localize('Could not write {0}: {1}', displayPath(target), message));
    return undefined;
  }
  return target;
}

/** Says what was written, with a button that opens it. */
export async function offerToOpen(target: vscode.Uri, message: string): Promise<void> {
  const open = localize('Open');
  const choice = await vscode.window.showInformationMessage(message, open);
  if (choice === open) await vscode.commands.executeCommand('vscode.open', target);
}

/** The file name without its extension: “苏州市2021年政府工作报告” of “…/苏州市2021年政府工作报告.txt”; “Untitled-1”. */
export function stemOf(uri: vscode.Uri): string {
  const base = uri.path.split('/').pop() ?? '';
  return base.replace(/\.[^.]*$/u, '');
}

/** Next to the report when it is a file, else the first workspace folder, else the home folder. */
function defaultFolder(uri: vscode.Uri): vscode.Uri {
  if (uri.scheme === 'file') return vscode.Uri.joinPath(uri, '..');
  return vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(os.homedir());
}

/** Case-insensitive on purpose: on Windows and macOS a different case is the same file, and refusing too much is harmless. */
function sameResource(a: vscode.Uri, b: vscode.Uri): boolean {
  return a.scheme === b.scheme && a.authority.toLowerCase() === b.authority.toLowerCase() && a.path.toLowerCase() === b.path.toLowerCase();
}

export function displayPath(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? vscode.workspace.asRelativePath(uri) : uri.toString(true);
}
