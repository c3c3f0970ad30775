/**
 * How alike the words said around two figures are, to choose between two of last year's actuals that judge a target
 * equally well (one indicator, one year, one measure): the one said in the target's own words. 改造24个老旧小区 is
 * judged by 18个老旧小区完成改造, not by 县属国企物业公司入驻49个老旧小区 (高唐 2023, outside); 城镇新增就业2500人 by 城镇
 * 新增就业4005人, not by 旅游扶贫产业项目…新增就业8000多人 (涞源 2020, outside). Read as the pairs of Chinese characters
 * the target's clause says just before and after its figure that the actual's says too; each figure's words read once.
 */
import type { Indicator } from '../types';
import { clauseStartBefore } from './clauseStart';
import type { FigureText } from './figureText';

/** Characters read before a figure, within its clause, and after it. */
const BEFORE = 12;
const AFTER = 8;

const isHan = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;
const isClauseEnd = (c: number): boolean => c === 0x3002 || c === 0xff0c || c === 0xff1b || c === 0x3001 || c === 0xff1a || c === 0x2c || c === 0x3b;

/** The pairs of adjacent Chinese characters of a short text, as numbers (two code units packed). */
function pairsIn(text: string, into: Set<number>): void {
  for (let k = 0; k + 1 < text.length; k++) {
    const a = text.charCodeAt(k);
    const b = text.charCodeAt(k + 1);
    if (isHan(a) && isHan(b)) into.add(a * 0x10000 + b);
  }
}

/** The likeness of a target's words to an actual's: how many of the target's character pairs the actual's words hold. */
export function wordingOf(around: FigureText | undefined): (target: Indicator, actual: Indicator) => number {
  if (!around) return () => 0;
  const memo = new Map<Indicator, Set<number>>();
  const words = (i: Indicator): Set<number> => {
    let set = memo.get(i);
    if (set) return set;
    set = new Set();
    const at = around(i);
    if (at) {
      pairsIn(at.text.slice(clauseStartBefore(at.text, at.start, BEFORE), at.start), set);
      let to = at.end;
      while (to < Math.min(at.text.length, at.end + AFTER) && !isClauseEnd(at.text.charCodeAt(to))) to++;
      pairsIn(at.text.slice(at.end, to), set);
    }
    memo.set(i, set);
    return set;
  };
  return (target, actual) => {
    const own = words(actual);
    let n = 0;
    for (const p of words(target)) if (own.has(p)) n++;
    return n;
  };
}
