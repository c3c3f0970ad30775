/**
 * The verbs of nodejieba's own dictionary (verbs.json, from scripts/build-verbs.mjs), as data the pure core can read:
 * where a noun phrase ends (names of figures) and where a proper name starts (entity references).
 */
import verbData from './verbs.json';
import placeData from './placeVerbs.json';

/** Cities the dictionary also lists as verbs (placeVerbs.json: 保定, 开封): in a report they name the city, never a verb. */
const PLACES_NOT_VERBS: ReadonlySet<string> = new Set(placeData.places);
const VERBS: ReadonlySet<string> = new Set(verbData.verbs.filter((v) => !PLACES_NOT_VERBS.has(v)));

/** Whether `word` (two or three characters) is one of the dictionary's verbs. */
export function isVerb(word: string): boolean {
  return VERBS.has(word);
}

const VERB_NOUNS: ReadonlySet<string> = new Set(verbData.verbNouns);

/** Whether `text` opens with a dictionary noun that begins like a verb (进出口总额, 制造业增加值, 完成率). */
export function opensWithVerbNoun(text: string): boolean {
  return VERB_NOUNS.has(text.slice(0, 3)) || VERB_NOUNS.has(text.slice(0, 4));
}

const VERB_PEOPLE: ReadonlySet<string> = new Set(verbData.verbPeople);

/** Whether `text` opens with a dictionary word of people named by a verb (退役军人, 下岗职工, 留守人员): one word, no verb. */
export function opensWithVerbPeople(text: string): boolean {
  return VERB_PEOPLE.has(text.slice(0, 4)) || VERB_PEOPLE.has(text.slice(0, 5));
}

const AFTER_NEW: ReadonlySet<string> = new Set(verbData.afterNew);

/**
 * The length of the verb `text` opens that jieba reads after 新 in preference to 新 and that verb's first character
 * (新|开设, 新|建设, but 新建|交通: verbs.json afterNew), or 0.
 */
export function verbAfterNew(text: string): number {
  return AFTER_NEW.has(text.slice(0, 3)) ? 3 : AFTER_NEW.has(text.slice(0, 2)) ? 2 : 0;
}
