/**
 * Which strings count as terms: the policy dictionary (policyTerms.json), the stop words (stopWords.json), and the
 * rules that keep numbers, punctuation and single characters out. Pure data plus sets; no vscode, no Node built-ins.
 */
import policy from './policyTerms.json';
import stop from './stopWords.json';

/** Every policy term of the dictionary, in file order. */
export const POLICY_TERMS: readonly string[] = Object.freeze(Object.values(policy.groups as Record<string, string[]>).flat());

const STOP_WORDS: ReadonlySet<string> = new Set(Object.values(stop.groups as Record<string, string[]>).flat());

/** Longest word a segmenter may return for it to count: longer "words" are runs of text (a fallback segmenter's clauses). */
export const MAX_WORD_LENGTH = 10;
/** Quoted terms (“放管服”, “一网通办”) are short; a longer quotation is a sentence, not a term. */
export const MAX_QUOTED_LENGTH = 16;

const HAN = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$/u;
const HAS_HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
/**
 * Han numerals, alone, as a fraction or with a counter or unit (三个, 一是, 第二, 十余, 三分之二, 多万户, 亿亩, 多亿元):
 * numbers, not terms. Dictionary entries such as 十四五 never reach this test.
 */
const NUMERAL_WORD =
  /^第?[零〇○一二三四五六七八九十百千万亿两几半多余]+(?:分之[零〇○一二三四五六七八九十百千两]+)?(?:[个是大项条种次年月日号届期批家位人户亩斤吨元套辆座所台名倍米]|人次|公里|公顷|美元)?$/u;
/** Sentence punctuation inside quotes means a quotation, not a term. */
const SENTENCE_PUNCTUATION = /[，。；！？,;!?：:]/u;

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** A word from the segmenter that may be counted: two or more Han characters, not a stop word, not a numeral. */
export function isCountableWord(word: string): boolean {
  return word.length >= 2 && word.length <= MAX_WORD_LENGTH && HAN.test(word) && !STOP_WORDS.has(word) && !NUMERAL_WORD.test(word);
}

/** The text between “ and ” that is a term: short, with Han characters, not a sentence, a stop word or a number. */
export function isQuotableTerm(inner: string): boolean {
  return (
    inner.length >= 2 &&
    inner.length <= MAX_QUOTED_LENGTH &&
    inner.trim() === inner &&
    HAS_HAN.test(inner) &&
    !SENTENCE_PUNCTUATION.test(inner) &&
    !STOP_WORDS.has(inner) &&
    !NUMERAL_WORD.test(inner)
  );
}
