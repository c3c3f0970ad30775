/**
 * A capacity said of one works: a rate verb (日处理, 日生产, 年产, 年炼…) before the figure and the works after it, with or
 * without 的 — 日处理污水6万吨的污水处理厂三期工程, 日生产4万吨再生水项目 (dev 高阳 2019, labelled 污水处理厂三期工程日处理能力,
 * 再生水项目日生产能力), 年炼铁和炼钢各３００万吨的宝钢二期工程 (national 1992, outside), 建设年产能力5万吨的生产基地 (src32
 * 徐水区-2012). The labels README lists such a capacity as a figure (session 23: "a capacity said of the works is") and
 * names it as the 高阳 labels do: the works, the rate verb, 能力 (kind level). The words between the figure and the
 * works, or between the verb and the figure (污水, 铁和炼钢), say what is processed or made; the name leaves them out as the
 * labels do. Bounded look-around only.
 */
import type { NumberMention } from '../numbers/types';

/** Masses, volumes and power a works is sized by. */
const UNITS: ReadonlySet<string> = new Set(['吨', '吨/年', '立方米', '立方米/年', '千瓦', '兆瓦']);
/**
 * A rate verb (日 or 年 and what the works does), then what it works on (污水, 铁和炼钢, up to 6 characters), then 各 or
 * nothing, right before the figure. 能力 after it (年产能力5万吨) is the capacity said as such.
 */
const RATE_BEFORE = /([日年])(处理|生产|产|炼|供|吞吐|输送|加工|发电|出栏|屠宰)(?:能力)?([\u4e00-\u9fff]{0,6}?)各?$/u;
/**
 * 的 or nothing, a few characters of kind, then the works (项目, 工程, 厂, 基地…), before any clause mark; the longest such
 * run, so that 污水处理厂三期工程 is not cut at its 厂.
 */
const WORKS_AFTER = /^的?([\u4e00-\u9fff“”]{0,12}(?:项目|工程|厂|矿井|电站|基地|码头|泊位|装置|机组|生产线))/u;
/**
 * A product, then the rest of a list of projects closed by 等 and the projects' head, no count between 等 and the head:
 * 荣达锦翼年产1.8万吨鸭肉制品、唐郡黑玉米产业融合发展等农产品加工项目 (src32 高唐县-2025), 祥丰合年产2万吨稻米油、徐重智能制造
 * 产业园等一批重大项目 (高唐县-2023). The labels README lists a rate verb's size in a list of projects closed by 等 (恒天天鹅
 * 年产6万吨莱赛尔等项目建设, 高阳县-2015) as that project's capacity; the product is the item's own, up to its 、. Bounded.
 */
const LISTED_WORKS_AFTER = /^([\u4e00-\u9fff]{2,8})、[^，,。；;：:！？]{1,30}?等([\u4e00-\u9fff]{0,8}?)(项目|工程)/u;
/**
 * A count of the list after 等 or after its head (等10个项目, 等十个项目, 等项目10个): the size then only tells one project of a
 * counted list (README).
 */
const COUNTED_LIST = /^(?:[一二两三四五六七八九十百]+|\d+)[个项家]/u;
/** What ends a date or a time word before 年 or 日 (2018年, 去年, 全年, 今日). */
const YEAR_WORD_END = /[\d０-９〇○一二三四五六七八九十今去明全上本当前后每]$/u;
/** A threshold is a class of works, never one (年产10万吨以上的项目: labels README, "a threshold before its noun is not"). */
const BOUND_AFTER = /^(?:以上|以下|左右)/;

/** `works` + rate verb + 能力 for a capacity said of one works (see the file's comment), or ''. */
export function worksCapacityName(text: string, m: NumberMention): string {
  const c = worksCapacity(text, m);
  return c ? c.name : '';
}

/**
 * Whether a figure is a capacity said of one works (年产5万吨有机肥厂): the labels README lists it, so the class-bound
 * reading of 年产 + figure + noun (exclusions.ts) gives way to it.
 */
export function isWorksCapacity(text: string, m: NumberMention): boolean {
  return worksCapacity(text, m) !== null;
}

/** The rate verb (日处理, 年产) as the measure of a capacity said of one works, or null. */
export function worksCapacityMeasure(text: string, m: NumberMention): string | null {
  return worksCapacity(text, m)?.measure ?? null;
}

function worksCapacity(text: string, m: NumberMention): { name: string; measure: string } | null {
  if (m.unit === null || !UNITS.has(m.unit) || m.valueMax !== undefined) return null;
  const after = text.slice(m.tail, m.tail + 16);
  if (BOUND_AFTER.test(after)) return null;
  const works = WORKS_AFTER.exec(after)?.[1] ?? listedWorks(text.slice(m.tail, m.tail + 50));
  if (!works || works.length < 2) return null;
  // (Only within the figure's clause: a rate verb one clause back says nothing of this figure.)
  const before = /[^，,。；;：:、（）()]{0,14}$/u.exec(text.slice(Math.max(0, m.start - 14), m.start))?.[0] ?? '';
  const rate = RATE_BEFORE.exec(before);
  // (2018年产, 去年生产: a 年 that closes a date or a time word is no rate.)
  if (!rate || YEAR_WORD_END.test(before.slice(0, rate.index))) return null;
  // (炼 is no verb alone: what it makes stays with it, 年炼铁和炼钢; what is processed, 污水, is left out as the labels do.)
  const measure = `${rate[1] as string}${rate[2] === '炼' ? `炼${rate[3] ?? ''}` : (rate[2] as string)}`;
  // (恒天天鹅年产6万吨莱赛尔等项目建设 — src32 高阳县-2015, outside: 等 closes a list of projects, the works is this one's,
  // 莱赛尔项目, as the same report names it a line before.)
  return { name: `${works.replace(/[“”]/g, '').replace(/等(?=项目$|工程$)/, '')}${measure}能力`, measure };
}

/** The project a listed product names (鸭肉制品、…等农产品加工项目 → 鸭肉制品项目), or '' (see LISTED_WORKS_AFTER). */
function listedWorks(after: string): string {
  const listed = LISTED_WORKS_AFTER.exec(after);
  if (!listed || COUNTED_LIST.test(listed[2] as string) || COUNTED_LIST.test(after.slice(listed[0].length))) return '';
  return `${listed[1] as string}${listed[3] as string}`;
}
