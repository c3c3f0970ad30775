/**
 * The term analysis with words from elsewhere: the editor segments in a worker thread, so the segmenter is an async
 * function here, asked once per report with all of that report's pieces. The counting is the same as
 * compareReportTerms / termFrequencies (index.ts) — same bodies, one vocabulary, jieba's `cut` for the pieces — so
 * that with the same `cut` the editor shows the CLI's numbers.
 */
import type { CancellationLike } from '../cancellation';
import { throwIfCancelled } from '../cancellation';
import type { TermBody } from './body';
import { readTermBody } from './body';
import { compareTerms } from './compare';
import type { PreparedTerms } from './count';
import { countTerms, prepareTerms, termVocabulary } from './count';
import type { TermComparison, TermFrequencies } from './types';

/**
 * The words of each piece (jieba's `cut`, one list per piece, in order), or null when no segmenter is available; then
 * only dictionary and quoted terms are counted (TermFrequencies.segmented is false).
 */
export type CutPieces = (pieces: readonly string[]) => Promise<readonly (readonly string[])[] | null>;

export interface TermAnalysis {
  readonly current: TermFrequencies;
  /** The report compared with (last year's), or null when there is none. */
  readonly previous: TermFrequencies | null;
  readonly comparison: TermComparison | null;
}

export interface PipelineOptions {
  readonly token?: CancellationLike;
  /** Called before each report is read or segmented (the host can let other work run between long steps). */
  readonly pause?: () => Promise<void>;
}

/**
 * A report's term frequencies and, with `previousText`, what changed since that report. Throws CancelledError when
 * the token is cancelled; a segmenter that fails (null, or not one list per piece) leaves both reports unsegmented,
 * so that they are still counted alike.
 */
export async function analyzeTerms(currentText: string, previousText: string | null, cut: CutPieces, options: PipelineOptions = {}): Promise<TermAnalysis> {
  const { token } = options;
  const bodies: TermBody[] = [];
  for (const text of previousText === null ? [currentText] : [currentText, previousText]) {
    await options.pause?.();
    throwIfCancelled(token);
    bodies.push(readTermBody(text, token));
  }
  const counted = await countAll(bodies, cut, options);
  const [current, previous] = counted as [TermFrequencies, TermFrequencies | undefined];
  if (!previous) return { current, previous: null, comparison: null };
  const comparison = compareTerms(current, previous, { bodies: { current: bodies[0] as TermBody, previous: bodies[1] as TermBody } });
  return { current, previous, comparison };
}

/** One report of a place for a chart across years: where it is, its year, and its text. */
export interface TermSourceReport {
  readonly uri: string;
  readonly year: number;
  readonly place: string | null;
  readonly text: string;
}

/** A report's term frequencies with where it is, for a chart across years (see termSeries in table.ts). */
export interface ReportTerms {
  readonly uri: string;
  readonly year: number;
  readonly place: string | null;
  readonly frequencies: TermFrequencies;
}

/**
 * Every report's term frequencies counted with one vocabulary over all of them (the dictionary and every term any of
 * them quotes), so that a term one year puts in quotes is found in the other years too, quoted or not.
 */
export async function termsOverReports(reports: readonly TermSourceReport[], cut: CutPieces, options: PipelineOptions = {}): Promise<ReportTerms[]> {
  const bodies: TermBody[] = [];
  for (const report of reports) {
    await options.pause?.();
    throwIfCancelled(options.token);
    bodies.push(readTermBody(report.text, options.token));
  }
  const counted = await countAll(bodies, cut, options);
  return reports.map((r, i) => ({ uri: r.uri, year: r.year, place: r.place, frequencies: counted[i] as TermFrequencies }));
}

/** The bodies counted with one vocabulary: all with words, or (when any segmentation fails) all without. */
async function countAll(bodies: readonly TermBody[], cut: CutPieces, options: PipelineOptions): Promise<TermFrequencies[]> {
  const { token } = options;
  const vocabulary = termVocabulary(bodies);
  const prepared = bodies.map((b) => prepareTerms(b, vocabulary, token));
  const words = await wordsOf(prepared, cut, options);
  throwIfCancelled(token);
  return prepared.map((p, i) => countTerms(p, words ? words[i] : null, token));
}

async function wordsOf(prepared: readonly PreparedTerms[], cut: CutPieces, options: PipelineOptions): Promise<(readonly (readonly string[])[])[] | null> {
  const out: (readonly (readonly string[])[])[] = [];
  for (const p of prepared) {
    await options.pause?.();
    throwIfCancelled(options.token);
    let words: readonly (readonly string[])[] | null;
    try {
      words = p.pieces.length === 0 ? [] : await cut(p.pieces);
    } catch {
      words = null; // the segmenter went away (worker stopped): count without words, as when it never loaded
    }
    if (!words || words.length !== p.pieces.length) return null;
    out.push(words);
  }
  return out;
}
