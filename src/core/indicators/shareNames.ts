import { opensShare } from '../lexicon/shareOpener';
import { alternation, MANNER_ADVERBS } from '../lexicon/nameWords';
import type { NumberMention } from '../numbers/types';
import { sizeSharePart } from './sizeShare';
import { isVerb } from '../lexicon/verbs';
import predicateAdverbs from '../lexicon/predicateAdverbs.json';

/**
 * Names of shares, from the forms reports write them in: “X占Y的a%”, “X在Y中所占的比重为a%”, “在Y中，X的比重将上升到
 * a%”, “…为b元，占Y总数的a%” (the part is the figure before). All become one name, X占Y比重 (or …比例 when the text
 * says 比例), so that the share is never named by its whole alone (占经济建设费总数) nor by a predicate (比重将下降).
 */

/** A predicate the measure search left after the share word (比重将下降为, 比重则由…, 比例仍将不超过). */
const SHARE_TAIL = /(比重|比例)(?:仍将|已经|[则将仍也还已就])*(?:上升|下降|提高|降低|增加|减少|扩大|缩小|不)?$/;
/**
 * A manner adverb the name ran on into after its share word (比例持续超过4% — national 2018; 占比持续保持在70% — 湖南
 * 2026): it says how the share held, not which share it is (predicateAdverbs.json, manner and naming).
 */
const SHARE_ADVERB = new RegExp(`(份额|占比|比重|比例)(?:${alternation(MANNER_ADVERBS)})$`);
/** What stands between the part and 占 but is not part of it (还只占, 已经占, 仍然占, 则只占). */
const PART_TAIL = /(?:的|还|只|仅|已经|已|仍然|仍|也|都|则|将|共|约|大约|一般)+$/;

/** A figure whose name may be a share of a whole: a percent, fraction or points, or a name that says 比重/比例. */
export function isShareFigure(m: NumberMention, name: string): boolean {
  return m.nature === 'percent' || m.nature === 'fraction' || m.nature === 'points' || /比重|比例/.test(name);
}

/** The part of a share name (工业支出占经济建设费比重 → 工业支出), or null when the name is no share of a whole. */
export function shareSubject(name: string): string | null {
  const m = /^(.{2,}?)占.{2,}(?:比重|比例)$/.exec(name);
  return m ? (m[1] as string) : null;
}

/**
 * The share name for a figure named `name` (already cleaned); `de` says the text before the figure ended with 的
 * (达到全省财政收入的50% is a share of the revenue, 达到50% is not); `subject` names the figure before in the
 * sentence (a share before it lends its whole: 手工业所占的比重 after …在工农业总产值中所占的比重); `sentence` is the
 * sentence up to the figure, for its 在Y中; `before` names the figure right before 占 when only a comma or 、 stands
 * between them (the part a share says after it).
 */
