import * as vscode from 'vscode';
import type { Range } from '../core';
import { toRange } from './convert';
import type { Log } from './log';
import { localize } from './localize';

/** Opens a report at a range and selects it; the target of the links in indicator hover cards. Hidden from the palette. */
export const REVEAL_RANGE_COMMAND = 'govreport.revealRange';

/** Only locations in documents the extension itself serves (see REPORT_SELECTOR). */
const SCHEMES = new Set(['file', 'untitled']);

/**
 * A `command:` link for a MarkdownString (rust-analyzer style): the arguments travel JSON-encoded in the query,
 * the uri as a string because a vscode.Uri does not survive JSON.
 */
export function revealRangeLink(uri: vscode.Uri, range: Range): string {
  const args = [uri.toString(), { start: range.start, end: range.end }];
  // encodeURIComponent leaves ( ) alone, and a “)” from a file name would end the Markdown link early.
  const query = encodeURIComponent(JSON.stringify(args)).replace(/\(/gu, '%28').replace(/\)/gu, '%29');
  return `command:${REVEAL_RANGE_COMMAND}?${query}`;
}

export function registerRevealRangeCommand(): vscode.Disposable {
  return vscode.commands.registerCommand(REVEAL_RANGE_COMMAND, revealRange);
}

/** Opens the extension's log (the output channel “GovReport Lens”), e.g. to attach it to a bug report. */
export const SHOW_LOG_COMMAND = 'govreport.showLog';

export function registerShowLogCommand(log: Pick<Log, 'show'>): vscode.Disposable {
  return vscode.commands.registerCommand(SHOW_LOG_COMMAND, () => log.show());
}

async function revealRange(uriArg: unknown, rangeArg: unknown): Promise<void> {
  const uri = asUri(uriArg);
  const range = asRange(rangeArg);
  if (!uri || !range || !SCHEMES.has(uri.scheme)) {
    void vscode.window.showWarningMessage(localize('This link does not point to a place in a report.'));
    return;
  }
  await revealInEditor(uri, range);
}

/**
 * Opens a report at a range and selects it: in the document's own editor when it is visible (a split view stays
 * as it is), else in `fallbackColumn` (a webview keeps its group), else the active group. Failures are shown.
 */
export async function revealInEditor(uri: vscode.Uri, range: Range, fallbackColumn?: vscode.ViewColumn): Promise<void> {
  try {
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri.toString());
    const document = visible?.document ?? (await vscode.workspace.openTextDocument(uri));
    const selection = document.validateRange(toRange(range));
    const viewColumn = visible?.viewColumn ?? fallbackColumn;
    const editor = await vscode.window.showTextDocument(document, {
      selection,
      preserveFocus: false,
      ...(viewColumn !== undefined ? { viewColumn } : {}),
    });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    void vscode.window.showWarningMessage(localize('Could not open {0}: {1}', vscode.workspace.asRelativePath(uri), message));
  }
}

function asUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value !== 'string') return undefined;
  try {
    return vscode.Uri.parse(value, true);
  } catch {
    return undefined;
  }
}

function isPosition(value: unknown): value is Range['start'] {
  if (typeof value !== 'object' || value === null) return false;
  const { line, character } = value as { line?: unknown; character?: unknown };
  return Number.isInteger(line) && Number.isInteger(character) && (line as number) >= 0 && (character as number) >= 0;
}

function asRange(value: unknown): Range | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { start, end } = value as { start?: unknown; end?: unknown };
  return isPosition(start) && isPosition(end) ? { start, end } : undefined;
}
