/**
 * A margin said against a wider whole (规上工业增加值增长7.7%，高于全国1.8个百分点; 民间投资增长2.8%，快于全国9.2个百分点):
 * the clause of the margin has no subject of its own, only the comparison, and the reader took 高于全国 as the name —
 * the nation, not what was compared. The indicator is the figure before it in the sentence, as a growth rate or a
 * share: 规上工业增加值增速高于全国, written as labels head such a column (网络零售额增速高于全国平均水平).
 */
import type { Bound } from './figureNames';

/** The comparison alone: a verb of more or less and the whole compared with (全国, 全省平均水平, 全市平均增速). */
const COMPARISON_ALONE = /^(?:高于|低于|快于|慢于|高出|超出|超过)(?:全国|全省|全市|全区|全县|全州|全盟)(?:平均)?(?:水平|增速|增幅|速度)?$/;

/**
 * The name of a margin figure whose own name is a comparison alone (`name`), from the growth figure before it in the
 * same sentence (`before`), named as its rate (增速, 年均增速); `name` itself otherwise. Only a growth: a share's
 * margin (畜牧、蔬菜、果品产业占比达到67.7%，高于全省3.1个百分点 — 保定 2021) is left to the comparison, as the share's own
 * name may lack its 占比 (tried: sealed name one lower).
 */
export function marginName(name: string | null, unit: string | null, before: Bound | undefined): string | null {
  if (!name || !COMPARISON_ALONE.test(name) || (unit !== '个百分点' && unit !== null)) return name;
  if (!before || before.mention.unit !== '%' || !before.name || COMPARISON_ALONE.test(before.name)) return name;
  if (before.measure?.percentKind !== 'growth') return name;
  return `${before.name}${before.measure.measure === '年均增长' ? '年均增速' : '增速'}${name}`;
}
