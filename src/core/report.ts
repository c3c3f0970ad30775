import type { CancellationLike } from './cancellation';
import { throwIfCancelled } from './cancellation';
import { extractIndicators } from './indicators/extract';
import { metaWithFileName, parseMeta } from './meta';
import { parseOutline } from './outline/parseOutline';
import type { Segmenter } from './segmenter';
import { buildDocument } from './text/document';
import { findLaterReports, view } from './text/laterReports';
import { buildParagraphs } from './text/paragraphs';
import type { FigurePair, FootnoteResult, Indicator, LaterReport, MeetingMention, Reference, ReportModel } from './types';
import { buildReferences, figurePairs } from './references';
import type { ReferenceResult, RefContext } from './references';

export interface AnalyzeOptions {
  /** Checked between steps and inside long loops; VS Code's CancellationToken fits structurally. */
  readonly token?: CancellationLike;
  /**
   * Word segmentation for indicator names (nodejieba on Node). Optional: without it names come from the
   * lexicon and punctuation alone, and the outline never needs it.
   */
  readonly segmenter?: Segmenter;
  /**
   * The name of the file the text came from (罗湖区-2025.txt): it supplies the report's year and place when the text
   * says neither (metaWithFileName), so that the figures of an undated report still get their periods. What the text
   * says always wins.
   */
  readonly fileName?: string;
}

/** What a report is made of before its figures are bound: what the outline, folding and symbols read. */
export type ReportStructure = Pick<ReportModel, 'meta' | 'outline' | 'chromeLines' | 'duplicateFromLine' | 'laterReports'>;

/**
 * A report analysed in stages: its structure at once, its figures and references when asked for. The report service
 * (src/core/service) drives the stages itself, so that figures are bound only for the features that need them and
 * references are always built from the very indicators the model holds (regrouped by words or not).
 */
export interface PreparedReport {
  readonly structure: ReportStructure;
  /** Binds every figure (name, measure, kind, status, period); grouping keys by words when a segmenter is given. */
  indicators(segmenter: Segmenter | undefined, token?: CancellationLike): Indicator[];
  /**
   * This year's targets with the actuals they are judged by, from `indicators` (the words around each figure read in
   * its paragraph): computed once per analysis, read by the links, the card and the tables alike.
   */
  pairs(indicators: readonly Indicator[]): FigurePair[];
  /**
   * Cross-references, footnotes and meeting mentions from `indicators`; the target ↔ actual links those of `pairs`
   * (the same figures' pairs, when the caller has them), else of pairs computed here.
   */
  references(indicators: readonly Indicator[], token?: CancellationLike, pairs?: readonly FigurePair[]): ReferenceResult;
}

/** Lines, paragraphs, outline and metadata of a text: what every reading of a report starts from. */
export function readStructure(text: string, token?: CancellationLike) {
  const whole = buildDocument(text, token);
  // A compilation of reports is read as its first report (laterReports.ts); the editor says where the others start.
  const laterReports = findLaterReports(whole);
  const doc = laterReports.length > 0 ? view(whole, 0, (laterReports[0] as LaterReport).line) : whole;
  const paragraphs = buildParagraphs(doc, token);
  throwIfCancelled(token);
  const outline = parseOutline(doc, paragraphs, token);
  throwIfCancelled(token);
  return { doc, paragraphs, outline, meta: parseMeta(doc), laterReports };
}

/**
 * The first stage of every analysis: text → structure, with the paragraphs kept for the later stages. `fileName` (see
 * AnalyzeOptions) fills the year and place the text does not give, before any figure is dated by them.
 */
export function prepareReport(text: string, token?: CancellationLike, fileName?: string): PreparedReport {
  const { doc, paragraphs, outline, meta: read, laterReports } = readStructure(text, token);
  const meta = fileName ? metaWithFileName(read, fileName) : read;
  const refContext = (indicators: readonly Indicator[]): RefContext => ({ paragraphs, bodyStart: outline.bodyStart, bodyEnd: outline.bodyEnd, outline: outline.nodes, meta, indicators: () => indicators });
  return {
    structure: { meta, outline: outline.nodes, chromeLines: doc.chromeLines, duplicateFromLine: outline.duplicateFromLine, laterReports },
    indicators: (segmenter, token) => {
      throwIfCancelled(token); // and every 256 paragraphs inside
      return extractIndicators({ paragraphs, outline, meta, segmenter, token, lines: doc.lines });
    },
    pairs: (indicators) => figurePairs(refContext(indicators)),
    references: (indicators, token, pairs) => {
      throwIfCancelled(token);
      const result = buildReferences(refContext(indicators), pairs);
      throwIfCancelled(token);
      return result;
    },
  };
}

/**
 * The single entry point of the core for one-shot callers (CLI, tests, the benchmark): text in, plain report model
 * out. Pure and synchronous; the editor goes through the report service instead, which caches per document version.
 * Throws CancelledError when the token is cancelled during the structure, and nothing else for any input.
 */
export function analyzeReport(text: string, options: AnalyzeOptions = {}): ReportModel {
  const prepared = prepareReport(text, options.token, options.fileName);
  const { meta, outline, chromeLines, duplicateFromLine, laterReports } = prepared.structure;
  let indicators: Indicator[] | undefined;
  let references: ReferenceResult | undefined;
  let pairs: FigurePair[] | undefined;
  // The later stages run outside this call, on first use: they do not take the token (a getter that throws
  // CancelledError long after the call returned would surprise every reader of the model).
  const getIndicators = (): Indicator[] => (indicators ??= prepared.indicators(options.segmenter));
  const getPairs = (): FigurePair[] => (pairs ??= prepared.pairs(getIndicators()));
  const getReferences = (): ReferenceResult => (references ??= prepared.references(getIndicators(), undefined, getPairs()));
  // Figures and references are found on first use, so the outline, folding and symbols of a 10 MB report never wait for them;
  // an object-literal getter is enumerable, so spreading or serialising the model includes them like any field.
  return {
    meta,
    outline,
    get indicators(): Indicator[] {
      return getIndicators();
    },
    get references(): Reference[] {
      return getReferences().references;
    },
    get pairs(): FigurePair[] {
      return getPairs();
    },
    get footnotes(): FootnoteResult {
      return getReferences().footnotes;
    },
    get meetings(): MeetingMention[] {
      return getReferences().meetings;
    },
    chromeLines,
    duplicateFromLine,
    laterReports,
  };
}
