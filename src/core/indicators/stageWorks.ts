/**
 * A count of works said by its stage alone (继续推进保障性安居工程建设，在确保质量的前提下，基本建成500万套，新开工700万套
 * 以上 — national 2012; 加大保障性安居工程建设力度，今年新开工700万套以上 — national 2014; 新开工保障性安居工程666万套，
 * 基本建成544万套 — national 2014, all outside): the clause has no noun, and the works are those the figure before
 * counts in the same unit, or those the sentence pushes on with before (推进/加大/加快 X建设). A random audit of unseen
 * national text (names29) found these named 基本建成, by the neighbour's stage, or by the frame before
 * (全体人民住有所居为目标); the labels write the stage before the works (新开工保障性安居工程, 基本建成保障性安居工程 —
 * dev national 2015).
 */
import type { NumberMention } from '../numbers/types';
import { alternation } from '../lexicon/nameWords';
import { WORK_STAGES } from '../lexicon/stageVerbs';

const STAGES = alternation(WORK_STAGES);
/** The clause before the figure is the stage alone, maybe after a time word or an adverb (今年新开工, 再开工). */
const STAGE_ALONE = new RegExp(`^(?:今年|全年|年内|当年|去年)?(?:再|还|又|共|已)?(${STAGES})$`);
const STAGE_FIRST = new RegExp(`^(?:${STAGES})`);
const STAGE_LAST = new RegExp(`(?<=[\\u4e00-\\u9fff]{2})(?:${STAGES})$`);
/** A verb joined to a stage at a name's start (新开工|及筹集|人才住房): no noun opens with a conjunction. */
const JOINED_VERB = /^[及和与][\u4e00-\u9fff]{2}/;
/** Nothing of the figure's own after it: no noun it counts (建成1.75万个5G基站 is 5G基站's). */
const NOTHING_AFTER = /^(?:以上|左右|多|余)?(?:[，,。；;、]|$)/;
/** Works the sentence pushes on with: 推进/加大/加快/抓好 X建设 (力度). The last one before the figure is taken. */
const PUSHED_WORKS = /(?:推进|加大|加快|抓好|实施)([\u4e00-\u9fff“”"]{2,14}?)(?:建设|改造)(?:力度|工作)?(?=[，,])/g;

/** The name of a figure whose clause says only the stage of some works, or `name` as it was. */
export function stageWorkName(
  text: string,
  name: string | null,
  left: string,
  m: NumberMention,
  prev: { mention: NumberMention; name: string | null } | undefined,
  before: string,
): string | null {
  const stage = STAGE_ALONE.exec(left.replace(/^[，,、\s]+/, '').trim())?.[1];
  if (!stage || !NOTHING_AFTER.test(text.slice(m.tail, m.tail + 4))) return name;
  let works = '';
  if (prev && prev.name && prev.mention.unit === m.unit && m.unit) {
    // (棚户区改造开工11万套、基本建成13.2万套 — dev 河北 2021: the works named with their stage last keep that order.)
    const last = STAGE_LAST.exec(prev.name);
    if (last) return `${prev.name.slice(0, last.index)}${stage}`;
    // (新开工及筹集人才住房和保障性住房8万套、供应4.6万套 — 深圳 2018, outside: a second verb joined to the stage, 及筹集,
    // goes with the stage; the works are what follows it.)
    works = prev.name.replace(STAGE_FIRST, '').replace(JOINED_VERB, '');
  }
  if (!works) {
    let last: RegExpExecArray | null = null;
    for (let hit = PUSHED_WORKS.exec(before); hit; hit = PUSHED_WORKS.exec(before)) last = hit;
    works = last?.[1] ?? '';
  }
  if (works.length < 2 || STAGE_FIRST.test(works)) return name;
  return `${stage}${works}`;
}
