import * as vscode from 'vscode';
import type { ReportService } from '../core/service';
import { revealRangeLink } from './commands';
import { toRange } from './convert';
import { reportDocument } from './reportService';

/**
 * Cross-references as Ctrl+click links, each with a tooltip naming its target. Targets are
 * `command:govreport.revealRange?…` URIs (the hover cards' links): the command selects the whole target, reuses the
 * editor the document is already visible in, and opens another report (last year's) the same way.
 */
export function registerDocumentLinkSupport(selector: vscode.DocumentSelector, service: ReportService): vscode.Disposable {
  const provider: vscode.DocumentLinkProvider = {
    async provideDocumentLinks(document, token) {
      const links = await service.getDocumentLinks(reportDocument(document), token);
      return links.map((l) => {
        const target = l.target.uri === document.uri.toString() ? document.uri : vscode.Uri.parse(l.target.uri, true);
        const link = new vscode.DocumentLink(document.validateRange(toRange(l.range)), vscode.Uri.parse(revealRangeLink(target, l.target.range)));
        link.tooltip = l.tooltip;
        return link;
      });
    },
  };
  return vscode.languages.registerDocumentLinkProvider(selector, provider);
}
