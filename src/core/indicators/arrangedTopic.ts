/**
 * An allocation said alone after the clause that names what it is for (继续实施退耕还林还草，今年拟安排500万亩 — national
 * 2014; “暖心民政”三年行动启动实施，每年安排140亿元以上 — 广西 2026; both outside): the figure's own clause is only a time
 * and 安排, so nothing before it names it, and the card showed no name. The clause before, a programme with its verbs
 * of carrying out dropped, is what the figure is arranged for — 退耕还林还草, 暖心民政三年行动资金. Random audits of
 * unseen text (names28, names32) counted the subject said in the clause before as the most frequent class left.
 */
import type { Boundaries } from './boundaries';
import { ARRANGED_HEADS, CARRY_OUT_LEADS, CARRY_OUT_TAILS } from '../lexicon/arrangedTopic';

const HEADS: ReadonlySet<string> = new Set(ARRANGED_HEADS);

/** `name`, or when it is null and the figure's clause is only an allocation, the programme the clause before names. */
export function arrangedTopic(name: string | null, text: string, at: number, bounds: Boundaries, unit: string | null): string | null {
  if (name !== null) return name;
  const clauseStart = bounds.clauseEndBefore(at);
  if (clauseStart <= 0 || !/[，,]/.test(text.charAt(clauseStart))) return name;
  if (!HEADS.has(text.slice(clauseStart + 1, at).trim())) return name;
  let topic = text.slice(bounds.clauseEndBefore(clauseStart) + 1, clauseStart).trim().replace(/[“”"‘’]/g, '');
  // (A clause with a figure of its own, or a list, is no single programme.)
  if (/[\d０-９、]/.test(topic)) return name;
  const lead = CARRY_OUT_LEADS.find((word) => topic.startsWith(word));
  if (lead) topic = topic.slice(lead.length);
  const tail = CARRY_OUT_TAILS.find((word) => topic.endsWith(word));
  if (tail) topic = topic.slice(0, topic.length - tail.length);
  // (Only a programme named by a verb before or after it: a bare clause is not known to be one.)
  if ((!lead && !tail) || topic.length < 3 || topic.length > 14 || !/^[\u4e00-\u9fff]+$/.test(topic)) return name;
  return unit !== null && unit.endsWith('元') ? `${topic}资金` : topic;
}
