/**
 * The clauses around a figure that can name it when the words right before it do not: the noun phrase its sentence
 * opened with, the clause before it (a subject with its predicate, or a bare noun phrase), and the clause after it
 * (what a share's part does; the work a sum pays for is fundedWork.ts's). Bounded windows only (LOOK_BACK, a clause, 24–48 characters).
 */
import type { NumberMention } from '../numbers/types';
import type { Boundaries } from './boundaries';
import { LOOK_BACK, SENTENCE_END } from './boundaries';
import { cleanName, firstVerb, subjectOf } from './names';
import { arabicYears } from './timeScope';
import { AIR_POLLUTANTS, alternation } from '../lexicon/nameWords';

/**
 * The bare noun-phrase clause just before a figure's clause, else the noun phrase its sentence opened with (a
 * leading year dropped); never an adverbial clause (由于前面所说的原因, 按可比部分计算: it says why or how).
 */
export function clauseTopic(text: string, m: NumberMention, bounds: Boundaries): string | null {
  return [previousClauseSubject(text, m.start, bounds, true), sentenceTopicAt(text, m.start, bounds)].find((t) => t && !ADVERBIAL_CLAUSE.test(t)) ?? null;
}

/** Clauses that say why, how or when (由于…, 按…计算, 通过…): never the topic a figure measures. */
const ADVERBIAL_CLAUSE = /^(?:由于|因为|按照?|根据|通过|如果|虽然|尽管|为了|随着|经过|除了?|在)|(?:没有|计算|来看|来说)$/;

/**
 * The topic a sentence opens with (我国的高等学校的学生，…; 拿钢来说，…; 如发电设备，…), when its first clause is a
 * noun phrase of its own: no figure, no verb, short.
 */
export function sentenceTopic(text: string, sentenceStart: number, at: number): string {
  const first = text.slice(sentenceStart, at);
  const end = commaOutsideBrackets(first);
  if (end < 2) return '';
  // (A year the topic opens with dates it: 一九五九年基本建设投资总额 is the investment's topic.)
  const clause = arabicYears(first.slice(0, end).trim())
    .replace(/[（(][^（）()]*[）)]/g, '')
    .replace(/^(?:(?:19|20)\d{2}年(?:底|末)?的?)/, '')
    .replace(/^(?:拿|以|就|如|例如|比如|至于)/, '')
    .replace(/(?:来说|而言|说来)$/, '');
  if (clause.length < 2 || clause.length > 14 || /\d|[零一二两三四五六七八九十百千万亿]{2}/.test(clause) || firstVerb(clause, 0) >= 0) return '';
  return cleanName(clause);
}

/** How many characters of a sentence commaOutsideBrackets reads for its topic. */
const TOPIC_READ = 48;
/** Per paragraph (its Boundaries), the topic of the last sentence asked about from TOPIC_READ characters on or more. */
const topics = new WeakMap<Boundaries, { readonly start: number; readonly topic: string }>();

/**
 * sentenceTopic of the sentence `at` stands in. A figure TOPIC_READ characters or more into its sentence gets the same
 * topic as every other such figure of that sentence (only the sentence's first TOPIC_READ characters are read), so
 * it is read once per sentence: a line of figures without a sentence end (a pasted table, the bench's growth-run)
 * read it again for every figure.
 */
export function sentenceTopicAt(text: string, at: number, bounds: Boundaries): string {
  const start = bounds.sentenceEndBefore(at) + 1;
  if (at - start < TOPIC_READ) return sentenceTopic(text, start, at);
  const known = topics.get(bounds);
  if (known !== undefined && known.start === start) return known.topic;
  const topic = sentenceTopic(text, start, at);
  topics.set(bounds, { start, topic });
  return topic;
}

/**
 * The first comma of a clause that is not inside a bracket note: 我国的工业总产值（不包括手工业产值，下同），在…
 * opens with its topic, whose note holds a comma of its own. Bounded: a topic is short, only its first characters
 * are read.
 */
export function commaOutsideBrackets(s: string): number {
  let depth = 0;
  const end = Math.min(s.length, TOPIC_READ);
  for (let i = 0; i < end; i++) {
    const c = s[i];
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    else if ((c === '，' || c === ',') && depth === 0) return i;
  }
  return -1;
}

