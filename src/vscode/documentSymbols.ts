import * as vscode from 'vscode';
import type { ReportService, ReportSymbol } from '../core/service';
import { symbolKind, toRange } from './convert';
import { reportDocument } from './reportService';
import { config } from './config';

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
  const register = (): vscode.Disposable => vscode.languages.registerDocumentSymbolProvider(selector, provider, { label: '政府工作报告' });
  let registration = register();
  // The symbols' details (部分, 段首句 …) are in govreport.language, but VS Code asks for them again only when the
  // document changes — an eleventh trial's Outline kept 段首句 after switching to English. A provider registered anew
  // makes the Outline, breadcrumbs and sticky scroll ask again.
  const languageListener = config.onLanguageChange(() => {
    registration.dispose();
    registration = register();
  });
  return new vscode.Disposable(() => {
    languageListener.dispose();
    registration.dispose();
  });
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
