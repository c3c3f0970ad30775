/**
 * A count said only as a part of the count before it, in the same classifier: 建设国家级现代农业产业园10家、省级119家 (广东
 * 2020); 新增国家、省、市级重点实验室…134家，其中国家级20家 (深圳市 2012); 新推出制度创新举措106项，其中36项全国领先 (深圳市
 * 2017; all free outside texts, names51). Its own words are a grade, or 其中/其余 and what the part did, and name no thing:
 * it counts the things the count before counts, at its own grade (省级现代农业产业园) or with what that part did
 * (全国领先制度创新举措) — not the grade alone (省级), nor the predicate alone (领先).
 */
import type { NumberMention } from '../numbers/types';
import { alternation, GRADES } from '../lexicon/nameWords';
import { withoutLeadingVerb } from './names';
import { isVerb } from '../lexicon/verbs';

const GRADE = alternation(GRADES);
/** The clause before the count: 其中 or 其余, a grade, or both, and nothing else. */
const PART_ONLY = new RegExp(`^(其中|其余)?(${GRADE})?$`);
/** The last grade inside the name before (国家、省、市级重点实验室: 市级), where the things' own words start after it. */
const GRADE_INSIDE = new RegExp(`(?:${GRADE})(?!.*(?:${GRADE}))`);
/** What the part did, right after the count and up to its clause's end (全国领先, 全省复制推广): short, not a frame. */
// (其中56项为全国首创 — dev 安徽 2026, labelled 全国首创制度创新成果: the copula before it is not what the part did.)
const PART_PREDICATE = /^(?:为|是)?((?!正在|将|已|仍|还)[\u4e00-\u9fff]{2,6})(?=[，,。；;、]|$)/;
/** 新推出, 新组建: 新 before the verb that brought the things about. */
const NEW_VERB = /^新(?=[\u4e00-\u9fff]{4})/;

interface Before {
  readonly mention: NumberMention;
  readonly name: string | null;
}

/** The name of a count said only as a part of the count before it (see above), or `name` as it was. */
export function partCountName(name: string | null, left: string, text: string, m: NumberMention, prev: Before | undefined): string | null {
  if (!prev?.name || m.nature !== 'count' || !m.unit || prev.mention.unit !== m.unit || prev.mention.nature !== 'count') return name;
  const part = PART_ONLY.exec(left.replace(/^[，,、：:\s]+/, '').trim());
  if (!part || (!part[1] && !part[2])) return name;
  const grade = part[2];
  if (grade) {
    const inside = GRADE_INSIDE.exec(prev.name);
    const things = inside ? prev.name.slice(inside.index + inside[0].length) : thingsOf(prev.name);
    return things.length >= 2 ? `${grade}${things}` : name;
  }
  const things = thingsOf(prev.name);
  // (28个主要指标，其中20个预期性指标 — dev 江西 2026: a part with a noun of its own, of the same head, names itself.)
  if (name && name.length >= 3 && name.slice(-2) === things.slice(-2)) return name;
  // (其中9个集群增加值全市第一 — 宝安区 2022, outside: a noun of the part's own right after the count, one the things before
  // do not end in, names the part — unlike 其中6个项目…, 其中260家企业…, which restate the things; and a verb there, 15家建成投产,
  // is what the part did.)
  const own = text.slice(m.tail, m.tail + 2);
  if (name?.startsWith(own) && /^[\u4e00-\u9fff]{2}$/.test(own) && !isVerb(own) && !things.endsWith(own)) return name;
  // (已废止近900件，其余1700余件 — 深圳市 2002: a verb alone before (废止) is no things for the rest to be of; things of
  // two characters are too few to tell from one.)
  if (things.length < 3 || isVerb(things) || (name && name.includes(things))) return name;
  return partWithPredicate(text, m, things);
}

/**
 * The things a part counts with what it did, right after it (其中36项全国领先 → 全国领先制度创新举措); for the next count of
 * the same list too (，23项全省复制推广 → 全省复制推广制度创新举措). The things alone when nothing short follows.
 */
export function partWithPredicate(text: string, m: NumberMention, things: string): string {
  return `${partPredicate(text, m)}${things}`;
}

/** The things a part-count name counts (its name without the predicate partWithPredicate put before them). */
export function partThings(name: string, text: string, m: NumberMention): string {
  const did = partPredicate(text, m);
  return did && name.startsWith(did) ? name.slice(did.length) : name;
}

/** What the part counted at `m` did, right after it (全国领先), or '' (PART_PREDICATE): one reading for both above. */
function partPredicate(text: string, m: NumberMention): string {
  return PART_PREDICATE.exec(text.slice(m.tail, m.tail + 9))?.[1] ?? '';
}

/** The things a name counts, without the verb that brought them about (新推出制度创新举措 → 制度创新举措). */
function thingsOf(name: string): string {
  const plain = name.replace(NEW_VERB, '');
  const things = withoutLeadingVerb(plain);
  return things === plain ? name : things;
}
