/**
 * Villages counted with their people in one problem solved: 解决了13个村2.3万人的安全饮水问题 (dev 徐水县-2015, labelled
 * 解决安全饮水问题村), 解决了57个村近10万人的饮水安全问题 (dev 高阳 2017, labelled 解决饮水安全问题村), 解决了4个村8500余人的饮水
 * 安全问题 (src32 高阳县-2015), 新解决200个村、20万人饮水安全问题 (src32 保定市-2009; both outside). The count of villages
 * is named by what was solved for them, as the labels write the people beside them (解决饮水安全问题人口); read alone, 村 is
 * one character and no name, and the count took a name from the clause before (投入资金) or none. Bounded look-around only.
 */
import type { NumberMention } from '../numbers/types';

/** 解决 (了) right before the count. */
const SOLVED_BEFORE = /解决了?$/;
/**
 * 村, then the people (2.3万人, 近10万人, 8500余人; after 、 or not), then 的 or nothing and the problem: what the two counts
 * share. The problem is short (饮水安全问题, 人畜饮水困难问题) and ends in 问题.
 */
const VILLAGES_THEN_PEOPLE = /^村[、，,]?(?:近|约|超过|逾)?[\d０-９.．]+万?(?:余|多)?(?:人口|人)的?([\u4e00-\u9fff]{2,10}?问题)/u;

/** The name of a count of villages solved together with their people (解决安全饮水问题村), or ''. */
export function solvedVillagesName(text: string, m: NumberMention): string {
  if (m.nature !== 'count' || m.unit !== '个') return '';
  if (!SOLVED_BEFORE.test(text.slice(Math.max(0, m.start - 3), m.start))) return '';
  const problem = VILLAGES_THEN_PEOPLE.exec(text.slice(m.tail, m.tail + 32))?.[1];
  return problem ? `解决${problem}村` : '';
}
