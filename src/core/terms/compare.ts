/**
 * What a report newly says, against another report (the previous year's of the same place): terms new this year,
 * dropped, rising and falling. Rates per 10,000 characters make reports of different lengths comparable; rising and
 * falling also need enough mentions and a difference unlikely by chance, so that 1 → 2 never shows as a change.
 */
import { compareRanges } from '../positions';
import { WordTrie } from '../references/wordTrie';
import type { Range } from '../types';
import type { TermBody } from './body';
import type { TermChange, TermComparison, TermCount, TermFrequencies, TermSource, TermThresholds } from './types';

const SOURCE_RANK: Readonly<Record<TermSource, number>> = { dictionary: 0, quoted: 1, word: 2 };

export const DEFAULT_THRESHOLDS: TermThresholds = Object.freeze({ minRatio: 1.5, minCount: 5, minKeyness: 3.84 });

export interface CompareOptions {
  readonly thresholds?: Partial<TermThresholds>;
  /**
   * The two bodies the frequencies were counted in. With them, a term is new (or dropped) only when the other body
   * does not hold it at all, not even inside a longer word: 物价 is not new in a year after one that wrote 哄抬物价
   * (one jieba word). Without them, new and dropped compare the counted terms only.
   */
  readonly bodies?: { readonly current: TermBody; readonly previous: TermBody };
}

export function compareTerms(current: TermFrequencies, previous: TermFrequencies, options: CompareOptions = {}): TermComparison {
  const limits: TermThresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
  const before = new Map(previous.terms.map((t) => [t.term, t] as const));
  const now = new Map(current.terms.map((t) => [t.term, t] as const));
  const candidatesNew = current.terms.filter((t) => !before.has(t.term));
  const candidatesDropped = previous.terms.filter((p) => !now.has(p.term));
  const inPrevious = options.bodies ? termsIn(options.bodies.previous, candidatesNew) : new Set<string>();
  const inCurrent = options.bodies ? termsIn(options.bodies.current, candidatesDropped) : new Set<string>();
  const added = candidatesNew.filter((t) => !inPrevious.has(t.term)).map((t) => changeOf(t, undefined, current, previous));
  const dropped = candidatesDropped.filter((p) => !inCurrent.has(p.term)).map((p) => changeOf(undefined, p, current, previous));
  const rising: TermChange[] = [];
  const falling: TermChange[] = [];
  for (const t of current.terms) {
    const p = before.get(t.term);
    if (!p) continue;
    const change = changeOf(t, p, current, previous);
    if (isSignificant(change, limits)) (change.per10k > change.previousPer10k ? rising : falling).push(change);
  }
  // Most mentioned first; among equals, dictionary and quoted terms (formulations) before ordinary words.
  added.sort((a, b) => b.count - a.count || SOURCE_RANK[a.source] - SOURCE_RANK[b.source] || byFirst(a.first, b.first));
  dropped.sort((a, b) => b.previousCount - a.previousCount || SOURCE_RANK[a.source] - SOURCE_RANK[b.source] || byFirst(a.previousFirst, b.previousFirst));
  const byKeyness = (a: TermChange, b: TermChange): number => b.keyness - a.keyness || byFirst(a.first, b.first);
  return { thresholds: limits, new: added, dropped, rising: rising.sort(byKeyness), falling: falling.sort(byKeyness) };
}

/** Which of `terms` occur anywhere in the body's text: one pass with all of them in a trie (linear in the text). */
function termsIn(body: TermBody, terms: readonly TermCount[]): Set<string> {
  const found = new Set<string>();
  if (terms.length === 0) return found;
  const trie = new WordTrie(terms.map((t) => t.term));
  for (const p of body.paragraphs) {
    for (let at = 0; at < p.text.length; at++) for (const word of trie.wordsAt(p.text, at)) found.add(word);
  }
  return found;
}

function changeOf(t: TermCount | undefined, p: TermCount | undefined, current: TermFrequencies, previous: TermFrequencies): TermChange {
  const count = t?.count ?? 0;
  const previousCount = p?.count ?? 0;
  const per10k = t?.per10k ?? 0;
  const previousPer10k = p?.per10k ?? 0;
  return {
    term: (t ?? p)?.term ?? '',
    source: t?.source ?? p?.source ?? 'word',
    count,
    per10k,
    first: t?.first ?? null,
    previousCount,
    previousPer10k,
    previousFirst: p?.first ?? null,
    ratio: per10k > 0 && previousPer10k > 0 ? per10k / previousPer10k : null,
    keyness: logLikelihood(count, current.bodyLength, previousCount, previous.bodyLength),
  };
}

function isSignificant(c: TermChange, limits: TermThresholds): boolean {
  if (c.ratio === null || Math.max(c.count, c.previousCount) < limits.minCount || c.keyness < limits.minKeyness) return false;
  return c.ratio >= limits.minRatio || c.ratio <= 1 / limits.minRatio;
}

/**
 * Dunning's log-likelihood G² for a term seen `a` times in a body of `n1` characters and `b` times in one of `n2`
 * (Rayson & Garside's keyness): 2 Σ O ln(O / E), with 0 ln 0 = 0.
 */
export function logLikelihood(a: number, n1: number, b: number, n2: number): number {
  if (n1 <= 0 || n2 <= 0 || a + b === 0) return 0;
  const e1 = (n1 * (a + b)) / (n1 + n2);
  const e2 = (n2 * (a + b)) / (n1 + n2);
  return 2 * ((a > 0 ? a * Math.log(a / e1) : 0) + (b > 0 ? b * Math.log(b / e2) : 0));
}

/** Document order of first mentions; a term with none (absent from that report) last. */
function byFirst(a: Range | null, b: Range | null): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return compareRanges(a, b);
}
