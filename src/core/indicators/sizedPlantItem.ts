/**
 * A plant sized in a list of plants, each with its owner before the size and its kind after (国电投300兆瓦光伏制氢、华能260兆瓦
 * 光伏发电、英利100兆瓦光伏发电3个新能源项目 — src32 涞源县-2025; 中电投平阳20兆瓦光伏发电、国华龙泉关49.5兆瓦风电场、保定天威英利
 * 20兆瓦光伏发电、国华平阳30兆瓦太阳能光伏发电等新能源项目 — 阜平县-2013, outside). Past the first item the words before the
 * size ran back over the list mark into the item before (光伏制氢、华能, 光伏发电、国华龙泉关); the item's own name is its owner,
 * after the last list mark, and the kind of plant after the size, to the next mark: 华能光伏发电, 国华龙泉关风电场.
 */
import type { NumberMention } from '../numbers/types';

/** The units of a plant's size in such a list. */
const POWER = /^(?:千瓦|兆瓦)$/;
/** The owner after the list mark: a short run of characters, nothing else (华能, 保定天威英利). */
const OWNER = /^[\u4e00-\u9fff]{2,6}$/;
const OWNER_MAX = 6;
/** The kind of plant after the size, up to the next list mark, 等, a clause mark or a number (光伏发电3个新能源项目). */
const KIND = /^[\u4e00-\u9fff]{2,10}?(?=[、，,。；;等\d])/;

/** owner + kind for a sized plant after a list mark (`before`: the words between the figure before and this one); '' otherwise. */
export function sizedPlantItemName(text: string, m: NumberMention, before: string): string {
  // (商洛电厂二期、店头电厂二期等402万千瓦机组建成投运 — dev 陕西 2026: after 等 the size is the whole list's, not an item's.)
  if (!POWER.test(m.unit ?? '') || /等$/.test(text.slice(Math.max(0, m.start - 1), m.start))) return '';
  // The list mark is looked for in the text, not in `before`: the words the item before owns up to its 、 may have been
  // taken off `before` already (previousTail.ts), leaving the owner alone.
  const window = text.slice(Math.max(0, m.start - OWNER_MAX - 1), m.start);
  const mark = window.lastIndexOf('、');
  if (mark < 0 || !/[\u4e00-\u9fff]{2}$/u.test(text.slice(Math.max(0, m.start - window.length + mark - 2), m.start - window.length + mark)) || !before.endsWith(window.slice(mark + 1))) return '';
  const owner = window.slice(mark + 1);
  const kind = KIND.exec(text.slice(m.tail, m.tail + 12))?.[0] ?? '';
  return OWNER.test(owner) && kind ? owner + kind : '';
}
