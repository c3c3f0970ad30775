/**
 * A count whose things are followed by what they did to an object of their own — 在主城区50个小区建设分布式换电站 (dev
 * baoding 2022), 4000余户居民煤改天然气 (dev gaoyang 2017), 推动10所县域公办普通高中补短板 (dev guangdong 2026),
 * 2.2万多所农村中小学改造危房 (dev national 2008) — is named as the blind labels name it: what was done, then the counted
 * things (建设分布式换电站小区, 煤改天然气居民), as a count with a predicate is (countedPredicate.ts: 上云企业). The noun
 * read after the count had run on into the action (小区建设分布式换电站), which reads as works on the neighbourhoods.
 * A bare work word after the noun (46个城中村改造, 399处易积水区域整治 — dev hebei 2021) names works on the noun and stays in
 * the text's order, as the labels keep it; so does a work word followed by the works' own task or stage (12个老旧小区改造
 * 项目, 20个老旧小区改造任务全部完成 — src32 易县-2021/2022). Words are data: lexicon/countedDoers.json.
 */
import data from '../lexicon/countedDoers.json';

const byLength = (words: readonly string[]): readonly string[] => [...words].sort((a, b) => b.length - a.length);
const ACTIONS = byLength(data.actionVerbs);
const NOT_OBJECTS = byLength(data.notObjects);
const WHOLE = byLength(data.wholeActions);
const TASK_ENDS = data.notObjectEnds;
/** Quotes are no part of a name (the rules before strip them). */
const QUOTES = /[“”"‘’]/g;
/** A counted noun of at least two characters (小区, 居民). */
const MIN_NOUN = 2;
/** The object: at least one character, at most a short phrase (换电站, 分布式换电站). */
const MAX_OBJECT = 10;

/**
 * `name` of a count reordered to action + object + counted noun when it is the literal run read right after the count
 * (`after`: the text from the figure's end) and splits so; null otherwise.
 */
export function countedDoerName(name: string, after: string): string | null {
  const plain = name.replace(QUOTES, '');
  if (!after.replace(QUOTES, '').startsWith(plain)) return null;
  for (let at = MIN_NOUN; at < plain.length - 1; at++) {
    // (补短板: the verb and its object said as one phrase, ending the name.)
    const whole = WHOLE.find((w) => plain.endsWith(w) && plain.length - w.length === at);
    if (whole !== undefined) return whole + plain.slice(0, at);
    const verb = ACTIONS.find((v) => plain.startsWith(v, at));
    if (verb === undefined) continue;
    const object = plain.slice(at + verb.length);
    if (object.length < 1 || object.length > MAX_OBJECT) return null;
    if (NOT_OBJECTS.some((w) => object.startsWith(w)) || ACTIONS.some((v) => object.startsWith(v)) || TASK_ENDS.some((w) => object.endsWith(w))) return null;
    return plain.slice(at) + plain.slice(0, at);
  }
  return null;
}
