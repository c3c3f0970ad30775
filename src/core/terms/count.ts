/**
 * Counting terms in a report body, in two passes so that segmentation can happen anywhere (in this thread through a
 * Segmenter, or in a worker thread): `prepareTerms` finds the dictionary and quoted terms on the text itself and cuts
 * the rest into pieces; the caller segments the pieces; `countTerms` adds the words and returns the frequencies.
 *
 * Dictionary and quoted terms are matched on the text, longest first, not left to the segmenter: their counts are then
 * exact and the same with or without nodejieba, a phrase can never be split (高质量/发展), and a report's quoted terms
 * need no insertion into the process-wide jieba dictionary, where they would stay and change other reports' words.
 */
import type { CancellationLike } from '../cancellation';
import { throwIfCancelled } from '../cancellation';
import { compareRanges } from '../positions';
import { WordTrie } from '../references/wordTrie';
import type { Paragraph } from '../text/paragraphs';
import { endPositionAt, positionAt } from '../text/paragraphs';
import type { Range } from '../types';
import type { TermBody } from './body';
import { POLICY_TERMS, isCountableWord } from './lexicon';
import type { TermCount, TermFrequencies, TermSource } from './types';

/** The terms matched on the text, shared by the reports being compared so that both are counted alike. */
export interface TermVocabulary {
  readonly trie: WordTrie;
  readonly sources: ReadonlyMap<string, 'dictionary' | 'quoted'>;
  /** The reports' own places (河北省): words inside them (河北) are the speaker's place, not a term. */
  readonly places: readonly string[];
}

/**
 * The dictionary plus every term quoted in any of `bodies`. Compare two reports with one vocabulary: a term the new
 * report puts in quotes is then also found where the old report wrote it without quotes, so it is not "new" by mistake.
 */
export function termVocabulary(bodies: readonly TermBody[]): TermVocabulary {
  const sources = new Map<string, 'dictionary' | 'quoted'>();
  for (const term of POLICY_TERMS) sources.set(term, 'dictionary');
  for (const body of bodies) for (const term of body.quoted) if (!sources.has(term)) sources.set(term, 'quoted');
  const places = bodies.map((b) => b.place).filter((p): p is string => p !== null && p.length >= 2);
  return { trie: new WordTrie(sources.keys()), sources, places: [...new Set(places)] };
}

interface Piece {
  readonly paragraph: number;
  readonly offset: number;
}

interface Tally {
  readonly source: TermSource;
  count: number;
  /** Mentions written in quotation marks (“首批”): only tallied for quoted terms. */
  quoted: number;
  /** First mention: paragraph index (into body.paragraphs), offset in its text. */
  paragraph: number;
  offset: number;
}

/** A body with its vocabulary terms counted and the text between them ready for segmentation. */
export interface PreparedTerms {
  readonly body: TermBody;
  /** The text between vocabulary terms, in document order: segment each with `cut` and pass the words to countTerms. */
  readonly pieces: readonly string[];
  /**
   * Internal: where each text piece starts (pieces past pieceAt.length are the probes below), and the tallies so far.
   */
  readonly pieceAt: readonly Piece[];
  /**
   * Quoted terms mostly written without quotes, appended to `pieces` after the text pieces so that the same `cut`
   * says whether each is one ordinary word (see isEmphasisQuote).
   */
  readonly probes: readonly string[];
  readonly tallies: ReadonlyMap<string, Tally>;
  readonly places: readonly string[];
}

export function prepareTerms(body: TermBody, vocabulary: TermVocabulary, token?: CancellationLike): PreparedTerms {
  const tallies = new Map<string, Tally>();
  const pieces: string[] = [];
  const pieceAt: Piece[] = [];
  body.paragraphs.forEach((p, pi) => {
    if ((pi & 0xff) === 0) throwIfCancelled(token);
    let gap = 0;
    const addPiece = (end: number): void => {
      if (end > gap) {
        pieces.push(p.text.slice(gap, end));
        pieceAt.push({ paragraph: pi, offset: gap });
      }
    };
    for (const [at, term] of vocabulary.trie.matches(p.text)) {
      addPiece(at);
      const source = vocabulary.sources.get(term) ?? 'dictionary';
      const inQuotes = source === 'quoted' && p.text[at - 1] === '“' && p.text[at + term.length] === '”';
      tally(tallies, term, source, pi, at, inQuotes);
      gap = at + term.length;
    }
    addPiece(p.text.length);
  });
  const probes = [...tallies].filter(([, t]) => t.source === 'quoted' && mostlyUnquoted(t)).map(([term]) => term);
  return { body, pieces: [...pieces, ...probes], pieceAt, probes, tallies, places: vocabulary.places };
}

/**
 * A quoted term the report writes without quotes at least three times for each quoted mention. A policy formulation
 * (“百千万工程”, “两新”, “紧日子”) is quoted at most mentions or is rare after its quoted introduction; an ordinary word
 * quoted once for emphasis (“首创”“首批”金融政策, 考核“优秀”, “创新”) keeps its everyday frequency elsewhere.
 */
export const MIN_UNQUOTED_PER_QUOTED = 3;

function mostlyUnquoted(t: Tally): boolean {
  return t.count - t.quoted >= MIN_UNQUOTED_PER_QUOTED * t.quoted;
}

