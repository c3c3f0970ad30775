/**
 * A name read on past its noun into the predicate through an adverb that opens it: the name ends before the adverb.
 * One rule over one list (lexicon/predicateAdverbs.json, scripts/build-predicate-adverbs.mjs), whose adverbs differ
 * only in how far they reach:
 * - predicate (一直, 至少, 正, 将 …; chosen from the words jieba's dictionary tags d/ad): before nothing, or before a
 *   short predicate that opens with a dictionary verb (财政赤字率|一直控制在3%以内 — national 2018; 城镇登记失业率|始终控制
 *   在4%以内 — src32 米易县; 9个项目|正在建设 — src32; 医院和疗养院病床|将增设６万张 — national 1956): an adverb followed
 *   by a noun modifies it inside the name (项目正式签约).
 * - manner (扎实, 如期, 顺利, 稳步 …): whatever follows (3个贫困村|如期脱贫出列, 3家国际高端品牌酒店|顺利开业, 323个相对贫困村|
 *   稳步脱贫 — 涞水县 2020, 宝安区 2025, 深圳 2019, outside), unless the phrase ends with a counted head or people
 *   (乡村全面振兴示范区: the adverb is inside the name).
 * - end (已经, 相继, 按时 …): only at the name's end, once its predicate is gone (87个水毁修复任务按时|完工 — 河北 2024).
 * - naming (成功, 率先): never — their predicates name the counted set (2家企业成功上市 → 上市企业, countPredicates).
 * Every reach cuts only at a word's edge: after a character that forms a dictionary word with the adverb's first
 * character (公正, 纠正, 统一直; 加|大力度), the characters are a word's inside — the same check jieba's segmentation
 * makes, from its dictionary — and only after a noun of two characters or more.
 */
import data from '../lexicon/predicateAdverbs.json';
import { isVerb } from '../lexicon/verbs';
import { alternation, COUNTED_HEADS, COUNTED_PEOPLE } from '../lexicon/nameWords';
import { stripLeadingNoise } from './leadingNoise';
import { charSetIndex } from '../text/charSet';
import { allMatches } from '../text/allMatches';

type Reach = 'predicate' | 'manner' | 'naming' | 'end';
const REACH: ReadonlyMap<string, Reach> = new Map(data.adverbs.map((a) => [a.word, a.reach as Reach]));
const BINDS_BEFORE: ReadonlyMap<string, string> = new Map(data.adverbs.map((a) => [a.word, a.notAfter]));
const cutting = (reach: Reach): string[] => data.adverbs.filter((a) => a.reach === reach).map((a) => a.word);
const ADVERB = new RegExp(`(?<=[\\u4e00-\\u9fff]{2})(?:${alternation([...cutting('predicate'), ...cutting('manner')])})`, 'g');
/** The characters those adverbs open with: a phrase with none of them past its second character has none to end at. */
const ADVERB_FIRST = charSetIndex([...cutting('predicate'), ...cutting('manner')].map((w) => w.charAt(0)).join(''));
const END_ADVERB = new RegExp(`(?<=[\\u4e00-\\u9fff]{2})(?:${alternation(data.adverbs.filter((a) => a.reach !== 'naming').map((a) => a.word))})$`);

/** Joiners a clause going on from the one before opens with (而且还…, whose comparison marginNames.ts reads whole). */
const JOINER_ONLY = /^(?:而且|并且|同时|但是|而是)$/;
/** The longest predicate after a predicate adverb that is still read as one (至少打造, 正在建设). */
const MAX_PREDICATE = 4;
/** The head nouns a counted phrase ends with (…示范区, …重点县) and people (…脱贫户, 保障对象). */
const COUNTED_END = new RegExp(`(?:${alternation([...COUNTED_HEADS, ...COUNTED_PEOPLE])}|对象)$`);
/** Characters jieba's dictionary tags as prefixes (h): bound to the word after them (非持续, 非公有制). */
const BOUND_PREFIXES: ReadonlySet<string> = new Set(['非']);

/**
 * `phrase` up to the first adverb that opens its predicate (see the module's comment), or whole. Manner adverbs only in
 * the noun read after a count (`afterCount`): in a name read before its figure they say how the measured work is done
 * (全面小康社会建设, 稳步增长的收入 …), which the other name rules read.
 */
export function withoutPredicateAdverb(phrase: string, afterCount = false): string {
  // (The first manner adverb decides, cut or kept, as names62 read them.)
  // (Asked of every name read, most without any adverb: a table scan spares them the regex; and an exec loop, not
  // matchAll, which clones the regex on every call — text/allMatches.ts; perf37.)
  if (ADVERB_FIRST(phrase, 2) < 0) return phrase;
  let manner = afterCount;
  for (const m of allMatches(ADVERB, phrase)) {
    const at = m.index;
    const reach = REACH.get(m[0]);
    if (reach === 'manner') {
      if (!manner) continue;
      manner = false;
      if (!onWordEdge(phrase, at, m[0]) || mannerInsideName(phrase, at)) continue;
      return phrase.slice(0, at);
    }
    if (!onWordEdge(phrase, at, m[0])) continue;
    // A joiner before the adverb is no noun to end the name on: 而且还高于全市 (龙华区 2022) is a comparison going on from
    // the clause before, which marginNames.ts reads whole.
    if (JOINER_ONLY.test(phrase.slice(0, at))) continue;
    const rest = phrase.slice(at + m[0].length);
    if (rest === '' || (rest.length <= MAX_PREDICATE && (isVerb(rest.slice(0, 2)) || isVerb(rest.slice(0, 3))))) return phrase.slice(0, at);
  }
  return phrase;
}

/** `name` without an adverb of any reach but naming at its end (…按时, …已经, …全部). */
export function withoutEndAdverb(name: string): string {
  const m = END_ADVERB.exec(name);
  return m && onWordEdge(name, m.index, m[0]) ? name.slice(0, m.index) : name;
}

/** Whether the adverb `word` at `at` starts a word, not after a character it forms a dictionary word with. */
function onWordEdge(text: string, at: number, word: string): boolean {
  return !BINDS_BEFORE.get(word)?.includes(text.charAt(at - 1));
}

/**
 * Whether the manner adverb at `at` is inside the name: the phrase ends with a counted head or people (乡村全面振兴示范区),
 * or the adverb's characters follow a bound prefix (全县非持续稳定脱贫户 — 涞源县 2020, outside: jieba tags 非 a prefix, h,
 * which opens the word after it), or the noun before it is one character once the scope word the callers strip (全县) is
 * gone (the lookbehind's two characters counted the scope).
 */
function mannerInsideName(phrase: string, at: number): boolean {
  const noun = phrase.slice(0, at);
  return COUNTED_END.test(phrase) || BOUND_PREFIXES.has(noun.slice(-1)) || stripLeadingNoise(noun).length < 2;
}