/**
 * What all of them do, said right after 100% in a short clause of its own (施工工地周边100%围挡、物料堆放100%覆盖、出入车辆100%
 * 冲洗 — the “六个100%” glossed in src32 唐县-2020 and 涞水县-2020; 行政机关负责人100%出庭应诉 — 保定市-2023, outside): the
 * work the rate measures, though the dictionary lists no such verb (围挡, 湿法作业, 出庭应诉). Two to four characters, as a
 * longer clause may be a sentence going on.
 */
// (Not a digit or a point before it: 1100% or 2.100% is no 100%.)
const ALL_OF_THEM = /(?:^|[^\d０-９.．])(?:100|１００)[%％]$/;
function allDo(text: string, from: number, clause: string): boolean {
  return clause.length <= 4 && ALL_OF_THEM.test(text.slice(Math.max(0, from - 5), from)) && /^[\u4e00-\u9fff]+$/.test(clause);
}

/** Verbs a part of a whole does (用于民生, 投向民生领域, 来自国有企业, 实行备案管理), beside the dictionary's. */
const PART_DOES = /^(?:用于|投向|来自|实行|使用|投入|流向|集中在|分布在)/;
const CJK_CHAR = /^[\u4e00-\u9fff]$/;

/**
 * The clause right after a share (its qualifier skipped), when it says what the part does: `predicate` when it opens
 * with a verb (87%用于支持中西部地区), `clause` when a noun opens it and a verb follows (八成以上财政资金用于民生).
 * Bounded: the next 24 characters, to the clause's end.
 */
