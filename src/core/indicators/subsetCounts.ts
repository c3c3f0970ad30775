/**
 * A count of a subset after the set it is drawn from: 在本年的45种主要工业产品中，有37种完成或者超额地完成了…
 * (national 1955/1956, dev), 百家院所校进河北签约项目中有187项进入实施阶段 (河北, outside). What the count counts is
 * the set's noun; the verb after it is what that part did, which the clause after it names, not the figure.
 */

import { COUNT_PREDICATES, NEGATIONS } from '../lexicon/nameWords';
import { WORK_STAGES } from '../lexicon/stageVerbs';
import { allMatches } from '../text/allMatches';

/** The set (在…中), then 有 and nothing else before the count. Read on a bounded window: linear. */
const SET_BEFORE = /([\u4e00-\u9fff“”]{2,20})中[，,]?(?:共有|就有|有)$/;

/** What opens a set phrase without being its noun: 在, a time word, a count of the whole set with its classifier. */
const SET_OPENING = /^(?:在)?(?:这|本年|今年|去年|当年|全年)?的?(?:[\d０-９]+|[一二两三四五六七八九十百千万零]+)?[种个项家类所户批件]?的?/;

/** The noun of the set a count right after it is drawn from, or '' when the text before the count is no such set. */
export function subsetSetName(text: string, start: number): string {
  // The window must end with 有: asked first, as SET_BEFORE tried every start of every count's window (its {2,20}
  // run read again from each) — the profile's costliest pattern.
  if (text[start - 1] !== '有') return '';
  const m = SET_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  if (!m) return '';
  const set = (m[1] as string).replace(SET_OPENING, '').replace(/[“”]/g, '');
  // (…，其中有30家: 其 is the set before, named by its own figure; 在执行中有…: a process, not a set.)
  return set.length >= 2 && !/其$/.test(set) && !/(?:执行|实施|实践|工作|过程|发展|建设)$/.test(set) ? set : '';
}

/**
 * A part of a set counted by what it did, in the old national reports' way: 这些建设项目，在今年内可以建设完工的有十四个;
 * 在苏联协助我国建设的一百四十一个项目中，已全部或者部分完工并投入生产的有十七项 (national 1954, 1958, outside). The clause
 * that ends in 的有 is the predicate, the clause before it the set; the count counts the set's things that did it —
 * 建设完工的建设项目, as labels write such parts (施工的限额以上工矿建设单位, dev 1959; 全国占比超过10%的工业产品, dev 广东
 * 2026). Read on a bounded window (60 characters before the count): linear.
 */
const DID_BEFORE = /([^，,。；;：:！？!?\s]{2,20})的有(?:共)?$/;
/** The clause before: a set (…项目中) or a noun phrase that is the topic (这些建设项目, 燃料工业的建设项目). */
const SET_CLAUSE = /([^，,。；;：:！？!?\s]{2,30})[，,]$/;
/** Words before the predicate that say when or how surely, never what was done (在今年内可以, 已, 已经). */
const DID_OPENING = /^(?:其中)?(?:在)?(?:今年内|本年内|年内|今年|当年|全年)?(?:可以|能够|可|将|已经|已|都|均|还)?/;
/** A count with its classifier inside the set's phrase (…的一百四十一个项目): the head noun follows it. */
const COUNT_IN_SET = /(?:[\d０-９]+|[一二两三四五六七八九十百千万零〇○]+)[个個项項家所种種座批件类類]/g;

