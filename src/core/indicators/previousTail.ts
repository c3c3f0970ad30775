/**
 * The words before a figure that open with what was said right after the figure before and a 、 (施工工地周边100%围挡、物料
 * 堆放100%覆盖、出入车辆100%冲洗 — 唐县 and 涞水县 2020, src32: the second 100% was named 围挡、物料堆放覆盖; 惠及616.2万名近亲属、
 * 共济金额69.1亿元 — dev 浙江 2026: the sum was named 近亲属、共济金额; 项目校建设未启动、沉淀资金6000余万元 — 高阳县 2017,
 * src32): those words are the figure before's own — the thing it counts or what is said of it — and the 、 closes that
 * item. The figure after it is named from what follows the 、, never by its neighbour's words.
 *
 * A 、 list the figure before counts itself (11个省、市重点项目完成投资22.35亿元 — 涞水县 2020) is that figure's name, and
 * the figure after it goes on about the same things: those words stay. So do a noun and its predicate (可可盖等11处煤矿
 * 建成试运转、新增产能3095万吨/年 — dev 陕西 2026): the noun is the subject of the item after the 、 too.
 */

import { firstVerb } from './names';

/**
 * The words before the 、: two to eight characters, no figure, no clause mark and no 的 (a 的-phrase modifies what follows).
 * One character is a half of a pair the count after it counts together (11个省、市重点项目 — 涞水县 2020; 城、乡), no noun of
 * its own.
 */
const TAIL = /^[\u4e00-\u9fff]{2,8}$/u;

/**
 * `head` (the words read back from a figure to the figure before, which ends at `previousTail`) without its opening
 * “words、” when `text` writes exactly those words and the 、 there; else `head`. What is left must be two characters
 * at least, and the figure before's name (`previousName`) must not hold the list.
 */
export function withoutPreviousTail(head: string, text: string, previousTail: number, previousName: string | null): string {
  const at = head.indexOf('、');
  if (at < 1) return head;
  const words = head.slice(0, at);
  const rest = head.slice(at + 1);
  if (!TAIL.test(words) || words.includes('的') || rest.trim().length < 2) return head;
  // (9家光伏发电、风电企业年产值达6.8亿元 — 涞源县 2025, src32: a figure before named by those words alone may count the whole
  // list, 光伏发电、风电企业, with the words after the 、 its own too.)
  if (previousName === words || previousName?.includes(`${words}、`) || firstVerb(words, 0) > 0) return head;
  return text.startsWith(`${words}、`, previousTail) ? rest : head;
}
