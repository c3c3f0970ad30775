/**
 * A share whose part is a size word alone, said right after a figure of the thing: 社会消费品零售总额完成1817.51亿元，
 * 增长9.2％，总量占全市三成 (福田区 2018); 全社会研发投入强度达6.7%，总量占全市28.6% (南山区 2022); 开通低空航线62条，
 * 数量占全市近三分之一 (龙华区 2025). 总量, 规模, 数量 have no thing of their own: the reader takes the one the figure
 * before measures, and the share is that thing's, with the size word the text says (低空航线数量占全市比重, as dev labels
 * head 船舶海工出口规模占全国比重, 已建在建入级电动船舶数量占全国比重 — guangdong, 江苏 2026; attributeLed.ts names
 * 规模占全市五分之一 the same way) — a card that says 总量占全市比重 tells nothing of what is a third of the city's.
 */
import { SIZE_ALONE } from '../lexicon/sizeWords';

/** An intensity is the amount set against output (研发投入强度): its 总量 is the amount itself, 研发投入. */
const INTENSITY = /强度$/;

/**
 * The part (the thing and its size word) a share said by its size alone (`part`: 总量, 规模, 数量 …) takes from `previous`, the name of the figure
 * before it in the sentence; null when `part` is no size word or `previous` is no thing (a share, a rate of a share or a
 * list of several things, whose size no single part is).
 */
export function sizeSharePart(part: string, previous: string | null): string | null {
  if (!previous || !SIZE_ALONE.has(part)) return null;
  if (/占|比重|比例|[、和及]/.test(previous)) return null;
  const thing = previous.replace(INTENSITY, '');
  return thing.length >= 2 && !SIZE_ALONE.has(thing) ? `${thing}${part}` : null;
}
