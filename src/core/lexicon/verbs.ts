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