/**
 * The segmenter cuts the term as one word of its dictionary (首批, 优秀, 创新), not as pieces of a coined formulation
 * (百千万/工程, 专精/特/新, 两/新): with `mostlyUnquoted`, the quotes were emphasis, and the term is an ordinary word.
 */
function isEmphasisQuote(term: string, words: readonly string[]): boolean {
  return words.length === 1 && words[0] === term;
}

/**
 * The frequencies of a prepared body. `words[i]` are the words of `prepared.pieces[i]` from a segmenter's `cut`
 * (concatenated they give the piece back; words that do not line up are skipped, never miscounted); without words
 * (no segmenter) only the dictionary and quoted terms are counted and `segmented` is false.
 */
export function countTerms(prepared: PreparedTerms, words?: readonly (readonly string[])[] | null, token?: CancellationLike): TermFrequencies {
  return countWith(prepared, words ? (i) => words[i] ?? [] : null, token);
}

/**
 * countTerms with the words of each piece asked for one at a time, so that a synchronous segmenter's output for a
 * large report is counted as it comes instead of being held all at once.
 */
export function countWith(prepared: PreparedTerms, wordsOf: ((piece: number) => readonly string[]) | null, token?: CancellationLike): TermFrequencies {
  const tallies = new Map(Array.from(prepared.tallies, ([term, t]) => [term, { ...t }] as const));
  if (wordsOf) {
    // A report repeats its words: decide once per distinct word whether it counts.
    const countable = new Map<string, boolean>();
    const counts = (word: string): boolean => {
      let ok = countable.get(word);
      if (ok === undefined) {
        ok = isCountableWord(word) && !prepared.places.some((place) => place.includes(word));
        countable.set(word, ok);
      }
      return ok;
    };
    prepared.pieceAt.forEach((at, i) => {
      if ((i & 0xff) === 0) throwIfCancelled(token);
      for (const [offset, word] of alignWords(prepared.pieces[i] ?? '', wordsOf(i))) {
        if (counts(word)) tally(tallies, word, 'word', at.paragraph, at.offset + offset);
      }
    });
    // An ordinary word quoted for emphasis is counted as the word it is (same mentions, source 'word'), so that the
    // quoted terms are the report's formulations. Without a segmenter nothing says which words are ordinary: kept.
    prepared.probes.forEach((term, k) => {
      const t = tallies.get(term);
      // A word the segmenter would not count (the report's own place) stays what it was rather than vanish.
      if (t && counts(term) && isEmphasisQuote(term, wordsOf(prepared.pieceAt.length + k))) tallies.set(term, { ...t, source: 'word' });
    });
  }
  throwIfCancelled(token);
  const { body } = prepared;
  const terms: TermCount[] = [];
  for (const [term, t] of tallies) {
    const p = body.paragraphs[t.paragraph] as Paragraph;
    terms.push({ term, source: t.source, count: t.count, per10k: per10k(t.count, body.length), first: rangeOf(p, t.offset, t.offset + term.length) });
  }
  terms.sort((a, b) => b.count - a.count || compareRanges(a.first, b.first) || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  return { place: body.place, year: body.year, bodyLength: body.length, cutShort: body.cutShort, segmented: wordsOf !== null, terms };
}

/** Mentions per 10,000 characters of body. */
export function per10k(count: number, bodyLength: number): number {
  return bodyLength > 0 ? (count / bodyLength) * 10_000 : 0;
}

function tally(tallies: Map<string, Tally>, term: string, source: TermSource, paragraph: number, offset: number, inQuotes = false): void {
  const t = tallies.get(term);
  if (!t) {
    tallies.set(term, { source, count: 1, quoted: inQuotes ? 1 : 0, paragraph, offset });
    return;
  }
  t.count++;
  if (inQuotes) t.quoted++;
  if (paragraph < t.paragraph || (paragraph === t.paragraph && offset < t.offset)) {
    t.paragraph = paragraph;
    t.offset = offset;
  }
}

/** How far a word that does not start where the previous one ended is looked for (bounded: linear overall). */
const RESYNC_WINDOW = 16;

/**
 * [offset, word] for each word of `words` found in `text` in order. Words from `cut` line up exactly. Anything
 * else (search-mode words that overlap, a segmenter that drops characters) is realigned within a small window or
 * skipped: a word is only ever counted where the text really holds it.
 */
export function* alignWords(text: string, words: readonly string[]): Generator<[number, string]> {
  let cursor = 0;
  for (const word of words) {
    if (word.length === 0) continue;
    if (text.startsWith(word, cursor)) {
      yield [cursor, word];
      cursor += word.length;
      continue;
    }
    const from = Math.max(0, cursor - word.length + 1);
    const found = text.slice(from, cursor + word.length + RESYNC_WINDOW).indexOf(word);
    if (found < 0) continue;
    const at = from + found;
    // A longer word over words already taken (search mode: 农村, 公路, then 农村公路) is not counted again.
    if (at >= cursor) yield [at, word];
    cursor = Math.max(cursor, at + word.length);
  }
}

function rangeOf(p: Paragraph, start: number, end: number): Range {
  return { start: positionAt(p, start), end: endPositionAt(p, end) };
}
