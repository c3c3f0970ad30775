import * as vscode from 'vscode';
import type { ReportProblem, ReportService } from '../core/service';
import { config } from './config';
import { toRange } from './convert';
import { reportDocument } from './reportService';

/** Edits are gathered for this long before a report is checked again. */
const DEBOUNCE_MS = 500;
const SOURCE = 'GovReport Lens';

export type { DiagnosticSettings } from './config';

/**
 * Problems for open reports, from the service's low-noise checks (a footnote marker without a glossary entry, an
 * entry no marker points at, and, opt-in, one indicator given two values for the same year). Checked on open and,
 * debounced, on change; cleared when the document closes or a setting turns the check off.
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
    if (document.isClosed || vscode.languages.match(selector, document) === 0) return collection.delete(document.uri);
    const problems = await service.getDiagnostics(reportDocument(document), config.diagnostics(document), token);
    if (problems && !token.isCancellationRequested) collection.set(document.uri, problems.map((p) => toDiagnostic(document, p)));
  };

  const schedule = (document: vscode.TextDocument, delay: number): void => {
    const key = document.uri.toString();
    cancel(key);
    if (vscode.languages.match(selector, document) === 0) return collection.delete(document.uri);
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

/** A finding of the service as a VS Code diagnostic (worded by the service in the display language). */
export function toDiagnostic(document: vscode.TextDocument, problem: ReportProblem): vscode.Diagnostic {
  const severity = problem.severity === 'hint' ? vscode.DiagnosticSeverity.Hint : vscode.DiagnosticSeverity.Information;
  const diagnostic = new vscode.Diagnostic(document.validateRange(toRange(problem.range)), problem.message, severity);
  diagnostic.source = SOURCE;
  diagnostic.code = problem.code;
  if (problem.related) {
    const other = new vscode.Location(document.uri, document.validateRange(toRange(problem.related.range)));
    diagnostic.relatedInformation = [new vscode.DiagnosticRelatedInformation(other, problem.related.message)];
  }
  return diagnostic;
}
