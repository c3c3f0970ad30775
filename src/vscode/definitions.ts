import * as vscode from 'vscode';
import type { ReportService } from '../core/service';
import { toRange } from './convert';
import { reportDocument } from './reportService';

/**
 * Go to Definition (F12, Ctrl+click) on a cross-reference's source: an abbreviation → the full title, 十四五 → its
 * part, a term → its glossary entry, a footnote marker ↔ its entry, a target ↔ its actual; last year's people's
 * congress session → last year's report of the same place. The whole source is the origin.
 */
export function registerDefinitionSupport(selector: vscode.DocumentSelector, service: ReportService): vscode.Disposable {
  const provider: vscode.DefinitionProvider = {
    async provideDefinition(document, position, token) {
      const definitions = await service.getDefinition(reportDocument(document), position, token);
      return definitions.map((d): vscode.LocationLink => {
        const targetRange = toRange(d.target.range);
        return { originSelectionRange: document.validateRange(toRange(d.origin)), targetUri: vscode.Uri.parse(d.target.uri, true), targetRange, targetSelectionRange: targetRange };
      });
    },
  };
  return vscode.languages.registerDefinitionProvider(selector, provider);
}
