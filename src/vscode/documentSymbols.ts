import * as vscode from 'vscode';
import type { ReportService, ReportSymbol } from '../core/service';
import { symbolKind, toRange } from './convert';
import { reportDocument } from './reportService';

/**
 * Outline view, breadcrumbs, sticky scroll and Go to Symbol (Ctrl+Shift+O) all read this one provider.
 * The label names the provider where VS Code lists several for one document.
 */
export function registerDocumentSymbolSupport(selector: vscode.DocumentSelector, service: ReportService): vscode.Disposable {
  const provider: vscode.DocumentSymbolProvider = {
    async provideDocumentSymbols(document, token) {
      const symbols = await service.getDocumentSymbols(reportDocument(document), token);
      return symbols.map((symbol) => toDocumentSymbol(document, symbol));
    },
  };
  return vscode.languages.registerDocumentSymbolProvider(selector, provider, { label: '政府工作报告' });
}

/** The DocumentSymbol constructor throws unless range contains selectionRange: the heading is kept inside. */
function toDocumentSymbol(document: vscode.TextDocument, symbol: ReportSymbol): vscode.DocumentSymbol {
  const range = document.validateRange(toRange(symbol.range));
  const heading = document.validateRange(toRange(symbol.selectionRange));
  const selection = range.contains(heading) ? heading : new vscode.Range(range.start, range.start);
  const result = new vscode.DocumentSymbol(symbol.name, symbol.detail, symbolKind(symbol.kind), range, selection);
  result.children = symbol.children.map((child) => toDocumentSymbol(document, child));
  return result;
}
