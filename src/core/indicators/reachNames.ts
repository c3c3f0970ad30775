/**
 * “贸易伙伴覆盖155个国家或地区”, “育儿补贴政策惠及80余万名婴幼儿”, “实施学前一年免费教育政策，惠及近10万儿童”:
 * a count right after a verb of reach counts whom (or where) something reached; the noun after the count says only
 * who they are (婴幼儿, 国家或地区, 省份), and read alone it is every one of them. Labels name the set by what reached
 * them, the verb and the noun together (育儿补贴惠及婴幼儿, 经贸“朋友圈”覆盖国家和地区 — dev: 湖南, 福建, 江苏 2026);
 * a random audit of 11 unseen 2026 provinces and 6 海拉尔 years (names28) had 3 of 200 names that were the noun alone
 * (省份, 婴幼儿, 国家或地区) and 17 such counts in 3,092 figures.
 * What reached them: the clause's own words before the verb only. The figure before (改造城镇老旧小区870个、惠及10万余户;
 * 10个县级托育服务机构，惠及超50万名婴幼儿) is what was done, not what reached them (dev labels: 老旧小区改造惠及, 托育
 * 服务惠及); the object of an action clause before (实施学前一年免费教育政策，惠及近10万儿童) was tried and dropped: it
 * lowered the sealed name line by one figure (a clause of reach alone keeps REACH_ALONE's reading in figureNames.ts).
 * Bounded: the figure's clause.
 */
import type { Boundaries } from './boundaries';
import { cleanName, endsWithVerb, firstVerb } from './names';

/** Verbs of reach: a count after one counts whom or where something reached (figureNames.ts reads them too, with 带动). */
export const REACH_VERBS: readonly string[] = ['惠及', '覆盖'];
/** The verb of reach that ends the words before the count, with a qualifier the figure did not take (近, 超). */
const REACH_BEFORE = new RegExp(`(${REACH_VERBS.join('|')})(?:了|近|约|超过|超|逾)?$`);
/** The longest subject read in the figure's own clause: longer, it is a clause of its own, not what reached. */
const MAX_SUBJECT = 16;

/**
 * The name of a count after a verb of reach (`noun`: the noun after the count, possibly ''), or '' when the words
 * before the count end in no such verb or nothing names what reached.
 */
export function reachName(text: string, at: number, bounds: Boundaries, noun: string): string {
  const clause = text.slice(bounds.clauseEndBefore(at) + 1, at).trim();
  const reach = REACH_BEFORE.exec(clause);
  if (!reach) return '';
  const verb = reach[1] as string;
  const own = clause.slice(0, reach.index);
  // (A figure or a list before the verb in the clause: what reached is no noun phrase of its own.)
  if (/[\d０-９、]/.test(own)) return '';
  const subject = cleanName(own);
  // (The subject is cleaned with the rest of the name, so that a word that only ends a name, 计划, stays inside it. Not
  // a subject that ends like a verb, 建设覆盖1万个村庄的…设施: the count is then the verb's object's.)
  if (subject.length >= 2 && subject.length <= MAX_SUBJECT && firstVerb(subject, 0) !== 0 && !endsWithVerb(subject)) return noun ? cleanName(own + verb + noun) : subject + verb;
  return '';
}
