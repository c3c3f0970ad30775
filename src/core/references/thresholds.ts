/**
 * A size threshold said of the thing a figure counts (年销售收入超10亿元的龙头企业达100家; 实施亿元以上技改项目1200项;
 * 百亿级项目): two figures whose things are held to different thresholds count different sets (超10亿元 ↔ 超亿元 of
 * one report's 龙头企业), whatever their names share.
 */
import { allMatches } from '../text/allMatches';
import { clauseStartBefore } from './clauseStart';

/** Magnitude characters of a threshold (十亿 = 10 × 亿). */
const MAGNITUDES: ReadonlyMap<string, number> = new Map([
  ['十', 10],
  ['百', 100],
  ['千', 1e3],
  ['万', 1e4],
  ['亿', 1e8],
]);

/** 超10亿元的, 亿元以上, 千亿级: an amount of money (or a 级 of size) with a word that makes it a bound. */
const THRESHOLD = /(超过|超|过)?(\d+(?:\.\d+)?)?([十百千万亿]+)(美元|元)?(以上|级|的)?/g;

/**
 * Words right before an amount said with 的 alone that make it the works' sum, not a bound on each of them: 总投资
 * 226.7亿元的47个重点项目 (唐县 2020, outside) is what the 47 cost together, and says nothing of which projects they are
 * — last year's 总投资265.7亿元的44个重点项目 counts the same set. (总投资亿元以上的项目 stays a bound: it says 以上.)
 */
const SUM_BEFORE = /总投资(?:约|达|近|超)?$/;

/** How far before a figure, within its clause, a threshold of what it counts is read. */
const MAX_BEFORE = 40;

/** The thresholds said before a figure in its clause, as keys (1000000000元, 100000000000级); empty when none. */
export function thresholdsBefore(text: string, start: number): string[] {
  const from = clauseStartBefore(text, start, MAX_BEFORE);
  const out: string[] = [];
  const clause = text.slice(from, start);
  for (const m of allMatches(THRESHOLD, clause)) {
    const [, over, digits, magnitude, currency, after] = m;
    // A bound: said with 超/以上/级/的, and of money unless a 级 (千亿级产业).
    if (!(over || after) || !(currency || after === '级')) continue;
    if (after === '的' && !over && SUM_BEFORE.test(clause.slice(Math.max(0, m.index - 4), m.index))) continue;
    let value = digits ? Number(digits) : 1;
    for (const c of magnitude ?? '') value *= MAGNITUDES.get(c) ?? 1;
    out.push(`${value}${currency ?? '级'}`);
  }
  return out;
}

/** Whether two figures' thresholds let them count one set: either says none, or they share one. */
export function thresholdsAgree(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((x) => b.includes(x));
}
