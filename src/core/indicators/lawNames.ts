/**
 * Names of law-making counts. A government reports the bills it put before its congress (国务院提请全国人大常委会审议
 * 法律议案11件, 提请省人大常委会审议地方性法规104件) and the regulations it made (制定修订…等行政法规38件): what is
 * counted is the submitting with the bills (提请审议法律议案), not who submitted them nor the standing committee they
 * went to, and a law named as an example before 等 illustrates the class after it (食品安全法等法律 → 法律).
 */
import { alternation } from '../lexicon/nameWords';

/** Verbs of submitting a bill to a congress. */
const SUBMIT = ['提请', '报请'];
/** Verbs of law-making, one of which opens the examples of a class of laws. */
const LAW_VERBS = ['制定', '修订', '修改', '废止', '审议', '颁布', '出台', '发布', '通过'];
/** The heads of a law's own name (食品安全法, 企业信息公示暂行条例). */
const LAW_HEADS = ['法', '条例', '规定', '办法', '草案'];
/** Classes of laws a count counts. */
const LAW_CLASSES = ['法律', '法律议案', '行政法规', '法规', '地方性法规', '规章', '政府规章'];

// (国务院提请全国人大常委会, 市政府提请市人大常委会, 省政府报请省人大常委会, 提请自治区人大常委会: the level of the
// congress is 全国, a place's name and its level, or nothing.)
const ADDRESSEE = new RegExp(`^.*?(${alternation(SUBMIT)})(?:全国|[\\u4e00-\\u9fff]{0,4}?(?:省|自治区|市|区|县|州))?人大(?:及其)?常委会`);
const VERB = alternation(LAW_VERBS);
const EXAMPLE = new RegExp(`(${VERB})(?:(?!${VERB}).){2,20}?(?:${alternation(LAW_HEADS)})等(?=(?:${alternation(LAW_CLASSES)})$)`);

/** A name of a law-making count without its submitter, its congress and its examples of a class; others unchanged. */
export function lawCountName(name: string): string {
  // (Both patterns need their cue, 人大 or 等: cleanName asks this of every name, and most hold neither — perf41.)
  if (!name.includes('人大') && !name.includes('等')) return name;
  return name.replace(ADDRESSEE, '$1').replace(EXAMPLE, '$1');
}
