import { comparePositions } from '../positions';
import type { Paragraph } from '../text/paragraphs';
import { rangeIn } from './context';
import type { EntityMentions, Mention } from './mention';
import { LEAD_VERBS } from './nameStart';
import { isName } from './modifiers';

/** How a plan's title ends (国家中长期科学和技术发展规划, …规划纲要): the words every such title closes with. */
export const PLAN_ENDING = '发展规划';
/** What may follow the ending and still belong to the title (…发展规划纲要). */
const OUTLINE = '纲要';
/** How far back from its ending a title may start (国家中长期教育改革和发展规划: 11 characters before 发展规划). */
const MAX_MODIFIER = 20;
/** Characters shorter than this before the ending name no plan (人才|发展规划 is a kind of plan every level writes). */
const MIN_MODIFIER = 4;
/** Endings per report worth comparing (a bound for pages that list many plans). */
export const MAX_PLAN_ENDINGS = 48;
/** Characters a title never spans: punctuation (a title holds 和, which the type-word scan stops at). */
const STOP = new Set('，。；：、！？,.;:!?（）()《》“”‘’「」—… \t\u3000');

export interface PlanEnding {
  readonly p: Paragraph;
  /** Where the ending starts in the paragraph. */
  readonly at: number;
  /** The words before it, back to the clause's start or MAX_MODIFIER. */
  readonly before: string;
}

/**
 * The words before a plan's ending at `at` of the paragraph, back to the clause's start (at most MAX_MODIFIER), or
 * undefined where too few stand there to name a plan. Asked by the entity scan (entities.ts), which finds the endings
 * in its walk over the body paragraphs.
 */
export function planEnding(p: Paragraph, at: number): PlanEnding | undefined {
  let s = at;
  while (s > 0 && at - s < MAX_MODIFIER && !STOP.has(p.text.charAt(s - 1))) s--;
  return at - s >= MIN_MODIFIER ? { p, at, before: p.text.slice(s, at) } : undefined;
}

/**
 * National plans named bare, their titles holding 和 (national 2005: 围绕制定国家中长期科学和技术发展规划 … 今年要发布国家
 * 中长期科学和技术发展规划纲要; 2008: 我们制定了国家中长期科学和技术发展规划纲要 … 要认真落实…; 2010: 启动实施国家中长期
 * 教育改革和发展规划纲要 … 深入贯彻落实教育改革和发展规划纲要): the entity scan stops at 和, which joins two things far more
 * often than it names one, and knows no 规划 as a type word. A title said twice is what two of its mentions share: the
 * longest run of words before 发展规划 both say, less a verb leading into it (落实), which must name something specific
 * (区域发展规划, said in two places, is a kind of plan). Each mention of that title points at the first.
 * Linear: the endings are found in the entity scan's one walk over the body (entities.ts); those compared pairwise
 * are bounded (MAX_PLAN_ENDINGS), each over at most MAX_MODIFIER characters.
 */
export function addPlanTitles(endings: readonly PlanEnding[], mentions: EntityMentions): EntityMentions {
  if (endings.length < 2) return mentions;
  const titles = new Map<string, Set<PlanEnding>>();
  for (let a = 0; a < endings.length; a++) {
    for (let b = a + 1; b < endings.length; b++) {
      const modifier = sharedTitle((endings[a] as PlanEnding).before, (endings[b] as PlanEnding).before);
      if (modifier === undefined) continue;
      const set = titles.get(modifier) ?? new Set<PlanEnding>();
      set.add(endings[a] as PlanEnding).add(endings[b] as PlanEnding);
      titles.set(modifier, set);
    }
  }
  if (titles.size === 0) return mentions;
  // Each mention names one plan, the longest title it shares: a mention said in part joins that title (国家中长期科学和
  // 技术发展规划纲要 said twice, then 科学和技术发展规划纲要: one plan, not a second one nested in the first's mentions).
  const owner = new Map<PlanEnding, string>();
  const plans = new Map<string, Map<PlanEnding, number>>();
  for (const [modifier, said] of [...titles].sort((x, y) => y[0].length - x[0].length)) {
    const into = [...said].map((e) => owner.get(e)).find((o) => o !== undefined) ?? modifier;
    const members = plans.get(into) ?? new Map<PlanEnding, number>();
    for (const e of said) {
      if (owner.has(e)) continue;
      owner.set(e, into);
      members.set(e, modifier.length);
    }
    plans.set(into, members);
  }
  const out = new Map(mentions as Map<string, Mention[]>);
  for (const [modifier, said] of plans) {
    const name = modifier + PLAN_ENDING;
    if (out.has(name) || out.has(name + OUTLINE)) continue;
    const list: Mention[] = [];
    for (const [{ p, at }, length] of said) {
      const start = at - length;
      const end = at + PLAN_ENDING.length + (p.text.startsWith(OUTLINE, at + PLAN_ENDING.length) ? OUTLINE.length : 0);
      list.push({ range: rangeIn(p, start, end), text: p.text.slice(start, end), nested: false });
    }
    // Document order: the first mention is where the reader is taken.
    out.set(name, list.sort((x, y) => comparePositions(x.range.start, y.range.start)));
  }
  return out;
}

/**
 * The title two clauses share before 发展规划: their longest common tail, less a verb leading into it, if what is left
 * is a name (isName: not ordinary words only) of MIN_MODIFIER characters or more.
 */
function sharedTitle(a: string, b: string): string | undefined {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  let modifier = a.slice(a.length - n);
  while (modifier.length >= 2 && LEAD_VERBS.has(modifier.slice(0, 2))) modifier = modifier.slice(2);
  if (modifier.length < MIN_MODIFIER) return undefined;
  const text = modifier + PLAN_ENDING;
  return isName(modifier, text, 0, text.length) ? modifier : undefined;
}
