/**
 * A total investment said before the works it is of (抓好总投资2万亿元的389个省重点项目; 推进总投资10亿元的国网信通大数据
 * 项目开工建设): the clause before the amount holds a verb or a scope (抓好, 加快与华能、国电投等), not the indicator; the
 * works come after 的, past a count of them. The amount is their total investment: 省重点项目总投资, as labels write it.
 */
import type { NumberMention } from '../numbers/types';
import { nameAfter } from './names';

/** 总投资 right before the figure, with a bound word (总投资超500亿元, 总投资近2000亿元). */
const TOTAL_BEFORE = /总投资(?:超过|达到|达|近|约|超|逾)?$/;

/** The works end with their head: 项目, 工程, 基地 (…重点项目投资计划 → …重点项目). */
const WORKS_HEAD = /^.*(?:项目|工程|基地)/;

/** The name of a total investment written before its works (`m` in paragraph `text`), or null. */
export function totalInvestmentName(text: string, m: NumberMention): string | null {
  if (text.charAt(m.tail) !== '的' || !TOTAL_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start))) return null;
  const works = nameAfter(text, m.tail + 1);
  // (永清――保定天然气管线, 格尔木东、海南清洁能源基地: what follows is not read whole as works; no guess.)
  const head = WORKS_HEAD.exec(works)?.[0] ?? '';
  return head.length >= 4 ? `${head}总投资` : null;
}
