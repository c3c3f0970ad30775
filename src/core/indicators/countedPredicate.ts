/**
 * A count of a generic noun with what those things did right after it: 新增1万家企业上云, 7651所学校受益, 其中14个项目
 * 列入省市重点, 8家企业获评国家领航级、卓越级智能工厂. The noun alone (企业, 学校, 项目) says only what kind of thing is
 * counted, and reads as all of them; the predicate says which set the count is, and labels name it so, the predicate
 * before the noun (上云企业, 列入中国世界文化遗产预备名单项目 — dev: 河北 2021, 福建 2026, 湖南 2026). Outside (random
 * audit of names25): 农民 for 125万农民参加新型农村合作医疗, 学校 for 7651所学校受益.
 * A generic noun with its modifiers is generic too (243个重点项目建成投产, 1.3万家规模以上工业企业实现技改全覆盖 —
 * 黑龙江 2026 outside, dev 河北 2021): the modifiers narrow the kind, the predicate still says which set.
 *
 * Counted people are named so by what became of them (3000万贫困人口解决了温饱问题 → 解决温饱问题贫困人口, 2235万城市
 * 居民得到最低生活保障, 1亿农业转移人口落户城镇 — national 1998, 2004, 2014, outside; a random audit of unseen national
 * text, names29, found 5 of 200 names that were the people alone): any noun that counts people, with the predicates of
 * nameWords.json peoplePredicates, as the labels write 解决饮水安全问题农村人口, 纳入农村最低生活保障农村居民.
 */
import { alternation, BENEFIT_ADVERBS, BENEFIT_VERBS, COUNT_PREDICATES, GENERIC_COUNTED, LIGHT_PREDICATES, MANNER_ADVERBS, PEOPLE_NOUNS, PEOPLE_PREDICATES } from '../lexicon/nameWords';

const GENERIC: ReadonlySet<string> = new Set(GENERIC_COUNTED);
/**
 * A generic noun with its modifiers (重点企业, 规模以上工业企业, 行政村): still only the kind of thing counted. Not after a
 * one-character word (无企业: 打破9年无企业上市局面 — 内蒙古 2026, outside).
 */
const GENERIC_HEAD = new RegExp(`^[\\u4e00-\\u9fff]{2}.*(?:${alternation(GENERIC_COUNTED)})$`);
/** The predicate right after the noun, with its aspect 了 (享受了…). */
const PREDICATE = new RegExp(`^(?:${alternation([...COUNT_PREDICATES, ...PEOPLE_PREDICATES])})了?`);
/** A noun that counts people (贫困人口, 城市居民, 住房困难群众): only what became of them names it. */
const PEOPLE = new RegExp(`(?:${alternation(PEOPLE_NOUNS)})$`);
const PEOPLE_PREDICATE = new RegExp(`^(?:${alternation(PEOPLE_PREDICATES)})了?`);
/**
 * What is done for the counted after 为 (为5万名贫困残疾人提供基本康复服务): the verb, with its aspect 了, and how it is
 * done when the text says it (免费提供 — benefitAdverbs).
 */
