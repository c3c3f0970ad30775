import * as vscode from 'vscode';

/**
 * The text of a line of a report open in the editor, for the words that say where a figure stands (core positionText
 * / positionTitle add the column on a one-line report written with escaped breaks); undefined for a report not open,
 * whose places keep “line N”. The open documents only: reading a file from disk per tooltip would cost more than the
 * words are worth. Shared by the card, the Targets and Terms tabs.
 */
export function openLineOf(uri: string, line: number): string | undefined {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  return document && !document.isClosed && line < document.lineCount ? document.lineAt(line).text : undefined;
}
