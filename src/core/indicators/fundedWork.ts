/**
 * The work a sum of money pays for, read from the clause after it: 投资1100万元新建污水管线2847米 → 新建污水管线,
 * 投资4360万元，对城区雨水管网进行全面改造 → 城区雨水管网全面改造. A sum named only 投资, 投入 or 投入资金 says what the
 * money is, not what it is for; the clause after it says that, and the name is the work + the money's word (新建污水管线
 * 投资 — dev 海拉尔 2019; 农村公路改造投资). Bounded: the clause after the figure, at most WINDOW characters.
 */
import { cleanName } from './names';
import { isVerb } from '../lexicon/verbs';
import { alternation, WORK_NOUNS, WORK_VERBS } from '../lexicon/nameWords';
import { GRADE_UNITS } from '../lexicon/worksSizes';

/** How far the clause after the figure is read. */
const WINDOW = 48;
/** The longest work's name kept (a longer clause is a sentence of its own, not a name). */
const MAX_WORK = 20;

/**
 * An action that opens the clause after a sum that is its clause alone (投资N元，建设…; 投入资金N元，实施…): the work it
 * funds. The verbs of building, repairing, running a programme (nameWords.json workVerbs), maybe after an adverb that
 * says it goes on (继续实施, 全面完成), or a list of two (新建、改造). Verbs of benefit (带动, 惠及, 解决) are not among
 * them: what the money brought about is a figure of its own, not what it paid for.
 */
const WORK_VERB = `(?:${alternation(WORK_VERBS)})`;
const WORK_OPENING = new RegExp(`^(?:继续|全面|重点|集中|同步|先后)?${WORK_VERB}(?:[、和]${WORK_VERB})?了?`);

/** A footnote mark inside the clause ([10], 〔3〕): no part of the work's name, and no figure of the clause. */
const FOOTNOTE_MARK = /[[［【〔](?:\d{1,2})[\]］】〕]/g;

/** A unit a count or a size of the works is said in (个, 所, 公里, 万亩 …). */
const UNIT = '(?:个|项|件|条|处|座|所|家|户|套|台|栋|间|张|辆|艘|公里|千米|平方米|平米|立方米|米|平方公里|亩|吨|千瓦)';
/** A count or a size: its number, magnitude, 多 or 余, unit and qualifier. */
const SIZE = `(?:约|近)?[\\d.]+(?:万|亿)?(?:多|余)?${UNIT}(?:以上|多|余)?`;
/**
 * The count of the works, maybe after the examples it ends (完成北张小学等3所小学改扩建工程 — 容城县 2015, src32 outside):
 * how many, not what; the works are named by the noun after it.
 */
const COUNT_OPENING = new RegExp(`^(?:[^，,；;。\\d]{1,16}?等)?${SIZE}`);
/** A place or scope before the count, kept (教育园区内3条高压线路迁改 — 清苑区 2020, src32 outside): where, and so part of what. */
const SCOPED_COUNT = new RegExp(`^([\\u4e00-\\u9fff]{1,6}?)${SIZE}`);
/**
 * The size or count the works' clause ends with (建设供水管网157公里, 新建三级以上公路43条423公里 — 蠡县 2020, 阜平县 2021,
 * src32 outside): a figure of its own, after the works' name; what follows it may only be the next sized item of a list
 * (、配变244台) or the clause's end. A number with more noun after it (110千伏变电站, 10kV线路) is part of a name, which
 * this reader does not split.
 */
const TRAILING_SIZE = new RegExp(`^(?:${SIZE})+(?:$|[、和及])`);
/**
 * The next item's own count or money after a joiner (完成8.65万户气代煤改造及5500户电代煤改造 — 蠡县 2020; 县妇幼保健院综合楼、
 * 投资300万元的… — 容城县 2012, src32 outside): the first item's name ends at the joiner.
 */
const NEXT_ITEM = /[、和及与](?:投资|投入)?(?:约|近)?$/;

/**
 * A voltage grade inside a facility's name (新建改造10kV、0.4kV线路823公里 — 蠡县 2020; 建成邸北110千伏变电站 — 曲阳县
 * 2022; 新改建10千伏线路50公里 — 容城县 2012, src32 outside): part of what the works are called, no number of the clause,
 * so the name is read past it (worksSizes.json gradeUnits). Bounded: at most six digits and points before the unit.
 */
const GRADE = new RegExp(`[\\d.]{1,6}(?:${GRADE_UNITS.join('|')})`, 'g');

/** A count in Chinese numerals at the clause's end (变电站一座, 水厂两处). */
const COUNT_IN_WORDS = /(?<=[\u4e00-\u9fff]{2})[一二两三四五六七八九十]{1,3}[座个条处所台套]$/;

/** Words that open the clause without naming the work: a purpose's 用于 or 为, and light verbs. */
const LIGHT_OPENING = /^(?:继续|全面)?(?:用于|为|完成|实施|开展|启动实施|启动|推进|加强|加快|建成|办成|办好|落实|进行)了?/;

/** Works named by a head alone (实施项目169个): the money's project list, not which works (see below). */
const GENERIC_WORK = /^(?:项目|工程|任务|工作|建设|资金)$/;
/** A name that already ends with its work (…基础设施建设, …改造工程): a work verb before it stays where it is. */
const ENDS_WITH_WORK = /(?:建设|改造|工程|项目|整治|治理|改扩建)$/;

/**
 * The work a sum pays for, from the clause after the figure (from `from`), or '' when none can be read. With
 * `clauseAlone` (the sum is its clause alone: 投资N元，), the next clause must open with a work verb; without it the
 * clause runs on right after the sum (投资1100万元新建…, 投入8亿元推进治水提质).
 */
