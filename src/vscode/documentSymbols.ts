import * as vscode from 'vscode';
import type { OutlineNode } from '../core';
import { kindLabel, symbolKind, symbolName, toRange } from './convert';
import type { ReportService } from './reportService';

/**
 * Outline view, breadcrumbs, sticky scroll and Go to Symbol (Ctrl+Shift+O) all read this one provider.
 * The label names the provider where VS Code lists several for one document.
 */
export function registerDocumentSymbolSupport(selector: vscode.DocumentSelector, service: ReportService): vscode.Disposable {
  const provider: vscode.DocumentSymbolProvider = {
    async provideDocumentSymbols(document, token) {
      const model = await service.getModel(document, token);
      return model ? model.outline.map((node) => toDocumentSymbol(document, node)) : [];
    },
  };
  return vscode.languages.registerDocumentSymbolProvider(selector, provider, { label: '政府工作报告' });
}

function toDocumentSymbol(document: vscode.TextDocument, node: OutlineNode): vscode.DocumentSymbol {
  // validateRange keeps positions inside the document; the DocumentSymbol constructor throws unless
  // range contains selectionRange, so the heading span is clamped into the node's span.
  const range = document.validateRange(toRange(node.range));
  const selectionRange = clampInto(document.validateRange(toRange(node.selectionRange)), range);
  const symbol = new vscode.DocumentSymbol(symbolName(node.marker, node.title), kindLabel(node.kind), symbolKind(node.kind), range, selectionRange);
  symbol.children = node.children.map((child) => toDocumentSymbol(document, child));
  return symbol;
}

/** The part of `inner` inside `outer`, or an empty range at outer's start when they do not meet. */
function clampInto(inner: vscode.Range, outer: vscode.Range): vscode.Range {
  return outer.intersection(inner) ?? new vscode.Range(outer.start, outer.start);
}
