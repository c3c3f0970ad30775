import * as vscode from 'vscode';
import { relatedAt, sameRange } from '../core';
import type { Related } from '../core';
import { toRange } from './convert';
import { tooLargeForCrossReferences } from './links';
import type { ReportService } from './reportService';

/**
 * Document highlights: with the cursor on a figure, a term, a footnote marker, 十四五 or an abbreviation, every
 * other mention of it in this report lights up (the core's relatedAt); the definition is marked as a write.
 * This report only: mentions in other reports belong to Find All References.
 */
export function registerDocumentHighlightSupport(selector: vscode.DocumentSelector, service: ReportService): vscode.Disposable {
  const provider: vscode.DocumentHighlightProvider = {
    async provideDocumentHighlights(document, position, token) {
      if (tooLargeForCrossReferences(document)) return [];
      const model = await service.getModelWithFigures(document, token);
      if (!model || token.isCancellationRequested) return [];
      const related = relatedAt(model, { line: position.line, character: position.character });
      return related ? highlights(document, related) : [];
    },
  };
  return vscode.languages.registerDocumentHighlightProvider(selector, provider);
}

export function highlights(document: vscode.TextDocument, related: Related): vscode.DocumentHighlight[] {
  // A lone mention is not worth lighting up (VS Code's word highlighter would show the same).
  if (related.ranges.length < 2) return [];
  const definition = related.definition;
  return related.ranges.map((range) => {
    const kind = definition && sameRange(range, definition) ? vscode.DocumentHighlightKind.Write : vscode.DocumentHighlightKind.Read;
    return new vscode.DocumentHighlight(document.validateRange(toRange(range)), kind);
  });
}
