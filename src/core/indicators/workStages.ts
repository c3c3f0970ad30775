/**
 * One reader for a count of works said by its stage alone — started, built, supplied, going on (基本建成500万套，新开工
 * 700万套以上 — national 2012; 新开工保障性安居工程666万套，基本建成544万套 — national 2014; 建设筹集公共住房5953套，供应
 * 2660套 — 罗湖区, 坪山区, 盐田区 …; 竣工5477套，续建6342套 — 南山区 2014; all outside). The clause has no noun of its own:
 * the works are those the figure before counted in the same unit, or those the sentence pushes on with before
 * (推进/加大/加快 X建设). Labels write the stage with the works (新开工保障性安居工程, 供应国有建设用地 — dev national 2015 and
 * labels README), never the words that say how the works before were gathered (建设筹集): what was supplied is the
 * housing, not its gathering. The stages and the gathering words are one list, lexicon/workStages.json.
 */
import type { NumberMention } from '../numbers/types';
import { alternation } from '../lexicon/nameWords';
import { GATHERING_JOINERS, GATHERING_WORDS, WORK_STAGES } from '../lexicon/stageVerbs';

const STAGES = alternation(WORK_STAGES);
/**
 * The clause before the figure is the stage alone, maybe after a time word or an adverb (今年新开工, 已供应, 累计供应),
 * or two stages said as one step (供应分配 — 建设筹集保障性住房10.5万套（间）、供应分配8.0万套（间）: 深圳市 2022, 2023,
 * 2025, 坪山区 2022, 2023, outside): the clause is verbs only, and still has no noun of its own.
 */
const STAGE_ALONE = new RegExp(`^(?:今年|全年|年内|当年|去年)?(?:再|还|又|共|已|累计)?((?:${STAGES})(?:${STAGES})?)$`);
/** A stage said after the works (棚户区改造开工11万套、基本建成13.2万套 — dev 河北 2021; 保障房开工…、竣工…): works first. */
const STAGE_LAST = new RegExp(`(?<=[\\u4e00-\\u9fff]{2})(?:${STAGES})$`);
/** One word of gathering, or a joiner between two, at a name's start (新开工|及|筹集|人才住房). */
const GATHERING = new RegExp(`^(?:${alternation([...GATHERING_WORDS, ...GATHERING_JOINERS])})`);
/**
 * Nothing of the figure's own after it: no noun it counts (建成1.75万个5G基站 is 5G基站's; 供应2000套人才住房). A note on
 * the unit in brackets is no noun (供应分配8.0万套（间） — flats and rooms both counted: 深圳市 2022–2025, 罗湖区 2021, outside).
 */
const NOTHING_AFTER = /^(?:以上|左右|多|余)?(?:[（(][\u4e00-\u9fff]{1,2}[）)])?(?:[，,。；;、）)]|$)/;
/** What stands between the figure before and the stage: a break, maybe after that figure's unit note （间）. */
const UNIT_NOTE_BEFORE = /^(?:[（(][\u4e00-\u9fff]{1,2}[）)])?[，,、；;\s]+/;
/** Works the sentence pushes on with: 推进/加大/加快/抓好 X建设 (力度). The last one before the figure is taken. */
const PUSHED_WORKS = /(?:推进|加大|加快|抓好|实施)([\u4e00-\u9fff“”"]{2,14}?)(?:建设|改造)(?:力度|工作)?(?=[，,])/g;

/** The name of a figure whose clause says only the stage of some works, or `name` as it was. */
export function workStageName(
  text: string,
  name: string | null,
  left: string,
  m: NumberMention,
  prev: { mention: NumberMention; name: string | null } | undefined,
  before: string,
): string | null {
  // (No words before the figure, no stage: asked of every figure.)
  if (left === '') return name;
  // (The figure before's unit note, 11万套（间）、, is the end of that figure, not part of this clause.)
  const stage = STAGE_ALONE.exec(left.replace(UNIT_NOTE_BEFORE, '').trim())?.[1];
  if (!stage || !NOTHING_AFTER.test(text.slice(m.tail, m.tail + 4))) return name;
  const counted = prev && prev.name && m.unit && prev.mention.unit === m.unit ? prev.name : null;
  if (counted) {
    // (The works named with their stage last keep that order: 保障房竣工 → 保障房供应.)
    const last = STAGE_LAST.exec(counted);
    if (last) return `${counted.slice(0, last.index)}${stage}`;
    const works = worksCounted(counted);
    if (works.length >= 2) return `${stage}${works}`;
  }
  let pushed: RegExpExecArray | null = null;
  for (let hit = PUSHED_WORKS.exec(before); hit; hit = PUSHED_WORKS.exec(before)) pushed = hit;
  const works = pushed?.[1] ?? '';
  if (works.length >= 2) return `${stage}${works}`;
  // (筹集和建设8500套以上、供应2000套以上 — 坪山区 2018, outside: the figure before names only how its things were gathered,
  // not what; the stage alone says no more than is known.)
  return counted ? stage : name;
}

/** What `name` counts without the words of gathering before it (新开工及筹集人才住房 → 人才住房). */
function worksCounted(name: string): string {
  let rest = name;
  // Bounded: each pass takes one word off the front, and the words are few (多渠道建设筹集, 新开工及筹集).
  for (let pass = 0; pass < 6; pass++) {
    const word = GATHERING.exec(rest);
    if (!word) break;
    rest = rest.slice(word[0].length);
  }
  return rest;
}
