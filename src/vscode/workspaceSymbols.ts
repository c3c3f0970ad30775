import * as vscode from 'vscode';
import type { ReportService } from '../core/service';
import { symbolKind, toRange } from './convert';
import { reportDocument } from './reportService';

/**
 * Go to Symbol in Workspace (Ctrl+T): headings of every report in the workspace, so “十四五” finds the 十四五
 * sections of all years' reports, then indicator names (地区生产总值), once per report. Open reports' headings are read
 * live, so unsaved edits show up; indicator names come from the workspace index, i.e. from the saved files.
 */
export function registerWorkspaceSymbolSupport(selector: vscode.DocumentSelector, service: ReportService): vscode.Disposable {
  const provider: vscode.WorkspaceSymbolProvider = {
    async provideWorkspaceSymbols(query, token) {
      const open = vscode.workspace.textDocuments.filter((document) => vscode.languages.match(selector, document) > 0).map(reportDocument);
      const symbols = await service.getWorkspaceSymbols(query, open, token);
      return symbols.map((s) => new vscode.SymbolInformation(s.name, symbolKind(s.kind), s.containerName, new vscode.Location(vscode.Uri.parse(s.uri, true), toRange(s.range))));
    },
  };
  return vscode.languages.registerWorkspaceSymbolProvider(provider);
}
