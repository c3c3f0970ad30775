import { isRateUnit } from './units';
import { approxAt, magnitudeAt } from './magnitudes';
import type { NumberMention } from './types';

/**
 * 分别高4.2和0.7个百分点, 分别增长8、9%: in a 分别 list the unit is written once, after the last number; the bare numbers
 * before it take it. Only rate units, and only within a few characters of 分别 or a comparison (高于, 快于 …) (a bare
 * number is otherwise no figure).
 */
const LIST_LEAD = /(?:分别|快于|慢于|高于|低于)[^，,。；;]{0,12}$/;

export function markListUnits(text: string, mentions: NumberMention[]): NumberMention[] {
  // The magnitude each number of a list carries, by index: its own (34.2亿元) or the one it took from the next.
  const carried = new Map<number, number>();
  for (let i = mentions.length - 2; i >= 0; i--) {
    const a = mentions[i] as NumberMention;
    const b = mentions[i + 1] as NumberMention;
    // 分别快于全国3.4个、1个百分点: “3.4个” is 3.4 points with the rest of the word dropped.
    if (a.unit === '个' && b.unit === '个百分点' && /^[、和与及]$/.test(text.slice(a.tail, b.start)) && text[a.end - 1] === '个' && /(?:分别|快于|慢于|高于|低于|提高|下降)[^，,。；;]{0,8}$/.test(text.slice(Math.max(0, a.start - 12), a.start))) {
      mentions[i] = { ...a, unit: b.unit, nature: b.nature };
      continue;
    }
    if (a.nature !== 'bare' || a.valueMax !== undefined || b.unit === null) continue;
    if (!/^[和、与及]$/.test(text.slice(a.end, b.start)) || !/^[\d.]+$/.test(text.slice(a.start, a.end))) continue;
    // (A comparison says it as well as 分别 does: 分别达到44.6%、42.6%，高于全省26.2和17.5个百分点 — 保定 2018.)
    const lead = text.slice(Math.max(0, a.start - 14), a.start);
    if (!LIST_LEAD.test(lead)) continue;
    // (分别 says it for any unit: 城乡居民人均居住面积分别达到14和25平方米 — 河北 2001; a comparison only for rates.)
    if (!isRateUnit(b.unit) && !/分别[^，,。；;]{0,12}$/.test(lead)) continue;
    // 分别支出68.6、29.2、34.2亿元 (宝安 2018), 地均GDP和税收分别达51.1和21.5亿元/平方公里 (福田 2019; both outside): the
    // magnitude is written once with the unit, and every number of the list is in it (68.6亿元, not 68.6 元) — as the
    // dev labels read a number whose 万亿元 stands on the next line (national 2017's 74.4).
    const exp = carried.get(i + 1) ?? ownMagnitude(text, b);
    carried.set(i, exp);
    const value = exp > 0 ? Number(`${text.slice(a.start, a.end)}e${exp}`) : a.value;
    mentions[i] = { ...a, value, unit: b.unit, nature: b.nature };
  }
  return mentions;
}

/** The power of ten of the magnitude written right after a figure's digits (亿 → 8, 万 → 4), or 0. */
function ownMagnitude(text: string, m: NumberMention): number {
  let j = m.start;
  while (j < m.end && /[\d.]/.test(text[j] as string)) j++;
  return magnitudeAt(text, approxAt(text, j))[0];
}
