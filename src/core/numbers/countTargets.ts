/**
 * A count bounded by 以上 right after the verb that brings the things about: 推进2套以上岸电设施建设, 实施2000项以上社区
 * 民生微实事 (宝安 2019), 推出3宗以上联合用地 (宝安 2020), 每个街道遴选3个以上社区股份合作公司 (宝安 2022), 高频更新1000项
 * 以上城市运行重点指标 (深圳 2025), 开工改造4个以上老旧小区 (龙华 2025; all outside free texts). The classifier counts the
 * noun after 以上 (套 counts 设施, 个 counts 小区 — a place noun too, unlike 20户以上自然村, where 户 counts what is in the
 * village), and the verb makes the count a target: at least N of them, not the bound of a class (8座以下小汽车).
 */
import lexicon from '../lexicon/countTargetVerbs.json';
import type { NumberMention } from './types';

export const COUNT_TARGET_VERBS: readonly string[] = lexicon.verbs;
const VERB_BEFORE = new RegExp(`(?:${COUNT_TARGET_VERBS.join('|')})$`);

/** Whether `m` (a count with 以上 after it) is the object of a verb that brings the counted things about. */
export function countBroughtAbout(text: string, m: NumberMention): boolean {
  if (m.nature !== 'count' || m.qualifier !== '以上' || (m.qualifierStart ?? -1) < m.end) return false;
  return VERB_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start));
}

/**
 * 举办至少15期企业主题沙龙 (宝安 2015), 发行7期知识产权证券化产品 (南山 2023; both outside free texts): issues or sessions
 * counted in 期 right after the verb that holds or issues them, the noun after 期 what they are. Elsewhere N期 before a
 * noun names a phase (3期工程, 二期项目), which exclusions.ts drops.
 */
// (至少 is no qualifier the recogniser reads, so it may stand between the verb and the count.)
const HOLDS_OR_ISSUES = /(?:举办|举行|开办|开设|开展|发行)(?:至少)?$/;

export function sessionsHeld(text: string, m: NumberMention): boolean {
  if (m.unit !== '期') return false;
  const lead = m.qualifierStart !== undefined && m.qualifierStart < m.start ? m.qualifierStart : m.start;
  return HOLDS_OR_ISSUES.test(text.slice(Math.max(0, lead - 4), lead));
}
