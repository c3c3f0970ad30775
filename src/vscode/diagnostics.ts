import * as vscode from 'vscode';
import { diagnose } from '../core';
import type { ReportDiagnostic, ReportModel } from '../core';
import { config } from './config';
import type { DiagnosticSettings } from './config';
import { toRange } from './convert';
import { tooLargeForCrossReferences } from './links';
import type { ReportService } from './reportService';

/** Edits are gathered for this long before a report is checked again. */
const DEBOUNCE_MS = 500;
const SOURCE = 'GovReport Lens';

export type { DiagnosticSettings } from './config';

/**
 * Problems for open reports, from the core's low-noise checks (diagnose): a footnote marker without a glossary
 * entry, an entry no marker points at, and (opt-in) one indicator given two values for the same year. Checked on
 * open and, debounced, on change; cleared when the document closes or a setting turns the check off.
 */
export function registerDiagnosticsSupport(selector: vscode.DocumentSelector, service: ReportService): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('govreport');
  const pending = new Map<string, { timer: ReturnType<typeof setTimeout>; source: vscode.CancellationTokenSource }>();

  const cancel = (key: string): void => {
    const run = pending.get(key);
    if (!run) return;
    clearTimeout(run.timer);
    run.source.cancel();
    run.source.dispose();
    pending.delete(key);
  };

  const check = async (document: vscode.TextDocument, token: vscode.CancellationToken): Promise<void> => {
    if (document.isClosed || vscode.languages.match(selector, document) === 0) {
      collection.delete(document.uri);
      return;
    }
    const settings = config.diagnostics(document);
    if ((!settings.footnotes && !settings.indicatorConflicts) || tooLargeForCrossReferences(document)) {
      collection.delete(document.uri);
      return;
    }
    const model = await service.getModelWithFigures(document, token);
    if (token.isCancellationRequested) return;
    collection.set(document.uri, model ? reportDiagnostics(document, model, settings) : []);
  };

  const schedule = (document: vscode.TextDocument, delay: number): void => {
    const key = document.uri.toString();
    cancel(key);
    if (vscode.languages.match(selector, document) === 0) {
      collection.delete(document.uri);
      return;
    }
    const source = new vscode.CancellationTokenSource();
    const timer = setTimeout(() => {
      pending.delete(key);
      void check(document, source.token).finally(() => source.dispose());
    }, delay);
    pending.set(key, { timer, source });
  };

  const recheckAll = (): void => {
    for (const document of vscode.workspace.textDocuments) schedule(document, 0);
  };

  recheckAll(); // documents restored with the window were opened before activation
  return vscode.Disposable.from(
    collection,
    // A language switch (plain text → report) arrives as close + open.
    vscode.workspace.onDidOpenTextDocument((document) => schedule(document, 0)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0) schedule(event.document, DEBOUNCE_MS);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      cancel(document.uri.toString());
      collection.delete(document.uri);
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (config.affectsDiagnostics(event)) recheckAll();
    }),
    { dispose: () => [...pending.keys()].forEach(cancel) },
  );
}

/** The model's findings as VS Code diagnostics, worded in the display language, filtered by the settings. */
export function reportDiagnostics(document: vscode.TextDocument, model: ReportModel, settings: DiagnosticSettings): vscode.Diagnostic[] {
  const out: vscode.Diagnostic[] = [];
  for (const finding of diagnose(model)) {
    const footnote = finding.code === 'footnote-missing' || finding.code === 'footnote-unused';
    if (footnote ? !settings.footnotes : !settings.indicatorConflicts) continue;
    out.push(toDiagnostic(document, finding));
  }
  return out;
}

export function toDiagnostic(document: vscode.TextDocument, finding: ReportDiagnostic): vscode.Diagnostic {
  const range = document.validateRange(toRange(finding.range));
  const diagnostic = new vscode.Diagnostic(range, message(finding), severity(finding));
  diagnostic.source = SOURCE;
  diagnostic.code = finding.code;
  if (finding.related) {
    const other = new vscode.Location(document.uri, document.validateRange(toRange(finding.related)));
    diagnostic.relatedInformation = [new vscode.DiagnosticRelatedInformation(other, vscode.l10n.t('The other figure: {0}', finding.args.other ?? ''))];
  }
  return diagnostic;
}

/** Nothing here is an error: a missing entry is worth a look (Information), an unused one barely (Hint). */
function severity(finding: ReportDiagnostic): vscode.DiagnosticSeverity {
  return finding.code === 'footnote-unused' ? vscode.DiagnosticSeverity.Hint : vscode.DiagnosticSeverity.Information;
}

function message(finding: ReportDiagnostic): string {
  const a = finding.args;
  switch (finding.code) {
    case 'footnote-missing':
      return vscode.l10n.t('Footnote marker {0} has no matching glossary entry', a.marker ?? '');
    case 'footnote-unused':
      return vscode.l10n.t('Glossary entry [{0}] is not referenced by any footnote marker', a.entry ?? '');
    case 'indicator-conflict':
      return vscode.l10n.t('{0} for {1} is given as {2} here but as {3} earlier in the report', a.name ?? '', a.period ?? '', a.value ?? '', a.other ?? '');
    default:
      return String(finding.code);
  }
}
