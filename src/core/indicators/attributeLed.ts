/**
 * A clause whose subject is an attribute alone (总量, 规模, 增速 — lexicon/carriedAttributes.json lists the reports) goes on
 * about the indicator the figure before it in the sentence measures: 实现本地生产总值3715亿元，增长9.3%，总量保持全省区（县）第一
 * ranks 本地生产总值's total, and 增长14.0%，增速排名全省各县（区）第一 the growth of the indicator said before. The name reader
 * named such a figure by the attribute and its predicate (总量保持全省区县, 增速排名全省各县区, 总量 alone), which says
 * nothing of what it is a total or a rate of. The name is the indicator with its attribute, as labels head it
 * (地区生产总值总量全国位次, 规模以上工业增加值增速全市位次, 船舶海工出口规模占全国比重 — dev labels): the attribute and
 * what the name reader kept after it of the figure's own words (占全市比重), with the predicate of a rank dropped.
 */
import data from '../lexicon/carriedAttributes.json';
import type { NumberMention } from '../numbers/types';
import type { Bound } from './figureNames';
import { alternation } from '../lexicon/nameWords';

const ATTRIBUTE = alternation([...data.stock, ...data.rate]);
/** The clause opens with the attribute, maybe after 全年 or 其中 (no subjects either); not 规模以上, a subject's scope. */
const ATTRIBUTE_FIRST = new RegExp(`^(?:全年|其中)?(${ATTRIBUTE})(?![、和及与]|以上|以下)`);
/** A share said as more than a part of the whole (总量超过全市1/5): the whole. */
const OVER_WHOLE = /^超过(全[市省国]|全区)$/;
/** The words of a level the attribute reached (跃升到, 首超, 达到) that the name reader kept. */
const LEVEL_PREDICATE = /^(?:跃升|首|达到?|突破)[\u4e00-\u9fff]{0,2}$/;
/** A share said of the attribute (占全市比重, 占全国比重): what the name keeps after it. */
const SHARE_AFTER = /^占[\u4e00-\u9fff]{1,6}(?:比重|比例)$/;

/**
 * The name of a figure whose clause opens with an attribute alone, from the figures before it in the sentence (`before`,
 * across a semicolon too: …在全市六个超两千亿大区中排名第一；总量达到4702亿元 — 宝安区 2023, outside); else `name`.
 */
export function attributeLedName(name: string | null, left: string, m: NumberMention, before: readonly Bound[]): string | null {
  const opening = ATTRIBUTE_FIRST.exec(left.replace(/^[，,、；;\s]+/, '').trim());
  const attribute = opening?.[1];
  // (The indicator is the last one the sentence measured, not a rank or a margin said of it: …增长3.5%，比全市高0.2个百分点，
  // 在全市六个超两千亿大区中排名第一；总量达到4702亿元 — 宝安区 2023, outside.)
  const prev = attribute ? lastMeasured(before) : undefined;
  if (!attribute || !name || !prev?.name || !name.startsWith(attribute)) return name;
  // (The figure before must name an indicator of its own, not an attribute again or the words of a rank.)
  if (ATTRIBUTE_FIRST.test(prev.name) || prev.name.length < 2) return name;
  // (Nor a share when the attribute is a stock: 全社会研发投入强度达6.7%，总量占全市28.6% — 南山区 2022, outside — totals the
  // spending, not its ratio to the economy.)
  if (prev.mention.nature === 'percent' && prev.measure?.percentKind !== 'growth' && data.stock.includes(attribute)) return name;
  // (A rate said as a percentage is the growth itself, which labels name by the indicator alone: 新能源汽车销售增长65.1%，
  // 连续10个月增速保持在50%以上 — 保定 2025, outside, names.bareSpeed.test.ts.)
  if (data.rate.includes(attribute) && m.nature === 'percent') return prev.name;
  const rest = name.slice(attribute.length);
  // (What the name reader kept after the attribute is a predicate — of a rank (保持全省区县), a streak (创), a level
  // (跃升到, 首) — or a share (占全市比重, 超过全市 before a fraction); anything else makes the attribute part of a noun of
  // its own: 规模工业增加值 — dev 湖南 2026.)
  const whole = OVER_WHOLE.exec(rest)?.[1];
  if (whole && (m.nature === 'percent' || m.nature === 'fraction')) return `${prev.name}${attribute}占${whole}比重`;
  if (SHARE_AFTER.test(rest)) return `${prev.name}${attribute}${rest}`;
  return rest === '' || m.nature === 'rank' || m.nature === 'duration' || LEVEL_PREDICATE.test(rest) ? `${prev.name}${attribute}` : name;
}

/** The last figure of `before` that measures an indicator itself: not a rank, a streak or a margin in points. */
function lastMeasured(before: readonly Bound[]): Bound | undefined {
  for (let i = before.length - 1; i >= 0 && i >= before.length - 4; i--) {
    const b = before[i] as Bound;
    if (b.mention.nature !== 'rank' && b.mention.nature !== 'duration' && b.mention.nature !== 'points' && b.mention.unit !== '个百分点') return b;
  }
  return undefined;
}
