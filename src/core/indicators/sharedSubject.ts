/**
 * Two predicates of one subject joined by 、 (生猪产能恢复到正常年份水平、存栏达到1950万头; 首批17家省级部门运维实现
 * 集中管理、经费下降28%): the text before the figure is a whole clause, then the noun its figure measures. That noun
 * belongs to the first clause's subject (生猪存栏, 省级部门运维经费), never to the first predicate (…水平、存栏).
 *
 * The first item is a clause when a predicate word (a verb of change or completion, below) stands after at least two
 * characters of subject and has something after it; the figure's own item is a noun phrase with no such word. A
 * list of noun phrases (制造业贷款余额、科技贷款余额) has no predicate in its first item and is left whole; so is a
 * distributed list (…带动限上新能源汽车、节能家电零售额分别增长…), which 分别 shares out item by item.
 */
import { ITEM_MEASURES, OWNED_MEASURES, PREDICATE_VERBS, SUBJECT_ATTRIBUTES } from '../lexicon/clausePredicates';
import { alternation } from '../lexicon/nameWords';
import { cleanName, firstVerb } from './names';
import { allMatches } from '../text/allMatches';

const PREDICATE = new RegExp(alternation(PREDICATE_VERBS), 'g');
/** The attribute the first predicate is about (生猪|产能 恢复…): the second item is another attribute of the entity. */
const ATTRIBUTE_END = new RegExp(`(?<=[\\u4e00-\\u9fff]{2})(?:${alternation(SUBJECT_ATTRIBUTES)})$`);

/** Characters that make a predicate word before them part of a noun (建成区, 完成率). */
const NOUN_AFTER = /[区率值额量度]/;

/** What a figure measures, ending a noun phrase (…建成面积, …完成率, …达标人数). */
const MEASURE_END = new RegExp(`(?:${alternation(ITEM_MEASURES)}|[率量额数值度])$`);

/** What a figure of the subject measures (存栏, 经费, 总装机, 参保率, 清收各类资金): a noun that needs an owner. */
const ATTRIBUTE_LAST = new RegExp(`(?:${alternation(OWNED_MEASURES)}|[率量额数值度])$`);

/** Where the first item's predicate starts (after ≥ 2 characters of subject, with ≥ 2 characters after it), or -1. */
function predicateAt(item: string): number {
  for (const m of allMatches(PREDICATE, item)) {
    // (建成区, 完成率, 达到值: a noun suffix makes the word a noun's first half.)
    if (m.index >= 2 && item.length - m.index - m[0].length >= 2 && !NOUN_AFTER.test(item.charAt(m.index + m[0].length))) return m.index;
  }
  return -1;
}

/** The name read for a figure (`before`: the text from its clause's start to it); `name` itself unless clause、noun. */
export function subjectAcrossPredicates(name: string | null, before: string): string | null {
  if (!name || !name.includes('、') || before.includes('分别')) return name;
  const items = name.split('、');
  const first = items[0] as string;
  const last = items[items.length - 1] as string;
  // (The figure's item is a noun phrase, never a clause of its own; and an item no shorter than a word.)
  if (items.length !== 2 || last.length < 2 || predicateAt(last) >= 0) return name;
  // (高标准农田建成面积、农作物耕种收综合机械化率: a first item that ends with what a figure measures is an indicator
  // of its own, 建成 and all; the items are parallel names.)
  if (MEASURE_END.test(first)) return name;
  const at = predicateAt(first);
  if (at < 0) return name;
  // (生猪产能恢复…、存栏: a one-word attribute belongs to the entity the first predicate's attribute is of, 生猪存栏;
  // a longer phrase extends the subject as written, 空气质量持续改善、优良天数比例 → 空气质量优良天数比例.)
  const whole = first.slice(0, at);
  const subject = last.length <= 2 ? whole.replace(ATTRIBUTE_END, '') : whole;
  // (连续部署推进…, 全面完成建设街道辖区、工人新村…: a subject that opens with a verb or is an adverb the name rules
  // drop is no subject; the clause has none of its own, and the items are the objects of its verb.)
  if (subject.length < 2 || firstVerb(subject, 0) === 0 || cleanName(subject) !== subject) return name;
  // 中央对地方一般性转移支付规模大幅增加、专项转移支付项目减少: the second item names a sibling of the subject (both
  // 转移支付) in full; 营商环境持续优化、经营主体增长: it names a thing of its own, not an attribute. Either way it stands
  // alone.
  if (!ATTRIBUTE_LAST.test(last)) return last;
  for (let i = 0; i + 2 <= last.length; i++) if (subject.includes(last.slice(i, i + 2))) return last;
  return subject + last;
}
