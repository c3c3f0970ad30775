import { allMatches } from '../text/allMatches';

/**
 * Announcements in the words forward.ts's patterns leave out, found in unseen reports of every kind (links15): a list
 * said to follow 以下 whatever it is called (要把握好以下原则和政策取向。 national 2014; 努力实现以下主要目标： 河北 2008;
 * 遵循以下几项原则： 河北 2009), and a counted one whatever it counts (可以简要用四句话来概括： 保定 2007; 这里重点报告八个
 * 方面。 广西 2026; 今年要着力做好九个方面的工作。 河北 2005; 重点抓了五个方面工作： 宁夏 2026; 突出抓好九项重点工作任务。
 * 高阳 2019), or a counted name given the list (实施“十大奋进行动”。 高阳 2023). Each stands only where
 * it ends its paragraph and the next paragraph opens the list with its first marker — or, for 以下 after a verb of
 * doing or before a kind of list (抓好以下几项工作), with any paragraph that is no heading (forward.ts checks): what they
 * say is too loose to stand alone (从两个方面拉动经济增长。 inside a paragraph is how, no list).
 */
const BELOW = /以下(?!简称|称)[^，,。；;：:!！?？“”()]{0,12}(?=[：:。])/g;
const COUNTED = /[两二三四五六七八九十几]{1,2}(?:个方面|个问题|个目标|项|条|点|句话)的?[\u4e00-\u9fff]{0,6}(?=[：:。])/g;
/** A counted name the list is given, quoted, before a full stop (实施“十大奋进行动”。 高阳 2023). */
const NAMED = /“[一二两三四五六七八九十]{1,2}(?:大|个|项|条)[^，,。；;：:“”]{1,8}”(?=。)/g;

/**
 * What 以下 after it means “below”, not “what follows” (3%以下, 50万元以下, 3岁以下, 省以下财政体制): a figure's
 * digits and units, and the levels of government.
 */
const BELOW_AFTER: ReadonlySet<string> = new Set([...'0123456789%‰.零〇一二三四五六七八九十百千万亿元岁斤吨亩度人户个家天年月省市县乡镇区级米克倍']);
/** A verb of doing or saying right before 以下 (抓好以下…, 把握住以下…, 实现以下…, 遵循以下…). */
const DOING_BEFORE = /(?:做|抓|把握|实现|包括|讲|研究|注意|采取|作出|遵循|提出|强调|明确|突出|坚持|围绕|概括|归纳)(?:好|了|住|为)?$/;
/** What a list is said to be made of after 以下 (以下几项工作, 以下一些要点, 以下主要目标, 以下原则和政策取向). */
const LIST_AFTER = /^(?:几|一些|这些|主要|重点|若干|[两二三四五六七八九十]{1,2})?(?:个|项|条|点)?(?:方面|工作|问题|要点|原则|目标|任务|措施|规定|意见|建议|事项|重点|内容|要求)/;

/**
 * Whether 以下 (at `start`, the announcement running to `end`) announces the paragraphs after it when they carry no
 * marker: a verb of doing or saying before it, or a kind of list after it — and never 以下的, “below” (…建设大量的限额
 * 以下的项目。 national 1959, dev; 生活在贫困线以下。 — a review of session 18 saw both linked to the next paragraph).
 */
export function announcesWhatFollows(t: string, start: number, end: number): boolean {
  const after = t.slice(start + 2, end);
  if (after.startsWith('的')) return false;
  return DOING_BEFORE.test(t.slice(Math.max(0, start - 4), start)) || LIST_AFTER.test(after);
}

/** What before a count makes it one thing said again (这两点, 每三年, 第五项, 前十个方面), not a list announced. */
const COUNT_AFTER: ReadonlySet<string> = new Set([...'这那每第前后上下各']);

/** Where paragraph text `t` announces a list in these words: [start, end) of each announcement. */
export function otherAnnouncements(t: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (t.includes('以下')) for (const m of allMatches(BELOW, t)) if (!BELOW_AFTER.has(t[m.index - 1] ?? '')) out.push([m.index, m.index + m[0].length]);
  for (const m of allMatches(COUNTED, t)) if (!COUNT_AFTER.has(t[m.index - 1] ?? '')) out.push([m.index, m.index + m[0].length]);
  if (t.includes('“')) for (const m of allMatches(NAMED, t)) out.push([m.index, m.index + m[0].length]);
  return out;
}