/** `P的S` for a count after such a predicate and set, or '' when the text before the count is not one. */
export function didPartName(text: string, start: number, tail: number, isVerbFree: (s: string) => boolean): string {
  // (我们开工建设的有八百多个限额以上工业企业 — dev 1957: a noun right after the count is what it counts.)
  if (!/^(?:$|[，,。；;：:！？!?（(]|例如|包括)/.test(text.slice(tail, tail + 2))) return '';
  // (DID_BEFORE's window ends with 的有 or 的有共: asked first, as in subsetSetName.)
  if (!text.startsWith('的有', start - 2) && !text.startsWith('的有共', start - 3)) return '';
  const before = text.slice(Math.max(0, start - 60), start);
  const did = DID_BEFORE.exec(before);
  if (!did) return '';
  const predicate = (did[1] as string).replace(DID_OPENING, '');
  // (我省在全国占比超过10%的有44种: a threshold in the predicate is a class of its own, left to the rules before.)
  if (predicate.length < 2 || /[\d０-９%％“”"]/.test(predicate)) return '';
  const clause = SET_CLAUSE.exec(before.slice(0, did.index));
  if (!clause) return '';
  let set = (clause[1] as string).replace(/^(?:在|对于|至于)/, '');
  const drawn = /中$/.test(set);
  if (drawn) set = set.slice(0, -1);
  else set = set.replace(/^(?:这些|这|此|上述)/, '');
  // The head noun: after the last count inside the phrase, else after its last 的.
  let head = set;
  for (const m of allMatches(COUNT_IN_SET, set)) head = set.slice(m.index + m[0].length);
  if (head === set && head.includes('的')) head = head.slice(head.lastIndexOf('的') + 1);
  // (A topic that is a clause of its own, with a verb, is no set: 1954's 正在施工的有三十四项 after a list of works.)
  if (head.length < 2 || head.length > 10 || !isVerbFree(head) || (!drawn && !isVerbFree(set))) return '';
  return `${predicate}的${head}`;
}

/**
 * A part of a set counted right after the set's own count, with what that part did and no noun of its own: 与百家央企合作的
 * 80个重大项目开工、175个建成投产; 61个国家确认的急需建设项目已有42个开工建设 (河北 2014, 2005 archive, outside). The bare
 * count was named by its verb alone (建成, 开工); it counts the set's things that did it, named as labels name a set by its
 * predicate (建成投产重大项目, 开工建设项目) — where the verb dictionary knows the verb (20家企业签约、15家入驻 keeps 入驻,
 * which it lacks). `prev` is the count before it in the sentence (its end and name); bounded windows only.
 */
const PART_PREDICATE = /^(?:已经|已|均|都)?((?:没有|未)?[\u4e00-\u9fff]{2,8}?)了?(?=[，,。；;、（(]|$)/;
/** The text between the set's count and the part's: a joiner, or 已有/其中 — nothing that names another thing. */
const PART_JOIN = /^[\u4e00-\u9fff]{0,14}?(?:[、，,]|[，,]?(?:其中)?(?:已有|已经有|有|已))$/;

/**
 * What counted things did that the verb dictionary lacks, as a whole predicate (nameWords.json countPredicates): 20家企业
 * 签约、15家入驻 — src32 河北省-2018, outside ../shared/corpus — is 入驻企业, as the dev label writes 高阳经济开发区入驻企业.
 */
const COUNT_PREDICATE_SET: ReadonlySet<string> = new Set(COUNT_PREDICATES);
/** The stages of works (在建, 续建 — lexicon/workStages.json): what a part of the works counted before is doing. */
const STAGE_SET: ReadonlySet<string> = new Set(WORK_STAGES);

export function partDoneName(text: string, tail: number, prev: { tail: number; name: string | null } | undefined, startsWithVerb: (s: string) => boolean): string {
  if (!prev || !prev.name) return '';
  // A count before named by what it did not do (有10项没有完成，有5项没有完成: negatedCount.ts) is another part, not the set:
  // its name is no noun to take (5项 was 没有完成没有完成).
  if (opensWithNegation(prev.name)) return '';
  const p = PART_PREDICATE.exec(text.slice(tail, tail + 12));
  if (!p) return '';
  const predicate = p[1] as string;
  if (!startsWithVerb(predicate.replace(/^(?:没有|未)/, '')) && !COUNT_PREDICATE_SET.has(predicate) && !STAGE_SET.has(predicate)) return '';
  // (The window is bounded before it is searched.)
  if (tail - prev.tail > 40) return '';
  const between = text.slice(prev.tail, tail);
  const cut = between.search(/[\d０-９一二两三四五六七八九十百千万]+[\u4e00-\u9fff]?$/);
  if (cut < 0) return '';
  const joined = between.slice(0, cut);
  if (!PART_JOIN.test(joined)) return '';
  // The set's noun: the head after the last 的 of the text after the count before (国家确认的急需建设项目), else that count's
  // name when its words open that text (重大项目开工…).
  // Only a part said as one: drawn from the set (已有, 有), or after the set's own predicate (重大项目开工、): two counts
  // that merely follow each other (建成15个市级以上智能工厂、300个示范智能车间 — dev 苏州; 两次降低…、两次下调… — dev 2024)
  // are two sets, and a noun that opens with a verb (示范) is no predicate.
  const phrase = joined.replace(/[、，,]?(?:其中)?(?:已有|已经有|有|已)?$/, '');
  const drawn = phrase !== joined.replace(/[、，,]$/, '');
  const noun = drawn && phrase.includes('的') ? phrase.slice(phrase.lastIndexOf('的') + 1) : phrase.startsWith(prev.name) && (drawn || phrase.length > prev.name.length) ? prev.name : setOfNamedPredicate(phrase, prev.name);
  return noun.length >= 2 && noun.length <= 10 ? predicate + noun : '';
}

/**
 * The set's noun when the count before was already named by its predicate (20家企业签约 → 签约企业, countedPredicate.ts):
 * the text after it says noun then predicate (企业签约), its name predicate then noun — the noun is what both share.
 */
function setOfNamedPredicate(phrase: string, name: string): string {
  // Bounded: the name is at most a few words long.
  for (let k = 1; k < name.length - 1 && k <= 8; k++) {
    if (phrase === name.slice(k) + name.slice(0, k)) return name.slice(k);
  }
  // (2条完工,3条在建 — src32 河北省-2008: the count before was named by its predicate and the set, 完工铁路项目
  // (partOfNamedSet.ts); the text after it is that predicate alone, and the set is the rest of its name.)
  if (phrase.length >= 2 && name.startsWith(phrase) && name.length - phrase.length >= 2) return name.slice(phrase.length);
  return '';
}

function opensWithNegation(name: string): boolean {
  for (const n of NEGATIONS) if (name.startsWith(n)) return true;
  return false;
}
