import * as vscode from 'vscode';
import { detectReport } from '../core';
import { config, LANGUAGE_ID, openingOf } from './config';
import type { Log } from './log';

/** Only real files and unsaved buffers: a git: or output: document that looks like a report stays as it is. */
const SCHEMES = new Set(['file', 'untitled']);
/** Remembered documents are capped so that a long session does not grow the set without bound. */
const MAX_REMEMBERED = 1000;

/**
 * Reports usually arrive as .txt files, so plain-text documents whose opening reads like a 政府工作报告 are shown
 * in the govreport language (outline, folding, colours). Only the editor's language mode changes, never the file.
 */
export function registerAutoDetectSupport(log: Log): vscode.Disposable {
  // A document switched once and then set back to Plain Text by the user must stay plain text: VS Code reports
  // a language change as close + open, so without this memory the two would fight.
  const switched = new Set<string>();

  const consider = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    if (document.languageId !== 'plaintext' || !SCHEMES.has(document.uri.scheme) || switched.has(key)) return;
    if (!config.autoDetect(document) || !detectReport(openingOf(document)).isReport) return;
    if (switched.size >= MAX_REMEMBERED) switched.clear();
    switched.add(key);
    vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID).then(undefined, (err: unknown) => {
      log.error(vscode.l10n.t('Could not switch {0} to the report language', vscode.workspace.asRelativePath(document.uri)), err);
    });
  };

  const treatAsReport = async (): Promise<void> => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a text file first, then run this command again.'));
      return;
    }
    if (document.languageId === LANGUAGE_ID) return;
    switched.add(document.uri.toString());
    await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  };

  // Documents restored with the window were opened before activation and will not raise the event.
  for (const document of vscode.workspace.textDocuments) consider(document);
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(consider),
    vscode.commands.registerCommand('govreport.treatAsReport', treatAsReport),
  );
}