export function shareName(written: string, de: boolean, subject: string | null, sentence: string, before: string | null = null): string {
  const name = written.replace(SHARE_ADVERB, '$1');
  // 出口规模占全国份额: a share already named by its own word.
  if (/(?:份额|占比)$/.test(name)) return name;
  let n = name.replace(SHARE_TAIL, '$1');
  // 小于1952年所占的比例: a share with neither part nor whole written is the share named before it.
  if (subject && /^所?占的?(?:比重|比例)$/.test(n)) return subject;
  // 实缴税金达到全省财政收入的50%, 等于五年计划规定的投资总额的三分之一: a level reached that is a part of a whole.
  if (de && !n.includes('占')) n = n.replace(/(?:达到|等于|相当于|接近)(?=[\u4e00-\u9fff“”]{2,16}$)/, '占');
  const word = /比例$/.test(n) ? '比例' : '比重';
  // 城镇新增就业超690万人、稳定在全国1/10以上; 猕猴桃产量稳定在全国1/3: a fraction of the nation's (or the world's)
  // total, held or reached, is a share of it.
  const held = /^(.*?)(?:稳定在|保持在|达到|接近|约占)(全国|全省|全市|世界|全球)$/.exec(n);
  if (held) {
    const part = (held[1] as string).length >= 2 ? (held[1] as string) : subject && !shareSubject(subject) ? subject : '';
    return `${part}占${held[2] as string}${word}`;
  }
  // 现代工业在工农业总产值中所占的比重 → 现代工业占工农业总产值比重.
  const inside = /^(.{2,20}?)在(.{2,16}?)中(?:所)?占?的?(?:比重|比例)$/.exec(n);
  if (inside) return `${inside[1] as string}占${inside[2] as string}${word}`;
  // 工农业生产总值中现代工业比重 (the 在 before the whole stripped as a preposition): the whole comes first.
  // (Only a whole that is a total, 总产值中, 支出中: not the 中 inside a word, 科技型中小企业.)
  const whole = /^(?!其)(.{1,14}?(?:值|额|数|量|收入|支出|人口))中(.{2,16}?)(?:所占)?的?(?:比重|比例)$/.exec(n);
  if (whole && !whole[2]?.includes('占')) return `${whole[2] as string}占${whole[1] as string}${word}`;
  const at = n.indexOf('占');
  // 占比 is a share named by its own word; 占地面积, 占用耕地, 占有率 are no share at all (shareOpener.ts).
  if (at >= 0 && n[at + 1] !== '比' && opensShare(n, at)) {
    const of = cleanWhole(n.slice(at + 1));
    if (of.length < 2) return bareShare(n, word, sentence, subject);
    // 占预算数的98.41%, 完成计划的: a completion rate of a plan or budget, not a share of a whole.
    if (/^(?:原定|年度|全年|本年)?(?:计划|预算数?|决算数?)$/.test(of)) return n;
    const written = n.slice(0, at).replace(/所$/, '').replace(PART_TAIL, '').replace(/^这方面的?/, '');
    // (…总额完成1817.51亿元，增长9.2％，总量占全市三成: a size alone is the size of the thing the figure before measures.)
    const part = sizeSharePart(written, subject) ?? written;
    // A share whose part is not written (小于1952年所占的比例) is named by its whole alone. A year is when the share
    // was, not what it is of.
    if (part.length >= 2 && !/^(?:(?:19|20)\d{2}年|去年|上年|当年)$/.test(part)) return `${part}占${of}${word}`;
    // …but when the figure right before it is the part (工业支出为8,544,082,000元，占经济建设费总数的53.22%; 全省用于民生
    // 支出3678.9亿元、占全部财政支出的79.3%), the share is that figure's, as labels write it (工业支出占经济建设费比重):
    // the whole alone read as the whole's own share.
    return before && (isPartName(before) || isJoinedPart(before)) ? `${before}占${of}${word}` : `占${of}${word}`;
  }
  return bareShare(n, word, sentence, subject);
}

/**
 * 国营和合作社营商业的比重 after 在社会商品零售总额中: the whole the sentence opened with; 手工业所占的比重 after
 * 现代工业在工农业总产值中所占的比重…: the whole of the share before it in the sentence; else X比重.
 */
function bareShare(n: string, word: string, sentence: string, subject: string | null): string {
  const bare = /^(.{2,}?)(?:所占)?的?(?:比重|比例)$/.exec(n);
  if (!bare || bare[1]?.includes('占')) return n;
  // 六五计划把这个比例提高到36%: “this share” is the share named before.
  if (subject && /(?:这|此)个?$/.test(bare[1] as string)) return subject;
  const opened = /在([^，,。；;在]{2,12})中[，,]/.exec(sentence)?.[1] ?? (subject ? /^.{2,}?占(.{2,})(?:比重|比例)$/.exec(subject)?.[1] : undefined);
  return opened ? `${bare[1] as string}占${opened}${word}` : `${bare[1] as string}${word}`;
}

