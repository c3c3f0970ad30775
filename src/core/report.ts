import type { CancellationLike } from './cancellation';
import { throwIfCancelled } from './cancellation';
import { buildDocument } from './text/document';
import { parseOutline } from './outline/parseOutline';
import { parseMeta } from './meta';
import type { ReportModel } from './types';

export interface AnalyzeOptions {
  /** Checked between steps and inside long loops; VS Code's CancellationToken fits structurally. */
  readonly token?: CancellationLike;
}

/**
 * The single entry point of the core: text in, plain report model out.
 * Pure and synchronous; callers cache the result per document version (see src/vscode/reportService.ts).
 * Throws CancelledError when the token is cancelled, and nothing else for any input.
 */
export function analyzeReport(text: string, options: AnalyzeOptions = {}): ReportModel {
  const { token } = options;
  const doc = buildDocument(text, token);
  throwIfCancelled(token);
  const outline = parseOutline(doc, token);
  throwIfCancelled(token);
  const meta = parseMeta(doc);
  return {
    meta,
    outline: outline.nodes,
    indicators: [],
    references: [],
    chromeLines: doc.chromeLines,
    duplicateFromLine: outline.duplicateFromLine,
  };
}
