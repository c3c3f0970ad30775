/**
 * “投资2.2亿元，解决70万农村人口的饮水难问题”, “703万农村人口饮水安全问题得到解决” (河北 2005, 2014 — outside): people or
 * villages counted for a problem solved for them are counted by that problem; the bare noun after the count
 * (农村人口, 贫困村, 群众) says who, not what. The labels write the frame as 解决 + the problem + who
 * (解决饮水安全问题农村人口). Only for a name that is the noun right after the count, with the problem right after that
 * noun (的 between allowed), and 解决 either right before the count or 得到解决 right after the problem.
 */
import type { NumberMention } from '../numbers/types';

/** 解决 right before the count, with its particle or an approximation (解决了约…). */
const SOLVE_BEFORE = /解决(?:了|好)?(?:约|近|超过|共)?$/;
/**
 * The problem after who has it: a short run of words ending in a word of difficulty — the last one in the run
 * (饮水困难和饮水安全问题 — national 2008) — then, maybe, 得到解决.
 */
const PROBLEM_AFTER = /^的?([\u4e00-\u9fff、]{1,16}(?:问题|困难|难题))(得到(?:了)?(?:有效|基本|妥善|彻底|全面)?解决)?/;

/** Problems that are a goal not yet reached (…的脱贫问题, …的就业问题): solving them is reaching it. */
const GOALS: ReadonlySet<string> = new Set(['脱贫', '就业', '再就业', '就医', '就学', '入学', '入园']);

export function problemSolvedName(text: string, m: NumberMention, name: string | null): string | null {
  // (A name that runs into the next figure, 解决4个村8500余人的… → 村8500余人 — 高阳 2015, outside, is left as it was.)
  if (!name || name.length < 2 || m.unit?.endsWith('元') || /[\d０-９]/.test(name)) return name;
  const people = peopleSolvedFor(text, m, name);
  if (people) return people;
  const from = /^\s*/.exec(text.slice(m.tail, m.tail + 4))?.[0].length ?? 0;
  if (!text.startsWith(name, m.tail + from)) return name;
  const after = PROBLEM_AFTER.exec(text.slice(m.tail + from + name.length, m.tail + from + name.length + 24));
  if (!after) return name;
  const solved = after[2] !== undefined || SOLVE_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start).trimEnd());
  if (!solved) return name;
  // (解决20万农村扶贫对象的温饱问题 — 河北 2009: who has it may run on past a short count's noun, 农村, up to the 的;
  // after a full one, 解决了500多万名集体企业退休人员养老保障的历史遗留问题 — national 2012, outside, the words before
  // the 的 say what the problem is about.)
  const problem = after[1] as string;
  const of = problem.lastIndexOf('的');
  const rest = of < 0 ? '' : problem.slice(0, of);
  const what = of < 0 ? problem : name.length <= 2 ? problem.slice(of + 1) : rest + problem.slice(of + 1);
  const who = of < 0 || name.length > 2 ? name : name + rest;
  // (解决20万农村扶贫对象的脱贫问题 — dev 河北 2010, labelled 脱贫农村扶贫对象: a goal reached is named as reached.)
  const goal = what.replace(/问题$/, '');
  return GOALS.has(goal) ? goal + who : `解决${what}${who}`;
}

/**
 * “解决200万人的饮水安全问题”, “解决了约一千三百万人的就业问题” (河北 2007, 保定 2009/2010, 呼伦贝尔 2015, national 2007 —
 * outside; national 1956, dev): a count of people or households with no noun of its own, the problem right after it,
 * was named by the problem alone; it counts those the problem was solved for: 解决饮水安全问题 (the unit says who; the
 * labels write 人口 or 人数 after it, and either contains this name), a goal reached as 就业人数 (labelled 解决就业人数).
 */
function peopleSolvedFor(text: string, m: NumberMention, name: string): string {
  if ((m.unit !== '人' && m.unit !== '户') || !/(?:问题|困难|难题)$/.test(name)) return '';
  const from = /^\s*的?/.exec(text.slice(m.tail, m.tail + 4))?.[0].length ?? 0;
  if (!text.startsWith(name, m.tail + from)) return '';
  const passive = /^得到(?:了)?(?:有效|基本|妥善|彻底|全面)?解决/.test(text.slice(m.tail + from + name.length, m.tail + from + name.length + 8));
  if (!passive && !SOLVE_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start).trimEnd())) return '';
  const goal = name.replace(/问题$/, '');
  return GOALS.has(goal) ? goal + (m.unit === '人' ? '人数' : '户数') : `解决${name}`;
}
