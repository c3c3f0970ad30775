/**
 * Whether one of the dictionary's verbs (lexicon/verbs.json: two or three characters, all in U+4E00–U+9FFF) starts at
 * an offset, read from the character codes with no substring made.
 *
 * firstVerb (names.ts) asks this at every position of a name's window, for most figures: slicing two substrings per
 * position and hashing them for a Set lookup cost more than the rest of the name rules around it. Here a table indexed
 * by the first character gives the few second characters that follow it in a verb (three on average), with whether
 * the pair is a verb or opens a three-character one; only those look at the third character.
 * Same answer as isVerb(text.slice(at, at + 2)) || isVerb(text.slice(at, at + 3)).
 */
import verbData from '../lexicon/verbs.json';
import { isVerb } from '../lexicon/verbs';

const BASE = 0x4e00;
const SPAN = 0x9fff - BASE + 1;
const IS_VERB = 1;
const OPENS_THREE = 2;

/** For each first character (offset from BASE): where its entries start in SECOND/FLAGS; entries of c end where c + 1's start. */
const START = new Uint32Array(SPAN + 1);
const SECOND: Uint16Array = new Uint16Array(verbData.verbs.length);
const FLAGS: Uint8Array = new Uint8Array(verbData.verbs.length);

{
  const pairs = new Map<number, number>();
  for (const verb of verbData.verbs) {
    // (A city the dictionary lists as a verb, 保定, is none to the figures: isVerb leaves it out, placeVerbs.json.)
    if (!isVerb(verb)) continue;
    const a = verb.charCodeAt(0) - BASE;
    const b = verb.charCodeAt(1);
    // A verb outside the range (none today) could never be found here: fail at load rather than miss it.
    if (verb.length < 2 || verb.length > 3 || a < 0 || a >= SPAN || b < BASE || b >= BASE + SPAN) throw new Error(`verbIndex: unexpected verb ${verb}`);
    const key = a * 0x10000 + b;
    pairs.set(key, (pairs.get(key) ?? 0) | (verb.length === 2 ? IS_VERB : OPENS_THREE));
  }
  const keys = [...pairs.keys()].sort((x, y) => x - y);
  let k = 0;
  for (let a = 0; a < SPAN; a++) {
    START[a] = k;
    while (k < keys.length && Math.floor((keys[k] as number) / 0x10000) === a) {
      SECOND[k] = (keys[k] as number) % 0x10000;
      FLAGS[k] = pairs.get(keys[k] as number) as number;
      k++;
    }
  }
  START[SPAN] = k;
}

/** A verb of two or three characters starts at `at` (at + 1 < text.length), as a word of the text: see crossedAt. */
export function verbStartsAt(text: string, at: number): boolean {
  const a = text.charCodeAt(at) - BASE;
  if (!(a >= 0 && a < SPAN)) return false;
  const b = text.charCodeAt(at + 1);
  for (let k = START[a] as number, end = START[a + 1] as number; k < end; k++) {
    if (SECOND[k] !== b) continue;
    const flags = FLAGS[k] as number;
    const two = (flags & IS_VERB) !== 0;
    const three = (flags & OPENS_THREE) !== 0 && at + 2 < text.length && isVerb(text.slice(at, at + 3));
    if (!two && !three) return false;
    const frequency = Math.max(two ? (FREQUENCY.get(text.slice(at, at + 2)) as number) : 0, three ? (FREQUENCY.get(text.slice(at, at + 3)) as number) : 0);
    return !crossedAt(text, at, frequency) && !opensNoun(text, at);
  }
  return false;
}

const VERB_NOUNS: ReadonlySet<string> = new Set(verbData.verbNouns);

/**
 * Whether a dictionary noun of three or four characters that opens with the verb starts at `at` (示范县, 制造业,
 * 下水道): the verb is the noun's first word, not a predicate (国家全面小康示范县, 17个重点传统制造业). jieba reads the
 * longer word, one word where the verb would leave two.
 */
function opensNoun(text: string, at: number): boolean {
  return VERB_NOUNS.has(text.slice(at, at + 3)) || VERB_NOUNS.has(text.slice(at, at + 4));
}

const FREQUENCY: ReadonlyMap<string, number> = new Map(verbData.verbs.map((verb, i) => [verb, verbData.verbFrequency[i] as number]));
/**
 * How many times as often as the verb the crossing word must be seen: jieba weighs the two readings by their whole
 * segmentations, which this local look-up does not see; a word only a little more frequent (国有 3482 against 有着
 * 3345 in 同我国有着…, 区划 685 against 划定 365 in …功能区划定) is as often the wrong reading as the right one.
 * Same value as OUTRANK in scripts/build-verbs.mjs, which keeps only the words that pass it for some verb.
 */
const OUTRANK = 3;
const CROSSING: ReadonlyMap<string, number> = new Map(Object.entries(verbData.crossingWords));
/**
 * Every two characters that stand side by side in a crossing word (first × 65536 + second). A word that begins before
 * `at` and runs over it holds text[at − 1] and text[at] side by side, so where no crossing word does, crossedAt's
 * twelve slices and look-ups are skipped: it runs at every verb the name rules try.
 */
const CROSSING_PAIRS: ReadonlySet<number> = (() => {
  const pairs = new Set<number>();
  for (const word of CROSSING.keys()) for (let i = 0; i + 1 < word.length; i++) pairs.add(word.charCodeAt(i) * 65536 + word.charCodeAt(i + 1));
  return pairs;
})();

/**
 * Whether a word of the dictionary that jieba sees more often than the verb starting at `at` (seen `frequency` times)
 * begins before it and runs over its first character: 地下水超采 reads 地下 (or 地下水), not 下水; 普通高等学校 reads
 * 普通, not 通高. jieba itself segments so, by the words' frequencies; without it, a verb matched across a word's
 * inside cut names short (全县地下水超采治理 → 全县地). The words (lexicon/verbs.json crossingWords, 2–4 characters)
 * start at most three characters back and end inside the verb or after it: twelve look-ups, only where a verb matched.
 */
function crossedAt(text: string, at: number, frequency: number): boolean {
  if (at <= 0 || !CROSSING_PAIRS.has(text.charCodeAt(at - 1) * 65536 + text.charCodeAt(at))) return false;
  for (let start = Math.max(0, at - 3); start < at; start++) {
    for (let end = at + 1; end <= start + 4 && end <= text.length; end++) {
      const seen = CROSSING.get(text.slice(start, end));
      if (seen !== undefined && seen > OUTRANK * frequency) return true;
    }
  }
  return false;
}
