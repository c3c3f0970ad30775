import * as vscode from 'vscode';
import { figurePhrase, rangeKey } from '../core';
import type { Indicator, Range, Reference, ReportModel } from '../core';
import { revealRangeLink } from './commands';
import { MAX_CROSS_REFERENCE_CHARS } from './config';
import { toRange } from './convert';
import type { ReportService } from './reportService';
import { previousReportOf } from './series';
import type { ReportLocation, WorkspaceReportIndex } from './workspaceIndex';

/** Links are computed for the whole document on every version; hover, F12 and references still answer above it. */
export const MAX_LINKED_CHARS = MAX_CROSS_REFERENCE_CHARS;

/** A tooltip names the target; headings and glossary entries are cut to this many characters. */
const MAX_TOOLTIP_CHARS = 60;

/** Whether a document is too large for the features that run on every version without being asked. */
export function tooLargeForCrossReferences(document: vscode.TextDocument): boolean {
  // offsetAt of the end is the length in UTF-16 units without copying the text.
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end) > MAX_LINKED_CHARS;
}

/**
 * Cross-references as Ctrl+click links: every reference of the model whose target is in the same document
 * (abbreviation → full title, 十四五 → its part, term → glossary entry or first mention, footnote ↔ entry,
 * target ↔ actual), and a mention of last year's people's congress session → last year's report of the same
 * place when the workspace holds it.
 *
 * Targets are `command:govreport.revealRange?…` URIs (the hover cards' links): the editor opens document links
 * with command URIs allowed, and the command selects the whole target, reuses the editor the document is already
 * visible in, and opens another report the same way.
 */
export function registerDocumentLinkSupport(selector: vscode.DocumentSelector, service: ReportService, index: WorkspaceReportIndex): vscode.Disposable {
  const provider: vscode.DocumentLinkProvider = {
    async provideDocumentLinks(document, token) {
      // Size first: asking for the model with figures would bind every figure of a 10 MB file on open.
      if (tooLargeForCrossReferences(document)) return [];
      const model = await service.getModelWithFigures(document, token);
      if (!model || token.isCancellationRequested) return [];
      // Opening a report is when the workspace's other reports start being indexed (hover series, references).
      index.requestCrossReport();
      const links = documentLinks(document, model);
      const previous = (model.meetings ?? []).filter((m) => m.previous);
      if (previous.length === 0) return links;
      // Links of a version are asked once: wait for the index rather than miss the link to last year's report.
      if (!(await index.crossReportReady(token))) return links;
      const target = previousReportOf(index, document, model);
      if (!target) return links;
      for (const mention of previous) links.push(previousReportLink(document, mention.range, target));
      return links;
    },
  };
  return vscode.languages.registerDocumentLinkProvider(selector, provider);
}

/** One link per reference that stays in this document. */
export function documentLinks(document: vscode.TextDocument, model: ReportModel): vscode.DocumentLink[] {
  const links: vscode.DocumentLink[] = [];
  const figures = figuresByRange(model);
  for (const reference of model.references) {
    if (reference.to.uri !== undefined) continue;
    const link = new vscode.DocumentLink(document.validateRange(toRange(reference.from.range)), vscode.Uri.parse(revealRangeLink(document.uri, reference.to.range)));
    link.tooltip = referenceTooltip(reference, figures);
    links.push(link);
  }
  return links;
}

/** Figures by the exact range they stand at (a paired target's or actual's tooltip names it), built once per call. */
function figuresByRange(model: ReportModel): (range: Range) => Indicator | undefined {
  let map: Map<string, Indicator> | undefined;
  return (range) => {
    if (!map) {
      map = new Map();
      for (const ind of model.indicators) map.set(rangeKey(ind.range), ind);
    }
    return map.get(rangeKey(range));
  };
}

function previousReportLink(document: vscode.TextDocument, range: Range, target: ReportLocation): vscode.DocumentLink {
  const link = new vscode.DocumentLink(document.validateRange(toRange(range)), vscode.Uri.parse(revealRangeLink(target.uri, target.titleRange)));
  link.tooltip = previousReportTooltip(target);
  return link;
}

/** “→ 《苏州市…纲要（草案）》”, “→ 二、“十四五”时期…”, “→ 2020 实际 6.1%” / “→ 2020 actual 6.1%”. */
export function referenceTooltip(reference: Reference, figureAt: (range: Range) => Indicator | undefined): string {
  if (reference.kind === 'indicator') {
    const target = figureAt(reference.to.range);
    if (target) {
      const status = target.status === 'actual' ? vscode.l10n.t('actual') : vscode.l10n.t('target');
      return `→ ${[target.period, status, figurePhrase(target)].filter((part) => part).join(' ')}`;
    }
  }
  return `→ ${shorten(reference.to.text)}`;
}

/** “→ 苏州市 2020 年政府工作报告（reports/2020.txt）”. */
export function previousReportTooltip(target: ReportLocation): string {
  const { meta } = target.report;
  return vscode.l10n.t('→ {0} {1} government work report ({2})', meta.place ?? '', String(meta.year ?? ''), vscode.workspace.asRelativePath(target.uri));
}

function shorten(text: string): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  return line.length > MAX_TOOLTIP_CHARS ? `${line.slice(0, MAX_TOOLTIP_CHARS - 1)}…` : line;
}
