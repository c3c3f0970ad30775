import * as vscode from 'vscode';
import { FULL_MODEL_CHARS } from '../node/analysisProtocol';

/** The language contributed in package.json; every provider is registered for it only. */
export const LANGUAGE_ID = 'govreport';

/**
 * Saved files and unsaved buffers. Other schemes (git:, output:, vscode-notebook-cell: …) are left out on purpose:
 * a diff's left side or an output channel is not something to outline.
 */
export const REPORT_SELECTOR: vscode.DocumentSelector = [
  { language: LANGUAGE_ID, scheme: 'file' },
  { language: LANGUAGE_ID, scheme: 'untitled' },
];

/** detectReport only needs a report's opening (title, meeting line, first headings); never feed it megabytes. */
export const DETECT_PREFIX_CHARS = 16 * 1024;

/** Typed getters over the contributed settings (rust-analyzer style), so no string key is repeated elsewhere. */
export const config = {
  autoDetect(scope?: vscode.ConfigurationScope): boolean {
    return vscode.workspace.getConfiguration('govreport', scope).get<boolean>('autoDetect', true);
  },
};

/** The first DETECT_PREFIX_CHARS UTF-16 units of an open document, without copying the whole text. */
export function openingOf(document: vscode.TextDocument): string {
  return document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(DETECT_PREFIX_CHARS)));
}

/**
 * Beyond this many characters (three times the longest real report) the features that bind every figure without
 * being asked — links, diagnostics, highlights, figures of workspace files — stay off. It is also where the report
 * service stops copying whole models out of its worker (analysisProtocol.ts FULL_MODEL_CHARS): above it, figures are
 * read one hover at a time.
 */
export const MAX_CROSS_REFERENCE_CHARS = FULL_MODEL_CHARS;
