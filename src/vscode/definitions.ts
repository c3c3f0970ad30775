import * as vscode from 'vscode';
import { rangeContains, referenceAt } from '../core';
import type { Position, Range } from '../core';
import { toRange } from './convert';
import type { ReportService } from './reportService';
import { previousReportOf } from './series';
import type { WorkspaceReportIndex } from './workspaceIndex';

/**
 * Go to Definition (F12, Ctrl+click) on a cross-reference's source: an abbreviation → the full title, 十四五 → its
 * part, a term → its glossary entry (or first mention), a footnote marker ↔ its entry, a target ↔ the actual it
 * is measured against; last year's people's congress session → last year's report of the same place.
 * The whole source is the origin (Ctrl+hover underlines “十四五”, not one character).
 */
export function registerDefinitionSupport(selector: vscode.DocumentSelector, service: ReportService, index: WorkspaceReportIndex): vscode.Disposable {
  const provider: vscode.DefinitionProvider = {
    async provideDefinition(document, position, token) {
      const model = await service.getModelWithFigures(document, token);
      if (!model || token.isCancellationRequested) return undefined;
      const at: Position = { line: position.line, character: position.character };
      const reference = referenceAt(model, at);
      if (reference) {
        const targetUri = reference.to.uri !== undefined ? vscode.Uri.parse(reference.to.uri, true) : document.uri;
        return [definitionLink(document, reference.from.range, targetUri, reference.to.range)];
      }
      const meeting = (model.meetings ?? []).find((m) => m.previous && rangeContains(m.range, at));
      if (!meeting || !(await index.crossReportReady(token))) return undefined;
      const previous = previousReportOf(index, document, model);
      return previous ? [definitionLink(document, meeting.range, previous.uri, previous.titleRange)] : undefined;
    },
  };
  return vscode.languages.registerDefinitionProvider(selector, provider);
}

function definitionLink(document: vscode.TextDocument, from: Range, targetUri: vscode.Uri, to: Range): vscode.LocationLink {
  const targetRange = toRange(to);
  return { originSelectionRange: document.validateRange(toRange(from)), targetUri, targetRange, targetSelectionRange: targetRange };
}