const BENEFIT = new RegExp(`^(?:${alternation(BENEFIT_ADVERBS)})?(?:${alternation(BENEFIT_VERBS)})了?`);
/** A benefit adverb the noun read ran on into (孕妇免费|提供…): it goes with the verb, not with the people. */
const BENEFIT_ADVERB_END = new RegExp(`(?<=[\\u4e00-\\u9fff]{2})(?:${alternation(BENEFIT_ADVERBS)})$`);
/** 为 right before the count, or before the qualifier the figure's own words leave out (为超53万名, 为近2万户). */
const FOR_BEFORE = /为(?:超过?|近|约|逾|共)?$/;
/** A manner adverb ending the noun read (predicateAdverbs.json, manner and naming), after a noun of two characters or more. */
const MANNER_END = new RegExp(`(?<=[\\u4e00-\\u9fff]{2})(?:${alternation(MANNER_ADVERBS)})$`);
/** Where the predicate's object ends: the clause's end. (A list mark may sit inside it: 国家领航级、卓越级智能工厂.) */
const OBJECT_END = /[，,。；;：:（(！!？?]/;
/** The size of a ranking list ending its name (500强, 100强): part of the name, not a figure. */
const RANKING_LIST = /[\d０-９]+强(?=”|"|$)/g;
/**
 * A list mark inside the object that opens the next item of the sentence, not a second part of the object: a count of its
 * own (20家企业签约、15家入驻 — src32 河北省-2018, outside ../shared/corpus) or the same things' next predicate (24家企业入选
 * 全国民营企业500强、营业收入超过万亿 — same report). The object ends before it; a mark between two modifiers of one
 * object (国家领航级、卓越级智能工厂) is followed by neither. Bounded: the object is at most a clause's few characters.
 */
const NEXT_ITEM = /、(?=[\d０-９]|[\u4e00-\u9fff]{0,6}(?:超过|突破|达到|增长))/;
/** The longest object read: a longer one is a clause of its own, not the name of a set. */
const MAX_OBJECT = 16;

/** `noun` (read right after the count ending at `tail`) named by the predicate that follows it, or `noun` itself. */
/**
 * `wide`: also a generic noun with its modifiers, and the ones a thing is done for after 为. Not where a frame before the
 * count may own the noun (工业结构调整100个重点项目竣工投产, 中科院金属研究所创新港14个项目落户…: countedAfter.ts decides).
 */
export function withCountPredicate(text: string, tail: number, noun: string, start = -1, wide = true): string {
  // (Looked for in a bounded window: a noun not found must not send a scan to the text's end, once per figure.)
  const near = text.slice(tail, tail + 3 + noun.length).indexOf(noun);
  if (near < 0 || noun === '') return noun;
  const at = tail + near;
  // (为 right before the count makes the counted the ones a thing is done for, whatever they are: 为2.1万户城镇低收入困难
  // 家庭提供住房保障, 为6.2万名农民工解决了拖欠工资问题 — 河北 2006/2018, 保定 2006/2010/2011 archive, 宁夏 2026, outside.
  // The noun alone read as all of them.)
  const forThem = wide && start > 0 && FOR_BEFORE.test(text.slice(Math.max(0, start - 3), start));
  // (为超61万名孕妇免费提供… — 广东 2025, outside, named 孕妇免费: how it is done goes with the verb; the people end before it.)
  const how = forThem ? BENEFIT_ADVERB_END.exec(noun) : null;
  const people = how ? noun.slice(0, how.index) : noun;
  const after = text.slice(at + people.length, at + people.length + 8 + MAX_OBJECT);
  const benefit = forThem ? BENEFIT.exec(after) : null;
  if (benefit) return named(people, after, benefit[0]);
  // (A manner adverb the noun ran on into, 2家企业成功上市, 3个项目成功签约 — 保定 2023, 高阳 2015 archive, outside: it says
  // how, not which set; the noun ends before it, and what they did names them.)
  const manner = wide ? MANNER_END.exec(noun) : null;
  const own = manner ? noun.slice(0, manner.index) : noun;
  const generic = GENERIC.has(own) || (wide && GENERIC_HEAD.test(own));
  if (!generic && !PEOPLE.test(own)) return own;
  const predicate = (generic ? PREDICATE : PEOPLE_PREDICATE).exec(after);
  if (!predicate) return own;
  return named(own, after, predicate[0]);
}

/** `noun` named by the predicate opening `after` (its verb `predicate`) and its object up to the clause's end, or `noun`. */
function named(noun: string, after: string, predicate: string): string {
  const whole = after.slice(predicate.length);
  // (The object ends where the sentence's next item begins: 签约、15家入驻 has no object, 签约企业.)
  const next = whole.search(NEXT_ITEM);
  const rest = next < 0 ? whole : `${whole.slice(0, next)}，`;
  const end = rest.search(OBJECT_END);
  // (为超8000名孤独症儿童免费提供个体康复、社会融入等针对性服务 — dev 广东 2026: examples before 等 say which ones; the
  // kind after it names the service, as labels write it, 免费提供针对性服务孤独症儿童.)
  const object = end < 0 ? '' : rest.slice(0, end).replace(/^[^等]*等(?=[\u4e00-\u9fff]{2})/, '');
  // (A number inside the object is a figure of its own — except a ranking list's name, 全国民营企业500强: 24家企业入选全国
  // 民营企业500强 — 河北 2018, 2024 archive, 甘肃 2026, outside; a number inside a name is no figure, labels README.)
  if (end < 0 || object.length > MAX_OBJECT || /[\d０-９]/.test(object.replace(RANKING_LIST, ''))) return noun;
  // (10家企业被认定为高新技术企业: an object that ends with the noun is the set's own name.)
  if (object.length > noun.length && object.endsWith(noun)) return object;
  const verb = predicate.replace(/^被/, '').replace(/了$/, '');
  // (A light verb says only that something was done: its object says what, and one word is too little to say which set
  // — 1.4万余家企业实施改造, dev 江西 2026, labelled 实施数字化改造企业 from the clause before.)
  if (LIGHT_PREDICATES.has(verb) && object.length < 3) return noun;
  return `${verb}${object}${noun}`;
}
