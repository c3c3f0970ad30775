/**
 * “培育市级电商示范镇1个”, “建设科技示范基地4个”, “引育高层次创新团队2个” (src32 高唐县-2022, 米易县-2023, outside
 * ../shared/corpus): a count named after the action that brings its things about counts the things, and the action goes
 * (withoutLeadingAction, at the end of this file, which figureNames.ts calls). That rule kept the action whenever the words after it held a verb, because a
 * verb there may be the object's own predicate (实施|棚户区改造); but a verb inside a modifier that a head noun closes
 * (示范|镇, 创新|团队, 应用示范场景|企业) makes a noun phrase, not a clause, and the action was left in the name.
 * And an adverb of manner or order before the action (先后实施, 高效办理, 成功创建) says how the work was done: it goes first.
 */
import { alternation, BENEFIT_VERBS, COUNTED_HEADS, FACILITY_HEADS, ACTION_VERBS, WORK_VERBS, MANNER_ADVERBS, WORD_STARTS } from '../lexicon/nameWords';
import { isVerb, verbAfterNew } from '../lexicon/verbs';
import { firstVerb, opensWithWorkPredicate, withoutResult } from './names';
import { wordAt } from '../text/wordAt';
import data from '../lexicon/compoundHeads.json';
import { GATHERING_WORDS } from '../lexicon/stageVerbs';

/** The heads that close such a noun phrase, longest first. */
const HEADS: readonly string[] = [...new Set([...COUNTED_HEADS, ...FACILITY_HEADS, ...data.heads])].sort((a, b) => b.length - a.length);

/** A second action run into the first (培育提升, 培育创建, 配套建成): the things come after both. */
const SECOND_ACTIONS: readonly string[] = [...new Set([...ACTION_VERBS, ...WORK_VERBS])].filter((v) => v.length >= 2).sort((a, b) => b.length - a.length);

/** Whether `rest` ends in a head noun of counted things, with at least two characters of modifier before it. */
function endsInHead(rest: string): boolean {
  return HEADS.some((h) => rest.length >= h.length + 2 && rest.endsWith(h));
}

/**
 * The noun phrase `rest` (what followed a leading `action`, a verb inside it) when a head noun of counted things closes it,
 * without a second action that opens it; null when `rest` is no such phrase (it ends in a verb or another noun, or
 * holds a list or a 的-clause).
 */
export function compoundAfterAction(rest: string, action: string): string | null {
  // (获批省级…试点项目 — src32 高唐县-2024, 2025: a one-character action, 获 or 共, may open a word with the next character,
  // 获批, which the dictionary does not list as a verb; cut after it only when no verb follows, as withoutLeadingAction does.)
  if (action.length < 2) return null;
  if (/[、，,的和与及]$|[、，,；;]/.test(rest) || !endsInHead(rest)) return null;
  const second = SECOND_ACTIONS.find((v) => rest.startsWith(v));
  // (建设筹集人才和保障性住房8539套，供应2486套 — 深圳 2025, 坪山区 2019, outside: two gathering or stage verbs name the stage
  // the count is at, which the stage after it (供应) is read against — workStages.ts keeps them. 培育建设 is no stage.)
  if (second && GATHERING_WORDS.includes(second) && GATHERING_WORDS.includes(action)) return null;
  const phrase = second ? rest.slice(second.length) : rest;
  // (A verb with its own object and a head after it — 解决|群众就业 — is no modifier: the phrase must not open with a verb.)
  if (phrase.length < 4 || isVerb(phrase.slice(0, 2)) || isVerb(phrase.slice(0, 3)) || !endsInHead(phrase)) return null;
  return phrase;
}

/**
 * Adverbs that say how or in what order a work was done (predicateAdverbs.json's manner and naming adverbs, and the
 * order adverbs 先后, 相继, 陆续, 已经), longest first.
 */
const LEAD_ADVERBS: readonly string[] = [...MANNER_ADVERBS, '先后', '相继', '陆续', '已经'].sort((a, b) => b.length - a.length);

/** The verbs of the names lists (actions, works, benefits) of two characters. */
const LISTED_VERBS: ReadonlySet<string> = new Set([...ACTION_VERBS, ...WORK_VERBS, ...BENEFIT_VERBS].filter((v) => v.length === 2));

/**
 * A count's name without an adverb that opens it before a verb and its object (先后实施国家级农村改革试验任务4个 — src32
 * 高唐县-2022; 高效办理人大代表建议62件 — 米易县-2023, outside ../shared/corpus): the adverb says how the work was done,
 * never what is counted. The verb and its object stay for the action rule after it. Whole when no verb with an object of
 * two characters or more follows the adverb (高效农业示范园: an adjective of the name).
 */
