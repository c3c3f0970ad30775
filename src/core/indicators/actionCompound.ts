/**
 * “培育市级电商示范镇1个”, “建设科技示范基地4个”, “引育高层次创新团队2个” (src32 高唐县-2022, 米易县-2023, outside
 * ../shared/corpus): a count named after the action that brings its things about counts the things, and the action goes
 * (figureNames.ts withoutLeadingAction). That rule kept the action whenever the words after it held a verb, because a
 * verb there may be the object's own predicate (实施|棚户区改造); but a verb inside a modifier that a head noun closes
 * (示范|镇, 创新|团队, 应用示范场景|企业) makes a noun phrase, not a clause, and the action was left in the name.
 * And an adverb of manner or order before the action (先后实施, 高效办理, 成功创建) says how the work was done: it goes first.
 */
import { BENEFIT_VERBS, COUNTED_HEADS, FACILITY_HEADS, ACTION_VERBS, WORK_VERBS, MANNER_ADVERBS } from '../lexicon/nameWords';
import { isVerb } from '../lexicon/verbs';
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
  const adverb = LEAD_ADVERBS.find((a) => name.startsWith(a));
  if (!adverb) return name;
  const rest = name.slice(adverb.length);
  // (办理 is jieba's vn, no dictionary verb: the names lists' own verbs count too.)
  const verb = isVerb(rest.slice(0, 3)) ? 3 : isVerb(rest.slice(0, 2)) || LISTED_VERBS.has(rest.slice(0, 2)) ? 2 : 0;
  return verb > 0 && rest.length - verb >= 2 && !/^[的了着过]/.test(rest.slice(verb)) ? rest : name;
}
