/**
 * A name read on past its noun into the predicate through an adverb that opens it (财政赤字率|一直控制在3%以内 — national
 * 2018; 城镇登记失业率|始终控制在4%以内 — src32 米易县; 移动网络流量资费年内|至少降低30% — national 2018; 9个项目|正在建设
 * — src32; 三月份的平均日产量|迅速上升到… — national 1959; 医院和疗养院病床|将增设６万张, 使用面积|还不到百分之五十 — national
 * 1956, dev, 1955, outside): the name ends before the adverb. The adverbs are
 * lexicon/predicateAdverbs.json, chosen from the words jieba's dictionary tags d/ad that never end or sit inside an
 * indicator's name (scripts/build-predicate-adverbs.mjs).
 *
 * Only when what follows the adverb is nothing or a short predicate that opens with a dictionary verb (一直|控制, 至少|
 * 打造, 正|在建): an adverb followed by a noun modifies it inside the name. And only at a word's edge: after a character
 * that forms a dictionary word with the adverb's first character (公正, 纠正, 统一直…), the characters are a word's
 * inside — the same check jieba's segmentation makes, from its dictionary.
 */
import data from '../lexicon/predicateAdverbs.json';
import { isVerb } from '../lexicon/verbs';
import { alternation } from '../lexicon/nameWords';
import { charSetIndex } from '../text/charSet';
import { allMatches } from '../text/allMatches';

const BINDS_BEFORE: ReadonlyMap<string, string> = new Map(data.adverbs.map((a) => [a.word, a.notAfter]));
const ADVERB = new RegExp(`(?<=[\\u4e00-\\u9fff]{2})(?:${alternation(data.adverbs.map((a) => a.word))})`, 'g');
/** Joiners a clause going on from the one before opens with (而且还…, whose comparison marginNames.ts reads whole). */
const JOINER_ONLY = /^(?:而且|并且|同时|但是|而是)$/;
/** The longest predicate after the adverb that is still read as one (至少打造, 正在建设). */
const MAX_PREDICATE = 4;

/** The characters an adverb opens with: a name with none of them past its second character has no adverb to end at. */
const ADVERB_FIRST = charSetIndex(data.adverbs.map((a) => a.word.charAt(0)).join(''));

export function withoutPredicateTail(name: string): string {
  // (Asked of every name read and cleaned, most without any adverb: a table scan spares them the regex; and an exec loop,
  // not matchAll, which clones the regex on every call — text/allMatches.ts.)
  if (ADVERB_FIRST(name, 2) < 0) return name;
  for (const m of allMatches(ADVERB, name)) {
    const at = m.index;
    if (BINDS_BEFORE.get(m[0])?.includes(name.charAt(at - 1))) continue;
    // A joiner before the adverb is no noun to end the name on: 而且还高于全市 (龙华区 2022) is a comparison going on from
    // the clause before, which marginNames.ts reads whole.
    if (JOINER_ONLY.test(name.slice(0, at))) continue;
    const rest = name.slice(at + m[0].length);
    if (rest === '' || (rest.length <= MAX_PREDICATE && (isVerb(rest.slice(0, 2)) || isVerb(rest.slice(0, 3))))) return name.slice(0, at);
  }
  return name;
}