export function withoutLeadAdverb(name: string): string {
  // (依法有序关停自备井182眼 — src32 曲阳县-2022, outside: adverbs in a row all say how; the verb follows the last.)
  let rest = name;
  for (let adverb = LEAD_ADVERBS.find((a) => rest.startsWith(a)); adverb; adverb = LEAD_ADVERBS.find((a) => rest.startsWith(a))) rest = rest.slice(adverb.length);
  if (rest === name) return name;
  // (办理 is jieba's vn, no dictionary verb: the names lists' own verbs count too.)
  const verb = isVerb(rest.slice(0, 3)) ? 3 : isVerb(rest.slice(0, 2)) || LISTED_VERBS.has(rest.slice(0, 2)) ? 2 : 0;
  return verb > 0 && rest.length - verb >= 2 && !/^[的了着过]/.test(rest.slice(verb)) ? rest : name;
}

/** The wordStarts of two characters or more: the action's last character may open one of them. */
const LONG_WORD_STARTS: readonly string[] = WORD_STARTS.filter((w) => w.length > 1);

/**
 * “建设亿元以上项目4000个”, “铺排落实省重点项目304个”: a count named before it by an action on it counts the things
 * acted on; the action (a verb of the names lists, possibly after another verb) is not part of the name.
 */
export function withoutLeadingAction(whole: string): string {
  const name = withoutLeadAdverb(whole);
  const m = LEADING_ACTION.exec(name);
  // (No action, nothing to take off: the checks below would choose between the name and itself — firstVerb's scan of
  // the whole name, for every count's name, for nothing.)
  if (!m) return name;
  // (建成投产重点项目361项: a work's predicate of two verbs before a generic head names the set — withoutLeadingVerb
  // kept it whole; cutting 建成 alone left 投产重点项目.)
  if (opensWithWorkPredicate(name)) return name;
  // (开放共享大型仪器2000台以上 — 辽宁 2026, 云南 2026: the action 共 is the first character of 共享, a word of its own
  // (wordStarts); cutting there left 享大型仪器. Never cut inside such a word.)
  if (wordAt(LONG_WORD_STARTS, name, m[0].length - 1) !== undefined) return name;
  // (新增服务业领军企业200家 — dev 浙江 2026; 出台服务业高质量发展30条措施 — 浙江 2025, outside: a verb with a noun suffix
  // after it is a noun of its own, 服务业; cutting the verb left 业领军企业. Only the suffixes that never open a noun
  // phrase themselves: 培育|商文旅体展融合发展集聚区 — dev 安徽 2026 — is the verb and its object.)
  if (WORD_SUFFIX.test(name.charAt(m[0].length))) return name;
  // (新建成蔬菜大棚320个: the verb's result 成 goes with the verb.)
  const rest = withoutResult(name.slice(newVerbEnd(name, m[0].length)));
  if (rest.length < 4 || /^[的和与及]|、/.test(rest)) return name;
  // (培育市级电商示范镇1个, 引育高层次创新团队2个: a verb inside a modifier that a head noun closes — compoundAfterAction.)
  return firstVerb(rest, 0) < 0 ? rest : (compoundAfterAction(rest, name.slice(0, m[0].length)) ?? name);
}

/**
 * Where an action 新 + one character (新开, 新建, 新设) ends when that character opens a verb with the next (新开设公交线路
 * 21条 — src32 保定市-2011; 新建设绿波道路45条 — 保定市-2025, outside): 新 is the adverb “newly” and the verb is the
 * word after it, 开设, 建设 — jieba reads 新|开设, 新|建设, the verb being the more frequent word — so the cut after the
 * action fell inside that word and left 设公交线路. The action runs to the verb's end; elsewhere, and where jieba reads
 * the action whole (新建|交通信号灯 — 高唐县 2023: 新建 outranks 建交), it ends at `end`.
 */
function newVerbEnd(name: string, end: number): number {
  if (end !== 2 || name.charAt(0) !== '新') return end;
  const verb = verbAfterNew(name.slice(1));
  return verb > 0 ? 1 + verb : end;
}

/** Suffixes that make the verb before them a noun and never open a noun phrase of their own (服务业, 经营者, 示范型). */
const WORD_SUFFIX = /[业者型]/;

/** An action of the names lists, after a manner adverb or 铺排 (铺排落实, 加快建设): what withoutLeadingAction takes off. */
const LEADING_ACTION = new RegExp(`^(?:铺排|持续|积极|大力|全面|深入|扎实|加快)?(?:${alternation(ACTION_VERBS)})`);
