import * as vscode from 'vscode';
import { detectReport, looksBinary, mojibakeOf, type Mojibake } from '../core';
import { config, LANGUAGE_ID, openingOf } from './config';
import type { Log } from './log';
import { SwitchMemory } from './switchMemory';
import { localize } from './localize';

/** Only real files and unsaved buffers: a git: or output: document that looks like a report stays as it is. */
const SCHEMES = new Set(['file', 'untitled']);
/** Remembered documents are capped so that a long session does not grow the set without bound. */
const MAX_REMEMBERED = 1000;

const MISREAD_LOG: Readonly<Record<Mojibake, string>> = {
  'gbk-as-utf8': 'GBK text read as UTF-8',
  'gbk-as-latin1': 'GBK text read as Latin-1',
  'utf16le-as-8bit': 'UTF-16 LE text without a byte-order mark read as an 8-bit encoding',
  'utf16be-as-8bit': 'UTF-16 BE text without a byte-order mark read as an 8-bit encoding',
};

/** A reload brings the whole text; a keystroke or a short paste at the top does not make the check worth its pass. */
const MIN_RELOADED = 200;

/** Text replaced from the document's start on, as a reload does: the opening may now read otherwise. */
function replacesOpening(change: vscode.TextDocumentContentChangeEvent): boolean {
  return change.rangeOffset === 0 && change.text.length >= MIN_RELOADED;
}

/** One sentence naming the encoding to reopen the file with. */
function misreadMessage(misread: Mojibake, file: string): string {
  if (misread === 'gbk-as-utf8' || misread === 'gbk-as-latin1') {
    return localize('{0} looks like a GBK (GB18030) report read with the wrong encoding. Reopen it with GB18030 to see the text, outline and figures.', file);
  }
  const encoding = misread === 'utf16le-as-8bit' ? 'UTF-16 LE' : 'UTF-16 BE';
  return localize('{0} looks like {1} text without a byte-order mark, read with the wrong encoding. Reopen it with {1} to see the text, outline and figures.', file, encoding);
}

/**
 * Reports usually arrive as .txt files, so plain-text documents whose opening reads like a 政府工作报告 are shown
 * in the govreport language (outline, folding, colours). Only the editor's language mode changes, never the file.
 */
export function registerAutoDetectSupport(log: Log): vscode.Disposable {
  // A document switched once and then set back to Plain Text by the user must stay plain text: VS Code reports
  // a language change as close + open, so without this memory the two would fight. A real close forgets it.
  const switched = new SwitchMemory(MAX_REMEMBERED);

  // Each misread file is pointed out once per session.
  const warned = new Set<string>();
  const checkEncoding = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    if (document.uri.scheme !== 'file' || warned.has(key) || (document.languageId !== 'plaintext' && document.languageId !== LANGUAGE_ID)) return;
    const misread = mojibakeOf(openingOf(document));
    if (!misread) return;
    if (warned.size >= MAX_REMEMBERED) warned.clear();
    warned.add(key);
    const file = vscode.workspace.asRelativePath(document.uri);
    const reopen = localize('Reopen with Encoding…');
    log.info(`${file}: looks like ${MISREAD_LOG[misread]}`);
    void vscode.window
      .showWarningMessage(misreadMessage(misread, file), reopen)
      .then(async (choice) => {
        if (choice !== reopen) return;
        // The encoding picker acts on the active editor: show the document first. Nothing is written to disk.
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('workbench.action.editor.changeEncoding');
      });
  };

  const consider = (document: vscode.TextDocument): void => {
    checkEncoding(document);
    switched.opened(document.uri.toString());
    detect(document);
  };

  const detect = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    if (document.languageId !== 'plaintext' || !SCHEMES.has(document.uri.scheme) || switched.has(key)) return;
    if (!config.autoDetect(document) || !detectReport(openingOf(document)).isReport) return;
    switched.remember(key);
    vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID).then(undefined, (err: unknown) => {
      log.error(localize('Could not switch {0} to the report language', vscode.workspace.asRelativePath(document.uri)), err);
    });
  };

  const treatAsReport = async (): Promise<void> => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document) {
      void vscode.window.showInformationMessage(localize('Open a text file first, then run this command again.'));
      return;
    }
    if (document.languageId === LANGUAGE_ID) return;
    // Outline and figures of binary data would be noise: say what the file is instead, once.
    const opening = openingOf(document);
    const misread = mojibakeOf(opening);
    if (misread === 'utf16le-as-8bit' || misread === 'utf16be-as-8bit') {
      void vscode.window.showInformationMessage(misreadMessage(misread, vscode.workspace.asRelativePath(document.uri)));
      return;
    }
    if (looksBinary(opening)) {
      void vscode.window.showInformationMessage(localize('{0} looks like a binary file (it contains NUL or control characters), not a text report.', vscode.workspace.asRelativePath(document.uri)));
      return;
    }
    switched.remember(document.uri.toString());
    await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  };

  // Documents restored with the window were opened before activation and will not raise the event.
  for (const document of vscode.workspace.textDocuments) consider(document);
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(consider),
    // An untitled editor opens empty: a report pasted into it arrives as a change. (A trial user's paste stayed Plain
    // Text, and VS Code's own language guess then made it “Ini”.) The opening alone is read, so typing stays cheap.
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document.uri.scheme === 'untitled' && event.contentChanges.length > 0) detect(event.document);
      // Reopen with Encoding reloads an open file in place: VS Code replaces its text from the start and raises no
      // open event, so a GBK report reopened as UTF-8 showed an empty outline with no word why (a trial).
      else if (event.contentChanges.some(replacesOpening)) checkEncoding(event.document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => switched.closed(document.uri.toString())),
    vscode.commands.registerCommand('govreport.treatAsReport', treatAsReport),
  );
}
