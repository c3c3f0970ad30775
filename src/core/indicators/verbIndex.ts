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

/** A verb of two or three characters starts at `at` (at + 1 < text.length). */
export function verbStartsAt(text: string, at: number): boolean {
  const a = text.charCodeAt(at) - BASE;
  if (!(a >= 0 && a < SPAN)) return false;
  const b = text.charCodeAt(at + 1);
  for (let k = START[a] as number, end = START[a + 1] as number; k < end; k++) {
    if (SECOND[k] !== b) continue;
    const flags = FLAGS[k] as number;
    return (flags & IS_VERB) !== 0 || ((flags & OPENS_THREE) !== 0 && at + 2 < text.length && isVerb(text.slice(at, at + 3)));
  }
  return false;
}
