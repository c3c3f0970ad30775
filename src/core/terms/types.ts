/**
 * What the term analysis returns: flat rows of plain data, ready for a table, a chart or CSV.
 * Positions are VS Code's (0-based line, UTF-16 character), as everywhere in the core.
 */
import type { Range } from '../types';

/**
 * Where a term comes from: the policy dictionary (policyTerms.json), the report's own quotation marks (“放管服”,
 * counted also where it is later written without them), or a word from the segmenter (nodejieba). A quoted word that
 * the segmenter holds as one ordinary word and the report mostly writes without quotes (“首批”, “优秀”) is a 'word'.
 */
export type TermSource = 'dictionary' | 'quoted' | 'word';

export interface TermCount {
  readonly term: string;
  readonly source: TermSource;
  /** Mentions in the body. Terms never overlap: a mention inside a longer term counts for the longer one only. */
  readonly count: number;
  /** count / body length × 10,000: mentions per 10,000 characters of body, comparable across reports of any size. */
  readonly per10k: number;
  /** The first mention, for a link. */
  readonly first: Range;
}

export interface TermFrequencies {
  readonly place: string | null;
  readonly year: number | null;
  /** Characters of the body that are not white space (see body.ts). */
  readonly bodyLength: number;
  /** The text stops inside a sentence (TermBody.cutShort): its later parts are missing. */
  readonly cutShort: boolean;
  /**
   * True when words from a segmenter were counted; false when only dictionary and quoted terms were (nodejieba is not
   * available), which callers should say.
   */
  readonly segmented: boolean;
  /** Most mentioned first, then in order of first mention. */
  readonly terms: readonly TermCount[];
}

/** One term of a comparison, with its figures in both reports (0 / null where it is absent). */
export interface TermChange {
  readonly term: string;
  readonly source: TermSource;
  readonly count: number;
  readonly per10k: number;
  readonly first: Range | null;
  readonly previousCount: number;
  readonly previousPer10k: number;
  readonly previousFirst: Range | null;
  /** per10k / previousPer10k; null when the term is absent from either report. */
  readonly ratio: number | null;
  /**
   * Dunning's log-likelihood G² of the two counts given the two body lengths: how unlikely the difference is by
   * chance (3.84 ≈ p < 0.05, 6.63 ≈ p < 0.01). Large for a big change of a frequent term, small for 1 → 2.
   */
  readonly keyness: number;
}

export interface TermThresholds {
  /** Rising: the rate grew at least this many times; falling: it shrank as much (default 1.5). */
  readonly minRatio: number;
  /** The larger of the two counts must be at least this (default 5), so that 1 → 2 is not a change. */
  readonly minCount: number;
  /** And the change must be this unlikely by chance (G², default 3.84, p < 0.05). */
  readonly minKeyness: number;
}

export interface TermComparison {
  readonly thresholds: TermThresholds;
  /** In this report, absent from the previous one: most mentioned first. */
  readonly new: readonly TermChange[];
  /** In the previous report, absent from this one: most mentioned (before) first. */
  readonly dropped: readonly TermChange[];
  /** Mentioned more often per 10,000 characters, past the thresholds: largest keyness first. */
  readonly rising: readonly TermChange[];
  /** Mentioned less often per 10,000 characters, past the thresholds: largest keyness first. */
  readonly falling: readonly TermChange[];
}
