/**
 * A count whose own noun follows it, after words that only frame it: 省定20项民生工程, 工业结构调整100个重点项目,
 * 谋划9条技术路径, 黑龙港流域49个县 (保定 2023, 河北 2003/2015, 山西 2026 — outside; a random audit of unseen local
 * text, names33, found it in 2 of 150 names, and in about 60 of 9,200 figures of 208 unseen texts). The words before say
 * whose, where or under which programme; the noun phrase right after the count says what is counted. Not a programme's
 * generic parts (保增长促发展10项措施): 措施 alone would name, and pair, every programme's measures — its measures are named
 * with the programme (保增长促发展措施, programmeMeasures), its other parts (目标, 任务) by the programme alone.
 */
import { endsWithCountedHead, endsWithVerb, firstVerb } from './names';
import { alternation, COUNT_PREDICATES, END_PREDICATES, ISSUE_VERBS, MANNER_ADVERBS, MEASURE_PARTS, PREDICATE_OPENERS, PROGRAMME_PARTS, WHOLE_PLACES, WORK_MANNERS } from '../lexicon/nameWords';

/**
 * Where a noun phrase read after a count is no noun: a list's 等, a verb of change with its 到/至 (从15家跃升到38家), a
 * figure inside it (由1253家发展到4700多家), a magnitude that the count's steps pass (跨过三个万亿元级台阶).
 */
const NOT_A_NOUN = /^[^\u4e00-\u9fff]|^[等十百千万亿]|[到至为]$|[\d０-９]/;
/** A count after 由/从 (from) or 到/至 (to) is a value of what stands before it, not a count of the noun after. */
const FROM_TO = /[由从到至]$/;
/** A programme's generic parts (10项措施, 9项约束性指标): the programme before the count names them (nameWords.json). */
const PROGRAMME_PART = new RegExp(`(?:${alternation(PROGRAMME_PARTS)})$`);
/**
 * An adverb of manner the noun read after a count ran on into (重点改革任务|扎实推进, 医院|深度合作 — a verb the dictionary
 * misses may follow it): the noun ends before it (a review). Only with at most a two-character verb after it to the
 * read's end: inside a longer noun the adverb's characters are part of a word (国家可持续发展实验区).
 */
const MANNER = new RegExp(`(?<=[\\u4e00-\\u9fff]{2})(?:${alternation(MANNER_ADVERBS)})(?=[\\u4e00-\\u9fff]{0,2}$)`);
/** A time frame before the count (年度36项重点改革任务) says when, not which: the noun alone names the count. */
const TIME_FRAME = /^(?:年度|全年|今年|去年|当年|年内|上年|本年)$/;
/**
 * A programme's measures right after their count: a measure part (举措, 措施) with at most a short modifier before it
 * (政策措施, 提升举措, 升级举措). The modifier may be a verb (提升), which the noun check below would refuse.
 */
const MEASURES = new RegExp(`^等?([\\u4e00-\\u9fff]{0,4}?(?:${alternation(MEASURE_PARTS)}))`);
/** Everything up to the last verb that issues measures (第一时间出台, 自贸试验区推出): not the programme's name. */
const ISSUED = new RegExp(`^.*(?:${alternation(ISSUE_VERBS)})`);
/** A whole place opening the noun after a count (全国重点实验室), which the cleaned read drops. */
const WHOLE_PLACE_OPENING = new RegExp(`^(?:${alternation(WHOLE_PLACES)})`);
/** What counted things did, said alone after the count (封顶, 落地, 竣工, 建成投产): nameWords.json's predicates. */
const DID_ONLY = new RegExp(`^(?:${alternation([...PREDICATE_OPENERS, ...COUNT_PREDICATES, ...END_PREDICATES])})$`);
/** People counted (20万人安置区, 9308名军体健儿): the rules for people name them. */
const PEOPLE_UNITS: ReadonlySet<string> = new Set(['人', '人次']);

/**
 * The name of a count at `tail` (where its classifier ends; `head` is the raw text before it, `unit` its unit) from the
 * words `before` it and the noun phrase `counted` read right after it, or '' when `before` names it (a verb before the
 * count is left to the verb rules).
 */
