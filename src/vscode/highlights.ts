import * as vscode from 'vscode';
import type { ReportService } from '../core/service';
import { toRange } from './convert';
import { reportDocument } from './reportService';

/** Document highlights: every other mention in this report of what is under the cursor; the definition as a write. */
export function registerDocumentHighlightSupport(selector: vscode.DocumentSelector, service: ReportService): vscode.Disposable {
  const provider: vscode.DocumentHighlightProvider = {
    async provideDocumentHighlights(document, position, token) {
      const highlights = await service.getDocumentHighlights(reportDocument(document), position, token);
      return highlights.map((h) => new vscode.DocumentHighlight(document.validateRange(toRange(h.range)), h.kind === 'write' ? vscode.DocumentHighlightKind.Write : vscode.DocumentHighlightKind.Read));
    },
  };
  return vscode.languages.registerDocumentHighlightProvider(selector, provider);
}