export function partThatDoes(text: string, from: number): { predicate?: string; clause?: string } | null {
  // (A clause opens with a Chinese character, and the words stripped before it are Chinese: after a figure followed by
  // anything else — a digit, a percent sign, punctuation — there is none, and nothing need be sliced.)
  if (!CJK_CHAR.test(text.charAt(from))) return null;
  const window = text.slice(from, from + 24).replace(/^(?:以上|左右|以下|多|强)/, '');
  const end = window.search(/[，,。；;：:、（(]/);
  const clause = end < 0 ? '' : window.slice(0, end).replace(/了/g, '');
  // (Never a measure, 从14%提升到15.5%, nor a clause that holds another figure.)
  if (clause.length < 2 || clause.length > 16 || !/^[\u4e00-\u9fff]/.test(clause) || /[\d０-９]|百分之/.test(clause) || /^(?:增|减|提|降|升|上升|下降|扩大|缩小|回落|跃|攀升|的|和|与|及|或|是|为|在|以|比|较|到|至)/.test(clause)) return null;
  if (PART_DOES.test(clause) || firstVerb(clause, 0) === 0 || allDo(text, from, clause)) return { predicate: clause };
  const verb = firstVerb(clause, 2);
  return verb > 0 && !/[的和与及]/.test(clause.slice(0, verb)) ? { clause } : null;
}

/** A year that dates what a clause names (1979年交付使用的…), not a figure of its own. */
const INNER_YEAR = /(?<=[\u4e00-\u9fff])(?:19|20)\d{2}年(?:度|底|末|初)?(?=[\u4e00-\u9fff])/g;
/**
 * A year that opens a clause before its subject (，2019年空气综合指数、PM2.5浓度实现“双下降”，分别下降… — 唐县 2020, src32):
 * when, not a figure. Not before a bare predicate (长期亏损的国营农场，1979年有了盈利，由上年亏损… — dev national 1980): that
 * clause has no subject of its own.
 */
const OPENING_YEAR = /^\s*(?:19|20)\d{2}年(?:度|底|末|初)?(?=[\u4e00-\u9fff])/;
/** A pollutant named with digits (PM2.5, PM10): its name, no figure of the clause (nameWords.json airPollutants). */
const DIGIT_POLLUTANT = new RegExp(alternation(AIR_POLLUTANTS.filter((p) => /\d/.test(p))), 'g');

/** The clause before the current one, cleaned to a name (中央对地方转移支付，规模近9.8万亿元). */
export function previousClauseSubject(text: string, at: number, bounds: Boundaries, needPredicate = false, acrossSentence = false): string {
  const clauseStart = bounds.clauseEndBefore(at);
  if (clauseStart <= 0) return '';
  if (SENTENCE_END.has(text[clauseStart] as string)) {
    // “经营主体持续壮大。总量接近800万户”: an attribute that opens a sentence belongs to the short lead sentence before.
    if (!acrossSentence) return '';
    // (四是，城乡居民储蓄大幅度增加。一九八五年末达到1623亿元 — national 1986, outside: the lead sentence's point marker
    // is no part of it.)
    const lead = text.slice(Math.max(0, bounds.sentenceEndBefore(clauseStart) + 1), clauseStart).replace(POINT_MARKER, '');
    return lead.length <= 14 && !/[\d，,]/.test(lead) ? cleanName(subjectOf(lead)) : '';
  }
  const prevStart = Math.max(bounds.clauseEndBefore(clauseStart) + 1, clauseStart - LOOK_BACK);
  // (而能源消耗总量（按每公斤发热量7，000大卡的标准煤计算）: a bracket note says how the noun is counted; its figures
  // are no figure of the clause — national 1980, dev.)
  const clause = text.slice(prevStart, clauseStart).replace(/(?<=[\u4e00-\u9fff]{2})[（(][^（）()]{1,58}[）)]\s*$/, '');
  // (…总产值（不包括手工业产值，下同），在…: the end of a bracket note is no clause of its own.)
  // (基本建设1979年交付使用的固定资产占投资的比重: a year inside the clause dates its noun; it is no figure.)
  const opening = OPENING_YEAR.exec(clause)?.[0] ?? '';
  if (opening && (firstVerb(clause.slice(opening.length), 0) === 0 || /^(?:有|是|为|已|都|均|又|也)/.test(clause.slice(opening.length)))) return '';
  if (/\d|百分之/.test(clause.slice(opening.length).replace(INNER_YEAR, '').replace(DIGIT_POLLUTANT, '')) || /^[^（(]*[）)]\s*$/.test(clause)) return '';
  const trimmed = clause.replace(/^(?:安排|下达|实施|推进|完成)/, '');
  const subject = subjectOf(trimmed);
  // A clause of its own with a predicate (粮食产量屡创历史新高), or a bare noun phrase as the topic of what follows
  // (农民人均纯收入，1982年为270元，…): no verb at all, and short.
  // (A noun whose modifier is a verb phrase, 同我国建立经济关系的国家和地区, is still a bare noun phrase.)
  // (Not a clause that says why, how or when, 通过国家预算的部分, 在解放前产量最高的一九三六年, nor one that opens
  // with a modal or a verb, 要深入推进以人为核心的新型城镇化.)
  const modifiedNoun = /^[^的]{2,16}的[\u4e00-\u9fff]{2,8}$/.test(trimmed) && !ADVERBIAL_CLAUSE.test(clause.trim()) && !/^(?:要|必须|应|将|把|使|让|再|还)/.test(trimmed) && firstVerb(trimmed, 0) !== 0;
  if (needPredicate && ADVERBIAL_CLAUSE.test(clause.trim())) return '';
  if (needPredicate && subject === trimmed && !modifiedNoun && (firstVerb(trimmed, 0) >= 0 || trimmed.length > 16)) return '';
  return cleanName(subject);
}

/**
 * A clause that only says that there are so many, when at most (已经有, 共有, 到今年上半年有): the existential 有 counts
 * the clause before it.
 */
const EXISTENTIAL = /^(?:(?:到|在|截至)?(?:今年|去年|目前|现在|年底|年末)(?:上半年|下半年|底|末)?)?(?:已经|已|共|还|也|就|一共|总共)*有(?:近|约|超过|逾)?$/;
/** A noun phrase a verb phrase with 的 modifies (建立文化联系和进行友好往来的国家和地区): the things there are so many of. */
const RELATIVE_NOUN = /^[^，,；;。的\d]{2,20}的[\u4e00-\u9fff]{2,10}$/;

/**
 * “建立文化联系和进行友好往来的国家和地区，已经有一百零四个”, “实行扩大自主权试点的工业企业，到今年上半年有6，600个左右”
 * (national 1959, 1980, dev): a clause of an existential 有 alone counts the noun phrase of the clause before it, even when
 * a verb phrase opens its modifier (previousClauseSubject takes such a clause for an action); or ''. Bounded: the figure's
 * clause and LOOK_BACK characters of the one before.
 */
export function existentialTopic(text: string, at: number, bounds: Boundaries): string {
  const clauseStart = bounds.clauseEndBefore(at);
  if (clauseStart <= 0 || SENTENCE_END.has(text[clauseStart] as string)) return '';
  if (!EXISTENTIAL.test(text.slice(clauseStart + 1, at).trim())) return '';
  const clause = text.slice(Math.max(bounds.clauseEndBefore(clauseStart) + 1, clauseStart - LOOK_BACK), clauseStart).trim();
  // (Not a clause that opens with a modal or a causative, 要深入推进以人为核心的新型城镇化: that is a task, not a set.)
  return RELATIVE_NOUN.test(clause) && !ADVERBIAL_CLAUSE.test(clause) && !/^(?:要|必须|应|将|把|使|让)/.test(clause) ? cleanName(clause) : '';
}

/** A point marker opening a sentence (一是，, 其次，, 第三，): it orders the points, naming nothing. */
const POINT_MARKER = /^\s*(?:十[一二三四五六七八九]是|[一二三四五六七八九十]是|首先|其次|再次|最后|第[一二三四五六七八九十]{1,2})[，,、]/;

/** A clause that only says when or from when (从一九五六年开始, 在十二年内): it frames the figure, naming nothing. */
const TIME_FRAME_CLAUSE = /^(?:从|自)[^，,]{1,12}(?:开始|起)$|^在?[一二两三四五六七八九十\d]{1,3}年(?:内|中|间|里)$/;

/** Words that lead an argument on (由此可知, 可见, 大家知道): no topic, and nothing a figure measures. */
const DISCOURSE_CLAUSE = /^(?:由此可[知见]|可见|总之|总的来说|大家知道|众所周知|例如|比如|同时|此外|另外)$/;

/**
 * “粮食每亩平均年产量，在三种不同的地区，分别达到四百斤、…”: the topic a sentence names before clauses that only say
 * where, how or when (在…, 按照…, 从…开始). The clauses before the figure's, back to the sentence's start, at most
 * three and LOOK_BACK characters: the first that is neither such a clause nor holds a figure, when it is a short noun
 * phrase (no verb of its own after its first two characters).
 */
export function topicPastFrames(text: string, at: number, bounds: Boundaries): string {
  const sentenceStart = bounds.sentenceEndBefore(at) + 1;
  let end = bounds.clauseEndBefore(at);
  for (let n = 0; n < 3 && end > sentenceStart && at - end <= LOOK_BACK; n++) {
    const start = Math.max(bounds.clauseEndBefore(end) + 1, sentenceStart);
    const clause = text.slice(start, end).trim();
    end = start - 1;
    if (ADVERBIAL_CLAUSE.test(clause) || TIME_FRAME_CLAUSE.test(arabicYears(clause))) continue;
    if (DISCOURSE_CLAUSE.test(clause)) return '';
    // (A year said first, 一九六四年供应的猪肉、羊肉、蔬菜等副食品 — national 1964, outside, is when, not a figure the clause
    // holds; nor does it make the topic too long, and neither do the examples before 等: 机制纸、铝制品、搪瓷制品、自行车、
    // 收音机等主要日用品 is as long as the class it names, which cleanName keeps.)
    const undated = arabicYears(clause).replace(/^(?:19|20)\d{2}年(?:底|末|初)?/, '');
    const named = undated.replace(/^[^，,；;]{0,60}、[^，,；;、]{1,12}等(?:在内的?)?(?=[\u4e00-\u9fff]{2})/, '');
    if (/\d|百分之|[零一二两三四五六七八九十百千万亿]{3,}/.test(undated) || named.length > 20) return '';
    const topic = cleanName(clause);
    return topic.length >= 2 && firstVerb(topic, 2) < 0 ? topic : '';
  }
  return '';
}
