import * as vscode from 'vscode';
import { indicatorAt, relatedAt, sameRange } from '../core';
import type { Position, Range, Related } from '../core';
import { toRange } from './convert';
import type { ReportService } from './reportService';
import { mentionsInOtherReports } from './series';
import type { WorkspaceReportIndex } from './workspaceIndex';

/**
 * Find All References (Shift+F12): every mention in this report of the indicator, term, footnote, plan period or
 * title under the cursor (the core's relatedAt), the definition included only when VS Code asks for it; for an
 * indicator also its mentions in the other years' reports of the same place in the workspace.
 */
export function registerReferenceSupport(selector: vscode.DocumentSelector, service: ReportService, index: WorkspaceReportIndex): vscode.Disposable {
  const provider: vscode.ReferenceProvider = {
    async provideReferences(document, position, context, token) {
      const model = await service.getModelWithFigures(document, token);
      if (!model || token.isCancellationRequested) return [];
      const at: Position = { line: position.line, character: position.character };
      const related = relatedAt(model, at);
      if (!related) return [];
      const locations = referenceRanges(related, context.includeDeclaration).map((range) => new vscode.Location(document.uri, document.validateRange(toRange(range))));
      const indicator = related.kind === 'indicator' ? indicatorAt(model, at) : undefined;
      if (!indicator || !(await index.crossReportReady(token))) return locations;
      for (const mention of mentionsInOtherReports(index, document, model, indicator)) {
        locations.push(new vscode.Location(mention.uri, toRange(mention.indicator.range)));
      }
      return locations;
    },
  };
  return vscode.languages.registerReferenceProvider(selector, provider);
}

/** The mentions in document order; without the definition (glossary entry, full title, heading) unless asked. */
export function referenceRanges(related: Related, includeDeclaration: boolean): Range[] {
  const definition = related.definition;
  if (includeDeclaration || !definition) return related.ranges;
  return related.ranges.filter((range) => !sameRange(range, definition));
}
