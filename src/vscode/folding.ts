import * as vscode from 'vscode';
import type { ReportService } from '../core/service';
import { reportDocument } from './reportService';

/** Folding regions from the service: one per heading, page chrome as a comment, a duplicated copy as a region. */
export function registerFoldingSupport(selector: vscode.DocumentSelector, service: ReportService): vscode.Disposable {
  const provider: vscode.FoldingRangeProvider = {
    async provideFoldingRanges(document, _context, token) {
      const ranges = await service.getFoldingRanges(reportDocument(document), token);
      return ranges.map((r) => new vscode.FoldingRange(r.start, r.end, r.kind === 'comment' ? vscode.FoldingRangeKind.Comment : r.kind === 'region' ? vscode.FoldingRangeKind.Region : undefined));
    },
  };
  return vscode.languages.registerFoldingRangeProvider(selector, provider);
}
