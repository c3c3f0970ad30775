/**
 * Policy-term frequencies of a report and what a report newly says against another (src/core/terms).
 *
 * In one call, with a synchronous Segmenter (or none):
 *   termFrequencies(text, { segmenter })                    → TermFrequencies
 *   compareReportTerms(current, previous, { segmenter })    → { current, previous, comparison }
 *
 * Step by step, when words come from elsewhere (a worker thread):
 *   const bodies = [readTermBody(current), readTermBody(previous)];
 *   const vocabulary = termVocabulary(bodies);
 *   const prepared = bodies.map((b) => prepareTerms(b, vocabulary, token));
 *   const words = await Promise.all(prepared.map((p) => cutMany(p.pieces)));   // jieba `cut`, one list per piece
 *   const [now, before] = prepared.map((p, i) => countTerms(p, words[i], token));
 *   const comparison = compareTerms(now, before, { bodies: { current: bodies[0], previous: bodies[1] } });
 */
import type { CancellationLike } from '../cancellation';
import type { Segmenter } from '../segmenter';
import { readTermBody } from './body';
import { compareTerms } from './compare';
import type { PreparedTerms } from './count';
import { countWith, prepareTerms, termVocabulary } from './count';
import type { TermComparison, TermFrequencies, TermThresholds } from './types';

export { MAX_QUOTED_TERMS, readTermBody } from './body';
export type { TermBody } from './body';
export { alignWords, countTerms, countWith, per10k, prepareTerms, termVocabulary } from './count';
export type { PreparedTerms, TermVocabulary } from './count';
export { DEFAULT_THRESHOLDS, compareTerms, logLikelihood } from './compare';
export type { CompareOptions } from './compare';
export { POLICY_TERMS, isCountableWord, isQuotableTerm, isStopWord } from './lexicon';
export { TERM_CHANGE_CSV_COLUMNS, TERM_CSV_COLUMNS, formatTermChangesCsv, formatTermsCsv, roundTo } from './csv';
export type * from './types';
export { analyzeTerms, termsOverReports } from './pipeline';
export type { CutPieces, PipelineOptions, ReportTerms, TermAnalysis, TermSourceReport } from './pipeline';
export { DEFAULT_ROWS_PER_SOURCE, TERM_SOURCES, buildTermTable, termSeries } from './table';
export type { TermLink, TermRow, TermSection, TermSide, TermTable, TermTableOptions, TermTableSection } from './table';

export interface TermOptions {
  /**
   * Word segmentation (nodejieba's `cut`) for the words outside the dictionary and quoted terms. Without it only
   * those are counted (TermFrequencies.segmented is false). Do not pass a fallback that returns whole clauses:
   * words longer than MAX_WORD_LENGTH are ignored anyway.
   */
  readonly segmenter?: Segmenter;
  readonly token?: CancellationLike;
}

/** The term frequencies of one report. Pure and synchronous; throws CancelledError when cancelled, nothing else. */
export function termFrequencies(text: string, options: TermOptions = {}): TermFrequencies {
  const body = readTermBody(text, options.token);
  return count(prepareTerms(body, termVocabulary([body]), options.token), options);
}

export interface ReportTermComparison {
  readonly current: TermFrequencies;
  readonly previous: TermFrequencies;
  readonly comparison: TermComparison;
}

/** Both reports counted with one vocabulary, and what changed from `previousText` to `currentText`. */
export function compareReportTerms(
  currentText: string,
  previousText: string,
  options: TermOptions & { readonly thresholds?: Partial<TermThresholds> } = {},
): ReportTermComparison {
  const bodies = [readTermBody(currentText, options.token), readTermBody(previousText, options.token)] as const;
  const vocabulary = termVocabulary(bodies);
  const current = count(prepareTerms(bodies[0], vocabulary, options.token), options);
  const previous = count(prepareTerms(bodies[1], vocabulary, options.token), options);
  const comparison = compareTerms(current, previous, { bodies: { current: bodies[0], previous: bodies[1] }, ...(options.thresholds ? { thresholds: options.thresholds } : {}) });
  return { current, previous, comparison };
}

function count(prepared: PreparedTerms, options: TermOptions): TermFrequencies {
  const { segmenter, token } = options;
  return countWith(prepared, segmenter ? (i) => segmenter.cut(prepared.pieces[i] ?? '') : null, token);
}
