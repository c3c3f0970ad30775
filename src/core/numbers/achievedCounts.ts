/**
 * A count written with one Chinese digit (两个, 四家) is a word on its own (两个维护, 三个务必) unless something marks it a
 * figure (singleCounts.ts: a list of counts; chineseFigures.ts: 两次降低, 提前两年, 两个万亿元台阶). Two more marks, both
 * about things a report counts as done:
 *
 * - the count is the subject of a verb of winning, joining or being named — 两所高校实现升格 (广西 2026), 两所大学3个学科
 *   跻身“双一流” (山西 2026), 三利集团、宏润公司等四家企业进入全省“三个一百”领军企业行列 (高阳 2015), 白石山等五处景区
 *   升格5A (保定 2014), 城市更新两个项目入选全国典型案例 (广西 2026), …改善农村住房两个项目荣获“中国人居环境范例奖”
 *   (河北 2004), all outside. No numeral, ordinal or demonstrative stands before it (第十三届, 这两个), its noun has no quote
 *   or break in it, the verb comes within a few characters, and it counts no editions (在九届全运会上获得 is the ninth);
 * - the count is the object right after a verb of setting up, building, holding or winning — 新增两批重点事项 (广东 2026,
 *   dev: labelled), 设立两个县域支行 (保定 2010), 拥有两个国家级集群 (保定 2025), 连续举办两届产业转移对接活动 (甘肃
 *   2026), all but the first outside. Its noun starts with an ideograph (no quote: 新增“两个”…), not 方面.
 *
 * The verbs are data (lexicon/achievedCounts.json). Each reading looks at a bounded window around one numeral.
 */
import data from '../lexicon/achievedCounts.json';
import { singleNumeral, type Core } from './numberCore';
import { wordAt, wordBefore } from '../text/wordAt';

/** The verbs whose subject the count is (入选, 跻身, 升格 …), longest first so 被认定为 is read before a shorter verb in it. */
export const ACHIEVED_VERBS: readonly string[] = [...data.verbs].sort((a, b) => b.length - a.length);
/** The verbs whose object the count is (新增, 设立, 举办 …). */
export const OBJECT_VERBS: readonly string[] = data.objectVerbs;
/** The measure words a count of things takes here. */
export const ACHIEVED_UNITS: ReadonlySet<string> = new Set(data.units);

/** How far the verb may stand after the measure word: the noun and at most a figure beside it (大学3个学科). */
const NOUN_MAX = 8;
/** What may not stand before the count: a numeral, an ordinal, a demonstrative, a part or a quote (as in singleCounts.ts). */
const NOT_BEFORE = new Set('一二两三四五六七八九十百千万亿零〇○第几每这那哪前后之余多数“"‘\'');
const NOUN_CHAR = /[\u4e00-\u9fff0-9]/;
const HAN = /[\u4e00-\u9fff]/;
/** 一 is an article (一个项目入选, “a project”), not a count; 万家企业, 百家 are rhetoric. */
const DIGITS = '二两三四五六七八九十';

/** The digit at `at` as a core, when it counts things the clause says were won, joined, set up or held. */
export function achievedCountAt(text: string, at: number): Core | null {
  const digit = text[at];
  if (digit === undefined || !DIGITS.includes(digit) || !ACHIEVED_UNITS.has(text[at + 1] ?? '')) return null;
  return subjectOfAchievement(text, at) || objectOfSettingUp(text, at) ? singleNumeral(text, at) : null;
}

function subjectOfAchievement(text: string, at: number): boolean {
  if (NOT_BEFORE.has(text[at - 1] ?? '') || text[at + 1] === '届') return false;
  // The noun: ideographs and digits only (no quote, no break), then the verb.
  for (let k = at + 2; k < Math.min(text.length, at + 3 + NOUN_MAX); k++) {
    if (k > at + 2 && wordAt(ACHIEVED_VERBS, text, k) !== undefined) return true;
    if (!NOUN_CHAR.test(text[k] as string)) return false;
  }
  return false;
}

function objectOfSettingUp(text: string, at: number): boolean {
  // (举办了两届: the aspect marker may stand between.)
  const verbEnd = text[at - 1] === '了' ? at - 1 : at;
  if (wordBefore(OBJECT_VERBS, text, verbEnd) === undefined) return false;
  return (HAN.test(text[at + 2] ?? '') && !text.startsWith('方面', at + 2)) || heldInARow(text, at);
}

/**
 * 连续举办七届“创业之星”大赛 (南山 2015), “创业之星”大赛连续举办十届， (南山 2018), both outside: editions held in a row are
 * counted whatever follows — a quoted name or the clause's end (成功举办十四届全运会, no 连续, names the fourteenth games).
 */
export function heldInARow(text: string, at: number): boolean {
  return text[at + 1] === '届' && /连续(?:举办|承办)了?$/.test(text.slice(Math.max(0, at - 5), at));
}
