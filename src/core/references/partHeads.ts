/**
 * A part of an indicator named by a word before the whole's name (京津|技术合同成交额, 电商|进出口额 — lexicon/
 * partHeads.json): the lexicon reads both as the one indicator, but a part is no sequel to the whole. 河北 2023's target
 * 技术合同成交总额1500亿元 was judged by 吸纳京津技术合同成交额增长13%, 河北 2022's 电商进出口额200亿元 by 外贸进出口增长
 * 21.5% (src32, outside). Two names that both open with the same head (京津… ↔ 京津…) are one part, still a pair.
 */
import data from '../lexicon/partHeads.json';

export const PART_HEADS: readonly string[] = data.heads;

function headOf(name: string | null): string | undefined {
  if (!name) return undefined;
  let best: string | undefined;
  for (const head of PART_HEADS) if (name.startsWith(head) && (!best || head.length > best.length)) best = head;
  return best;
}

/** Whether one of two names is a part its head word names and the other is not that part. */
export function partBesideWhole(a: string | null, b: string | null): boolean {
  return headOf(a) !== headOf(b);
}
