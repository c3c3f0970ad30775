import type { CancellationLike } from './cancellation';
import { throwIfCancelled } from './cancellation';
import { extractIndicators } from './indicators/extract';
import { parseMeta } from './meta';
import { parseOutline } from './outline/parseOutline';
import type { Segmenter } from './segmenter';
import { buildDocument } from './text/document';
import { buildParagraphs } from './text/paragraphs';
import type { FootnoteResult, Indicator, MeetingMention, Reference, ReportModel } from './types';
import { buildReferences } from './references';
import type { ReferenceResult } from './references';

export interface AnalyzeOptions {
  /** Checked between steps and inside long loops; VS Code's CancellationToken fits structurally. */
  readonly token?: CancellationLike;
  /**
   * Word segmentation for indicator names (nodejieba on Node). Optional: without it names come from the
   * lexicon and punctuation alone, and the outline never needs it.
   */
  readonly segmenter?: Segmenter;
}

/**
 * The single entry point of the core: text in, plain report model out.
 * Pure and synchronous; callers cache the result per document version (see src/vscode/reportService.ts).
 * Throws CancelledError when the token is cancelled, and nothing else for any input.
 */
export function analyzeReport(text: string, options: AnalyzeOptions = {}): ReportModel {
  const { token } = options;
  const doc = buildDocument(text, token);
  const paragraphs = buildParagraphs(doc, token);
  throwIfCancelled(token);
  const outline = parseOutline(doc, paragraphs, token);
  throwIfCancelled(token);
  const meta = parseMeta(doc);
  let indicators: Indicator[] | undefined;
  let references: ReferenceResult | undefined;
  const getIndicators = (): Indicator[] => (indicators ??= extractIndicators({ paragraphs, outline, meta, segmenter: options.segmenter, lines: doc.lines }));
  const getReferences = (): ReferenceResult =>
    (references ??= buildReferences({
      paragraphs,
      bodyStart: outline.bodyStart,
      bodyEnd: outline.bodyEnd,
      outline: outline.nodes,
      meta,
      indicators: getIndicators,
    }));
  // Figures and references are found on first use, so the outline, folding and symbols of a 10 MB report never wait for them;
  // an object-literal getter is enumerable, so spreading or serialising the model includes them like any field.
  return {
    meta,
    outline: outline.nodes,
    get indicators(): Indicator[] {
      return getIndicators();
    },
    get references(): Reference[] {
      return getReferences().references;
    },
    get footnotes(): FootnoteResult {
      return getReferences().footnotes;
    },
    get meetings(): MeetingMention[] {
      return getReferences().meetings;
    },
    chromeLines: doc.chromeLines,
    duplicateFromLine: outline.duplicateFromLine,
  };
}
