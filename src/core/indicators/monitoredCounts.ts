/**
 * A count of monitored waters — rivers, river sections, monitoring points — with the water quality measured of them
 * right after its noun: 74个地表水国考断面Ⅲ类以上水质比例提高4.1个百分点 (src32 河北省-2020), 23个地表水国省市考断面水质全部
 * 达标 (易县-2025), 49个国省考断面水质达标率100% (保定市-2025), 33条重污染河流断面水质达标 (河北省-2018; all outside
 * ../shared/corpus). The count counts the sections, as the dev label of 重点河流74个国考断面达到或优于Ⅲ类的比例 (hebei 2021)
 * names it 重点河流国考断面; the noun read after the count ran on into the quality (…断面水质) or was cut at its length
 * cap inside a word (地表水国考断面Ⅲ类以上水 — a trial saw it). The name ends at the monitored head. Not works on the
 * water (5条河流水质提升工程 — 高唐县 2021: the works are counted).
 */

/** A monitored head, then the quality said of it: 水质, or a class and its bound (Ⅲ类以上, Ⅲ类及以上). */
const MONITORED_THEN_QUALITY = /^([\u4e00-\u9fff]{0,12}?(?:河流|断面|点位|湖库|水库|河道))(?:水质|(?:Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ|III|IV|II|[一二三四五])类)/;
/** Works or programmes on the water: what such a name counts. */
const WORKS_HEAD = /(?:工程|项目|行动|方案|设施|工作)$/;

/** The name of a count (`unit` 个, 条, 处) ending at its monitored head, or null when `name` is no such run-on. */
export function monitoredCountName(name: string, unit: string | null): string | null {
  if (unit !== '个' && unit !== '条' && unit !== '处') return null;
  const m = MONITORED_THEN_QUALITY.exec(name);
  if (!m || WORKS_HEAD.test(name)) return null;
  const head = m[1] as string;
  return head.length >= 2 && head.length < name.length ? head : null;
}