export function fundedWork(text: string, from: number, clauseAlone = false): string {
  const next = clauseAlone ? /^\s*[，,]/.exec(text.slice(from, from + 3)) : null;
  const start = next ? from + next[0].length : from;
  const raw = text.slice(start, start + WINDOW);
  // 投资2599万元的海—宝农村公路, 投资678万元的“四好农村路” ［5］ 全面推进 — dev 海拉尔 2019, 蠡县 2020, src32 outside: the
  // works follow 的, and their name ends at the first number (a footnote's or the next clause's).
  if (raw.startsWith('的')) return worksAfterOf(raw.slice(1));
  // (投资 2.99 亿元实施农村危房改造 1.5 万户 — 阜平县 2017, src32 outside: a text that spaces its numbers.)
  const window = raw.replace(FOOTNOTE_MARK, '').replace(/[ \u3000\t]+/g, '');
  const clause = window.slice(0, window.search(/[，,。；;：:]|$/));
  if (next && !WORK_OPENING.test(clause) && !/^对[\u4e00-\u9fff\d]/.test(clause)) return '';
  if (!/^[\u4e00-\u9fff]/.test(clause) || /^(?:以上|以下|左右|以内|多|余)/.test(clause)) return '';
  // (A light verb that only says the work was done or pushed on, 实施, 完成, 加强, 建成, is no part of its name: 投入资金4.3亿元，
  // 实施引黄灌区农业节水工程 → 引黄灌区农业节水工程 — 高唐县 2022, src32 outside.)
  const opened = clause.replace(LIGHT_OPENING, '');
  // 对…进行(了)改造, 对…实施了危房改造 (顺平县 2008, 涞源县 2020, src32 outside): the object, then the work.
  const onObject = /^对/.test(opened);
  const verb = onObject ? '' : (WORK_OPENING.exec(opened)?.[0] ?? '');
  const rest = (onObject ? opened.slice(1) : opened.slice(verb.length)).replace(/^了/, '');
  // 完成16个老旧小区…改造, 改扩建15个社区…中心: the count of the work is its own figure, not part of the work's name.
  const counted = rest.replace(COUNT_OPENING, '').replace(SCOPED_COUNT, '$1');
  const object = onObject ? counted.replace(/(?:进行|实施)了?/, '') : counted;
  // (投资187亿元，实施项目169个: a next clause that only counts the projects names none of them; the name read before
  // stands. 投资7000万元，建成邸北110千伏变电站: a number inside the works' name is not split.)
  const digit = object.replace(GRADE, (grade) => '级'.repeat(grade.length)).search(/[\d０-９]/);
  const before = digit < 0 ? object : object.slice(0, digit);
  const joined = digit >= 0 ? NEXT_ITEM.exec(before) : null;
  if (digit >= 0 && !joined && !TRAILING_SIZE.test(object.slice(digit))) return reachedWorks(object.slice(digit));
  // (新建王盘110KV变电站一座 — 清苑区 2013, src32 outside: a count in Chinese numerals closing the clause is how many, as
  // TRAILING_SIZE's digits are, not what.)
  const thing = cleanName((joined ? before.slice(0, joined.index) : before).replace(/[[［【(（]+$/, '').replace(/(?:[、和及与]|等)$/, '').replace(COUNT_IN_WORDS, ''));
  // (建设供水管网 → 供水管网建设, 改善医疗设施 → 医疗设施改善: a work verb that is also the work's noun follows its object,
  // unless the object already ends with its own work: 购置医疗设备和基础设施建设 — 徐水 2011, src32 outside.)
  const said = verb.replace(/了$/, '').replace(/^(?:继续|全面|重点|集中|同步|先后)/, '');
  const work = WORK_NOUNS.has(said) && thing.length >= 2 && !ENDS_WITH_WORK.test(thing) ? thing + said : cleanName(said + thing);
  if (GENERIC_WORK.test(work)) return '';
  // (投入187亿元办好“28+10”项民生实事 — 西藏 2026, outside: a count the strip above does not read leaves the verb alone,
  // which names no work; the name reader's own name stands, 民生实事, not 办好投入.)
  return work.length >= 2 && work.length <= MAX_WORK && !isVerb(work) ? work : '';
}

/**
 * What a relative clause with figures of its own says the works reach, closed by 的 before their name (实施覆盖36个村7.4万人
 * 的农村饮水安全巩固提升工程 — 曲阳县 2022; 投资1.97亿元涉及177个行政村342个自然村27346户的农村安全饮水工程 — 涞源县 2020,
 * src32 outside): the villages and people are counted as figures of their own; the works the sum pays for follow the first
 * 的, up to the next item of a list. No list mark or money between the figures and the 的: that would be another item's.
 */
const REACHED_WORKS = /^[^、，,的]*?[\d０-９][^、，,的投]*的([\u4e00-\u9fff“”]{2,20}?)(?=$|[、和及与])/;

/** The works after the reach clause (`from` its first digit), named by a works head (…工程, …项目, …建设), or ''. */
function reachedWorks(from: string): string {
  const works = REACHED_WORKS.exec(from)?.[1] ?? '';
  return ENDS_WITH_WORK.test(works) ? cleanName(works) : '';
}

/** The works named after 投资N元的, up to the first number, clause mark or 等 (see fundedWork). */
function worksAfterOf(after: string): string {
  // (启动投资2.2亿元的600套棚户区改造项目 — 蠡县 2020, src32 outside: the count of the works is read past.)
  const clause = after.slice(0, after.search(/[，,。；;：:]|$/)).replace(COUNT_OPENING, '');
  const digit = clause.search(/\d/);
  const work = cleanName((digit < 0 ? clause : clause.slice(0, digit)).replace(/[[［【〔(（]+\s*$/, ''));
  return work.length >= 2 && work.length <= MAX_WORK && !isVerb(work) ? work : '';
}
