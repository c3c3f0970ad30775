/**
 * The verbs of nodejieba's own dictionary (verbs.json, from scripts/build-verbs.mjs), as data the pure core can read:
 * where a noun phrase ends (names of figures) and where a proper name starts (entity references).
 */
import verbData from './verbs.json';

const VERBS: ReadonlySet<string> = new Set(verbData.verbs);

/** Whether `word` (two or three characters) is one of the dictionary's verbs. */
export function isVerb(word: string): boolean {
  return VERBS.has(word);
}

const VERB_NOUNS: ReadonlySet<string> = new Set(verbData.verbNouns);

/** Whether `text` opens with a dictionary noun that begins like a verb (进出口总额, 制造业增加值, 完成率). */
export function opensWithVerbNoun(text: string): boolean {
  return VERB_NOUNS.has(text.slice(0, 3)) || VERB_NOUNS.has(text.slice(0, 4));
}