/** The whole after 占: without its 的比重, 中, and the 总数/人数 that only say “the whole of” (经济建设费总数; 农户总数 keeps it: a short noun's 总数 is its count). */
function cleanWhole(s: string): string {
  return s
    .replace(/(?:中)?(?:所占)?的?(?:比重|比例)$/, '')
    .replace(/的$/, '')
    .replace(/中$/, '')
    .replace(/(?<=[\u4e00-\u9fff]{3})(?:总数|人数|(?<=支出|收入)总额)$/, '');
}

/** A name that can be the part of a share: a noun phrase of its own, not a share or a rate itself. */
function isPartName(name: string): boolean {
  // (A currency alone, 人民币, is what an amount is counted in, not a part.)
  return name.length >= 2 && !/占|比重|比例|率$|[、和及]/.test(name) && !/^(?:人民币|美元|欧元|港元|日元)$/.test(name);
}

/** The adverbs that open a predicate (predicateAdverbs.json): a name opening with one is a clause, not a noun phrase. */
const PREDICATE_ADVERBS: readonly string[] = predicateAdverbs.adverbs.map((a) => a.word);

/**
 * One figure's name that joins words with 和, 及 or 、 and is still one noun phrase, the part of the share said right
 * after it: 全市民生和社会事业累计支出2806亿元，占公共财政预算支出的85% (src32 保定市 2021); 瓜菜果、花卉苗木面积达到33.9万亩，
 * 占全县总耕地面积的40% (src32 清苑区 2003); 高新技术产业和现代服务业完成产值35.4亿元，占生产总值的26.8% (src32 清苑区 2020);
 * 新增头雁企业及头雁培育企业5家、占全市五分之一 (src32 安新县 2024). The figure is one sum of both, so the share is of both.
 * Not a name that opens with a verb or a predicate's adverb (先后向社会公布取消、下放行政审批事项 — src32 河北省 2002): that is a
 * clause the name reader kept whole, no part to copy. (A list of figures is guarded before: the share's `before` is
 * given only when the figure before is alone in its list.)
 */
function isJoinedPart(name: string): boolean {
  if (!/[、和及]/.test(name) || name.length < 4 || name.length > 16 || /占|比重|比例|率$/.test(name)) return false;
  if (isVerb(name.slice(0, 2)) || isVerb(name.slice(0, 3))) return false;
  return !PREDICATE_ADVERBS.some((a) => name.startsWith(a));
}

/**
 * The shares of a list of wholes said right after as many figures of their parts take those parts in turn: 民营经济…
 * 增加值达到17232.8亿元、实现上缴税金2342.5亿元，占全省生产总值、全部财政收入的比重达到64.8%和67.3% (河北省 2013, outside)
 * → 民营经济增加值占全省生产总值比重, 民营经济上缴税金占全部财政收入比重. `shares` are the list's names, one per whole
 * (splitSubjects: 占全省生产总值比重, 占全部财政收入比重); `parts` the names of the figures right before, in order. Null
 * when the shares have parts already, or the figures before are not one part each.
 */
export function sharesOfParts(shares: readonly string[], parts: readonly (string | null)[]): string[] | null {
  if (shares.length < 2 || parts.length !== shares.length || !shares.every((x) => x.startsWith('占'))) return null;
  if (!parts.every((p): p is string => p !== null && isPartName(p))) return null;
  return shares.map((x, i) => `${parts[i] as string}${x}`);
}

/**
 * Whether `name` is written in `near`: whole, or as its subject and then its measure, each of two characters or more
 * (民营经济|增加值 in 民营经济快速发展，完成增加值15000亿元 — src32 河北省 2012 and 2006): a name the reader composed from
 * the clause's own words, not one carried from far back. Bounded: `near` is a short window, `name` a name.
 */
export function writtenNear(name: string, near: string): boolean {
  if (near.includes(name)) return true;
  for (let cut = 2; cut <= name.length - 2; cut++) {
    const at = near.indexOf(name.slice(0, cut));
    if (at >= 0 && near.indexOf(name.slice(cut), at + cut) >= 0) return true;
  }
  return false;
}