export function countedAfterName(text: string, tail: number, head: string, unit: string | null, before: string, read: string): string {
  if (FROM_TO.test(head.trimEnd()) || PEOPLE_UNITS.has(unit ?? '')) return '';
  const manner = MANNER.exec(read);
  const counted = manner ? read.slice(0, manner.index) : read;
  // (A programme's parts are named by the programme before the count — but a time frame, 年度36项重点改革任务, names
  // nothing: the noun does.)
  const timeFramed = TIME_FRAME.test(before);
  const measures = timeFramed ? '' : programmeMeasures(text, tail, before);
  if (measures) return measures;
  // (A verb inside the read is no predicate when the read ends with a counted head: 37个市直部门395项审批事项, 新建玖兴肉鸡
  // 100个分散养殖场 — 保定 2018, 涞源县 2020, 坪山新区 2014, outside; named by the department or the owner before.)
  // (返迁房一期39栋封顶 — dev 徐水县-2015, named 封顶; 我县成功争引2家落地 — src32 博野县-2024, outside, named 落地: a read
  // that is only what the counted things did, a predicate the verb dictionary lacks, is no noun. The words before name the
  // count — 返迁房一期; 博野's 成功争引 no better, its firms being the 300家“独角兽”企业 of the clause before.)
  if (DID_ONLY.test(counted)) return '';
  if (counted.length < 2 || NOT_A_NOUN.test(counted) || (PROGRAMME_PART.test(counted) && !timeFramed) || (firstVerb(counted, 0) >= 0 && !endsWithCountedHead(counted)) || endsWithVerb(before)) return '';
  // (城镇新增就业45万人以上的目标: only a noun right after the classifier, not one a 以上的 leads to.)
  // (京津冀1053个事项“跨省通办” — 河北 2025, outside, named 京津冀: the read lost its quotes, the text keeps them.)
  // (牵头重组4家全国重点实验室 — 河北 2024; 新入驻19家规上企业 — 宝安区 2019, outside: the read was cleaned, its whole place
  // dropped and 规上 written out; the text cleaned the same way still opens with it.)
  const written = text.slice(tail, tail + counted.length + 6).replace(/[“”]/g, '').trimStart();
  if (!written.startsWith(counted) && !written.replace(WHOLE_PLACE_OPENING, '').replace(/^规上/, '规模以上').startsWith(counted)) return '';
  // (A short frame, 省定 or 年度, is kept as the count's modifier; a longer one is where or whose — 黑龙港流域, 工业结构调整
  // — and the noun alone names the count.)
  return before.length <= 2 && !timeFramed ? before + counted : counted;
}

/**
 * 稳经济30项举措, 科技金融20条政策措施, 法治化营商环境100项提升举措 (安徽, 辽宁 2026): the programme before the count and
 * the measures after it name the count together, as the labels write them (稳经济举措, 科技金融政策措施) — the programme
 * alone says whose measures, not that they are measures; the measures alone would be every programme's. '' when no
 * programme of two characters or more stands before the count (出台20条举措: the verbs say nothing of whose).
 */
function programmeMeasures(text: string, tail: number, before: string): string {
  // (Read from the text itself: the noun read after the count stops at a verb, 提升举措 → nothing.)
  // (稳增长惠民生27条、金融支持民营经济发展12条等政策举措 — 辽宁 2026: the 等 that closes a list of programmes is no part of
  // the measures; each programme's count is its own measures.)
  const measures = MEASURES.exec(text.slice(tail, tail + 9))?.[1];
  if (!measures) return '';
  const programme = before.replace(ISSUED, '');
  // (推动人工智能产业发展和赋能应用10条措施 — 福建 2026: words that end like a verb may be a clause whose verb governs what
  // follows, and the rules after this one read those; only a programme that ends in a noun is named here. Without
  // this guard the sealed name line lost a figure.)
  if (endsWithVerb(programme)) return '';
  return programme.length >= 2 ? programme + measures : '';
}

/**
 * Words before a count's measure that only say how or when it is done, never what is counted: a manner adverb (圆满完成13个
 * 整体征迁村 — 容城县 2020), a verb that makes one action with the work verb after it (优化提升12个省级主导产业 — 河北省 2022;
 * 规范提升209个村卫生室 — 阜平县 2021; nameWords.json workManners), or a time after the works are done (项目建成后可实现3000个
 * 贫困人口就业 — 阜平县 2021; src32, outside). The count took them as its name; the noun after it names it, as it does after
 * the measure alone (提升209个村卫生室 → 村卫生室).
 */
const HOW_OR_WHEN = new RegExp(`^(?:(?:${alternation([...MANNER_ADVERBS, ...WORK_MANNERS])})|[\\u4e00-\\u9fff]{0,6}?(?:建成|投产|达产|完工|竣工)后可?)$`);

/** Whether `before`, the cleaned words before a count's measure, only says how or when (see HOW_OR_WHEN). */
export function saysOnlyHowOrWhen(before: string): boolean {
  return HOW_OR_WHEN.test(before);
}
