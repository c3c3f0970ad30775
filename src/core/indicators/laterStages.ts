/**
 * A later stage said alone before a count (建设筹集公共住房5953套，供应2660套; 整备工业用地20.2公顷，供应11公顷; 竣工5477套，
 * 续建6342套 — see lexicon/laterStages.json for the reports): the clause has no noun of its own, and the things are those the
 * figure before counted in the same unit. The name reader gave the stage alone (供应), which says nothing of what was
 * supplied; labels keep the verb before the things (供应国有建设用地, 建设筹集保障性住房 — dev labels), so the name is the
 * stage and what the figure before counted, without the words that say how those were gathered (建设筹集).
 */
import data from '../lexicon/laterStages.json';
import type { NumberMention } from '../numbers/types';
import { alternation } from '../lexicon/nameWords';
import { STAGE_VERBS } from '../lexicon/stageVerbs';

const STAGE = alternation(data.stages);
/** The clause before the figure is the stage alone, maybe after a time word or an adverb (全年供应, 已供应). */
const STAGE_ALONE = new RegExp(`^(?:今年|全年|年内|当年|去年)?(?:再|还|又|共|已|累计)?(${STAGE})$`);
/** Words that open the things counted before with how they were gathered, and the joiners between them. */
const GATHERING = new RegExp(`^(?:${alternation([...data.gathering, ...data.joiners])})`);
/** A stage said after the things (保障性住房竣工): how they were counted too. */
const STAGE_LAST = new RegExp(`(?<=[\\u4e00-\\u9fff]{2})(?:${alternation([...STAGE_VERBS, ...data.stages])})$`);
/** Nothing of the figure's own after it: no noun it counts (供应2000套人才住房 is 人才住房's). */
const NOTHING_AFTER = /^(?:以上|左右|多|余)?(?:[，,。；;、）)]|$)/;

/** The name of a figure whose clause is a later stage alone, or `name` as it was. */
export function laterStageName(text: string, name: string | null, left: string, m: NumberMention, prev: { mention: NumberMention; name: string | null } | undefined): string | null {
  const stage = STAGE_ALONE.exec(left.replace(/^[，,、；;\s]+/, '').trim())?.[1];
  // A name that already says what the stage counts, things first (stageWorks.ts: 保障房开工…、竣工…、供应9.1万套 → 保障房供应),
  // stays; the stage-first name stageWorks builds from the figure before (供应建设筹集…) is built again here without the
  // words of gathering.
  if (name && stage && !name.startsWith(stage)) return name;
  if (!stage || !prev?.name || !m.unit || prev.mention.unit !== m.unit || !NOTHING_AFTER.test(text.slice(m.tail, m.tail + 4))) return name;
  const things = counted(prev.name);
  if (things.length >= 2) return `${stage}${things}`;
  // (筹集和建设8500套以上、供应2000套以上 — 坪山区 2018, outside: the figure before names only how its things were gathered,
  // not what; the stage-first name built from it, 供应筹集和建设, said nothing more than the stage, and that wrongly.)
  return name !== null && name.startsWith(stage) && counted(name.slice(stage.length)).length < 2 ? stage : name;
}

/** What `name` counts without the words of gathering before it and a stage after it (建设筹集公共住房 → 公共住房). */
function counted(name: string): string {
  let rest = name;
  // Bounded: each pass takes one word off the front, and the words are few (多渠道建设筹集, 新建、筹集).
  for (let pass = 0; pass < 6; pass++) {
    const word = GATHERING.exec(rest);
    if (!word) break;
    rest = rest.slice(word[0].length);
  }
  return rest.replace(STAGE_LAST, '');
}
