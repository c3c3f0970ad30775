import * as vscode from 'vscode';
import { symbolKind, toRange } from './convert';
import type { ReportService } from './reportService';
import { normalizeForMatch, symbolsOf, WorkspaceReportIndex } from './workspaceIndex';
import type { IndexedSymbol } from './workspaceIndex';

/** An empty query lists everything; beyond this many rows the list is no longer useful and only costs IPC. */
const MAX_RESULTS = 2000;

/**
 * Go to Symbol in Workspace (Ctrl+T): headings of every report in the workspace, so “十四五” finds the
 * 十四五 sections of all years' reports. Closed files come from the index; open reports are read live so
 * that unsaved edits show up. The index is shared with the cross-report features when the caller passes it
 * (it then also owns its disposal); otherwise this registration keeps its own.
 */
export function registerWorkspaceSymbolSupport(
  selector: vscode.DocumentSelector,
  service: ReportService,
  sharedIndex?: WorkspaceReportIndex,
): vscode.Disposable {
  const index = sharedIndex ?? new WorkspaceReportIndex(service);
  const provider: vscode.WorkspaceSymbolProvider = {
    async provideWorkspaceSymbols(query, token) {
      const files = await index.entries(token);
      if (!files || token.isCancellationRequested) return [];
      const needle = normalizeForMatch(query);
      const results: vscode.SymbolInformation[] = [];
      const add = (uri: vscode.Uri, symbols: readonly IndexedSymbol[]): void => {
        for (const symbol of symbols) {
          if (results.length >= MAX_RESULTS || !symbol.matchKey.includes(needle)) continue;
          // The heading itself (selectionRange), not the whole section: Ctrl+T selects the location it opens.
          const location = new vscode.Location(uri, toRange(symbol.selectionRange));
          results.push(new vscode.SymbolInformation(symbol.name, symbolKind(symbol.kind), symbol.containerName, location));
        }
      };

      const openReports = new Map<string, vscode.TextDocument>();
      for (const document of vscode.workspace.textDocuments) {
        if (vscode.languages.match(selector, document) > 0) openReports.set(document.uri.toString(), document);
      }
      // Open reports first: they are what the user is working on, and must not be the ones cut by MAX_RESULTS.
      for (const document of openReports.values()) {
        if (token.isCancellationRequested) return [];
        const model = await service.getModel(document, token); // cached per version, shared with the Outline view
        if (model) add(document.uri, symbolsOf(model));
      }
      for (const file of files) {
        if (file.isReport && !openReports.has(file.key)) add(file.uri, file.symbols);
      }
      return results;
    },
  };
  const registration = vscode.languages.registerWorkspaceSymbolProvider(provider);
  return sharedIndex ? registration : vscode.Disposable.from(index, registration);
}
