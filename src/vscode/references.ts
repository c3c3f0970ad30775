import * as vscode from 'vscode';
import type { ReportService } from '../core/service';
import { toRange } from './convert';
import { reportDocument } from './reportService';

/**
 * Find All References (Shift+F12): every mention in this report of the indicator, term, footnote, plan period or
 * title under the cursor, and an indicator's mentions in the other years' reports of the same place.
 */
export function registerReferenceSupport(selector: vscode.DocumentSelector, service: ReportService): vscode.Disposable {
  const provider: vscode.ReferenceProvider = {
    async provideReferences(document, position, context, token) {
      const locations = await service.getReferences(reportDocument(document), position, context, token);
      return locations.map((l) => new vscode.Location(vscode.Uri.parse(l.uri, true), l.uri === document.uri.toString() ? document.validateRange(toRange(l.range)) : toRange(l.range)));
    },
  };
  return vscode.languages.registerReferenceProvider(selector, provider);
}
