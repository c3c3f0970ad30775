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

/**
 * A clause that is only the money put into works (…实施重点项目47个，完成投资46.9亿元; 累计实施亿元以上项目262个,完成投资
 * 2534亿元): no subject of its own, so the reader carried over the works the clause before counted. The amount is not
 * their count but the investment in them, a different indicator (labels: 省市重点项目完成投资).
 */
const INVESTED_ALONE = /^(?:全年|当年|年内|共)?(?:累计|实际)?完成(?:投资|固定资产投资)(?:超过|达到|达|近|约|超|逾)?$/;

/** The works a count names, ending with their head (重点项目, 重点工程, 技改项目), and not already an investment. */
const WORKS_NAME = /^[^投]*(?:项目|工程)$/;

/** `name` + 完成投资 when `left` (the clause before the figure) is only 完成投资 and `name` is works; else `name`. */
export function worksInvestmentName(name: string | null, left: string): string | null {
  if (!name || !WORKS_NAME.test(name) || !INVESTED_ALONE.test(left.replace(/^[，,、；;\s]+/, '').trim())) return name;
  return `${name}完成投资`;
}
