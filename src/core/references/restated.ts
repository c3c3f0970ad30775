/**
 * A count the plan says again of things the review already counted (壮大13条重点产业链 beside 13条重点产业链全面起势 —
 * 湖南 2026, dev, marked no pair; 聚焦37个县域特色产业 beside 37个县域特色产业集群营收超4500亿元 — src32 保定市-2025;
 * 推动…4所高校…加快建设 beside 4所高校和2家医院选址落位 — src32 河北省-2023; 推进8个国家级…区域医疗中心建设 beside
 * 与京津共建8个国家区域医疗中心 — src32 河北省-2024; 全力推进区内4个签约项目落地建设 beside 签约项目4个 — src32
 * 涞源县-2025): the same set named again as the object of the year's work, not a number to reach. Beside last year's
 * count of the very same size it judges nothing and is judged by nothing. Read only where the count has no measure (新增, 达到 …) and no bound (以上, 左右, 力争), and a
 * verb of working on what is there (lexicon/restatingVerbs.json) stands in its clause before it; a count said with a
 * verb of doing it again (继续实施20项民生工程 beside 20项民生工程全面完成 — 河北省-2024) stays last year's pair.
 */
import data from '../lexicon/restatingVerbs.json';
import relying from '../lexicon/relyingVerbs.json';
import type { Indicator } from '../types';
import type { FigureText } from './figureText';

export const RESTATING_VERBS: readonly string[] = data.verbs;

/** How far back in its clause the verb is looked for (推动4家央企总部、|4所高校: the list's items share its verb). */
const MAX_CLAUSE_BEFORE = 24;

/** Clause breaks read back from a figure: a list's 、 is not one (its items share the verb before the first). */
const isClauseBreak = (c: number): boolean => c === 0x3002 || c === 0xff0c || c === 0xff1b || c === 0xff1a || c === 0xff01 || c === 0xff1f || c === 0x2c || c === 0x3b || c === 0x3a;

/** Whether a target is a count of things already there, said again (no measure, no bound, a restating verb before it). */
export function restatesCount(target: Indicator, around: FigureText | undefined): boolean {
  if (target.kind !== 'count' || target.measure !== null || target.qualifier !== null || target.addsNew === true) return false;
  const at = around?.(target);
  if (!at) return false;
  const before = clauseBefore(at.text, at.start);
  return RESTATING_VERBS.some((verb) => {
    const v = before.lastIndexOf(verb);
    if (v < 0) return false;
    // The verb's object is the count itself, or a list it is an item of (推动4家央企总部、|4所高校); a figure of
    // its own between them (推动总投资177.63亿元的|26项省市重点项目 — src32 易县-2025) says which works, a year's new list.
    const rest = before.slice(v + verb.length);
    return !hasDigit(rest.slice(rest.lastIndexOf('、') + 1));
  });
}

export const RELYING_VERBS: readonly string[] = relying.verbs;

/**
 * Whether a target is the count of a set the year's work relies on (依托河北新发地、定兴同福等50家龙头企业 — src32
 * 保定市-2022; 围绕大数据与物联网、生物医药健康等10个重点领域 — src32 河北省-2021): a count right after a list of
 * examples closed by 等, the object of a verb of relying (lexicon/relyingVerbs.json) in its clause. It says how many
 * there are to build on, not a number to reach: no count of last year judges it, of any size (a restated count,
 * restatesCount, is only kept from last year's count of its own size).
 */
export function reliesOnSet(target: Indicator, around: FigureText | undefined): boolean {
  if (target.kind !== 'count' || target.measure !== null || target.qualifier !== null || target.addsNew === true) return false;
  const at = around?.(target);
  if (!at || at.text.charCodeAt(at.start - 1) !== 0x7b49 /* 等 */) return false;
  const before = clauseBefore(at.text, at.start);
  return RELYING_VERBS.some((verb) => before.includes(verb));
}

function hasDigit(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) return true;
  }
  return false;
}

/** Whether an actual is the very count a restating target says again: a count of the same size. */
export function sameCount(target: Indicator, actual: Indicator): boolean {
  return actual.kind === 'count' && actual.value === target.value;
}

/** The text of a figure's clause before it: back to the last clause break, at most MAX_CLAUSE_BEFORE characters. */
function clauseBefore(text: string, start: number): string {
  const limit = Math.max(0, start - MAX_CLAUSE_BEFORE);
  for (let k = start - 1; k >= limit; k--) if (isClauseBreak(text.charCodeAt(k))) return text.slice(k + 1, start);
  return text.slice(limit, start);
}
