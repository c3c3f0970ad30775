/**
 * An attribute carried past its clause: 全年完成工业投资301亿元、总量全市第一，同比增长34.3% (宝安区 2022); 规上营利性服务业营收
 * 2048.98亿元、总额跃居全市第二，增长52.9% (宝安区 2024); 互联网和相关服务业营业收入突破450亿元，总量全市第二，增长48.6%
 * (龙华区 2023; all outside free texts). attributeLed.ts names the clause the attribute opens (工业投资总量, the rank's);
 * the growth after it, a clause with no subject of its own, took that name from the figure before (工业投资总量) — but the
 * attribute was that clause's: the growth is of the indicator itself (工业投资), as labels name growths (地区生产总值, never
 * 地区生产总值总量, for 增长9.3% after 总量保持全省第一 — dev labels' attributeLed convention).
 */
import data from '../lexicon/carriedAttributes.json';
import type { NumberMention } from '../numbers/types';
import type { Bound } from './figureNames';

/**
 * The name of a figure that took `name` from the attribute-led figure right before it (`before`, the figures before it
 * in the sentence): the indicator without the attribute when the figure's own clause (`left`) says no attribute and the
 * figure before that one named the indicator alone; else `name`.
 */
export function attributeCarriedName(name: string | null, left: string, m: NumberMention, before: readonly Bound[]): string | null {
  if (!name || m.nature !== 'percent') return name;
  const led = before[before.length - 1];
  const base = before[before.length - 2];
  if (!led || !base?.name || led.name !== name) return name;
  const attribute = data.stock.find((word) => name === `${base.name}${word}`);
  // (The figure's own clause says the attribute — 总量增长20% — : then it is the total's growth, named as written.)
  if (!attribute || left.includes(attribute)) return name;
  return base.name;
}
