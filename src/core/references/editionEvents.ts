import type { OutlineNode, Range } from '../types';
import type { Paragraph } from '../text/paragraphs';
import type { RefContext } from './context';
import { bodyParagraphs, rangeIn } from './context';
import type { EntityMentions, Mention } from './mention';
import { positionKey } from '../positions';

/**
 * An event the report names with its edition (首届未来之城场景汇 … 办好第二届未来之城场景汇, 河北 2025; 第八届数字中国
 * 建设峰会 … 第九届数字中国建设峰会, 福建 2026; 第二届冰雪运动会 … 第三届冰雪运动会, 河北 2021): the edition says that what
 * follows is an event held again, whatever word it ends with, and the report follows it from the review to the year's
 * work. Each later mention, with another edition or none, goes to the first (an event said after one edition of it
 * links there, as the labels' convention has it). The type-word scan finds such events only where their last word is a
 * type word (论坛, 博览会) and its reading before the edition recurs; here the edition is the evidence.
 */

/** Characters an edition's numeral may have, read backwards from 届. */
const NUMERAL = /[一二三四五六七八九十百零〇\d]/;
/**
 * The last characters of an event's name: a meeting, festival, contest, week, forum, gathering. Not 展, which opens
 * longer words of fairs (商品展|销会, 展|览会) that end in 会.
 */
const EVENT_END = /[会节赛周坛汇]/;
/** Characters an event's name may hold (a name in quotes inside it too: 第二届“全球南方”智库对话会). */
const NAME_CHAR = /[\u4e00-\u9fff“”·A-Za-z0-9]/;
/** An event's name is at most this long after its edition (第十五届中国（温州）国际园林博览会 stops at its bracket). */
const MAX_NAME = 16;
/**
 * Characters of the name before its last one, at least: 第二届|大会 names nothing but a meeting, and a clipped event of
 * three characters (全运会, 省运会, 辽洽会) is read by the standalone names and the clips (eventClips.ts), which know
 * which full names each stands for.
 */
const MIN_STEM = 3;
/**
 * Bodies and sittings said with their edition (第十四届人民代表大会第三次会议, 第十四届全国人大常委会, 第八届中央委员会,
 * 十一届三中全会, 第八届村委会): a body's term or its plenum, not an event held again. Checked on the name read.
 */
const BODY = /人民代表大会|人大|委员会|委会|政协|全会|会议/;
/** How many distinct events one report may name so (each is looked for bare once over the body: a bound). */
const MAX_EVENTS = 16;

/** The name of the event after an edition ending at `at` (the index after 届), or undefined. */
function eventAfter(text: string, at: number): string | undefined {
  let end = -1;
  for (let k = at; k < text.length && k < at + MAX_NAME; k++) {
    const c = text[k] as string;
    if (!NAME_CHAR.test(c)) break;
    // Another edition or sitting starts: the name ended before it (第十届省残运会和第十二届…).
    if ((c === '第' && k > at) || c === '等') break;
    // The first event word ends the name (首届消博会|等重大展会, 第二届“全球南方”智库对话会|等国家级涉外活动).
    if (EVENT_END.test(c)) {
      end = k + 1;
      break;
    }
  }
  if (end < 0 || end - at - 1 < MIN_STEM) return undefined;
  const name = text.slice(at, end);
  // Quotes must pair inside the name: a name cut inside its quotes is not the name.
  if ((name.match(/“/g)?.length ?? 0) !== (name.match(/”/g)?.length ?? 0)) return undefined;
  return BODY.test(name) ? undefined : name;
}

/** Whether an edition (首届, 第N届) ends right before `at`: read backwards over a bounded numeral. */
function editionBefore(text: string, at: number): boolean {
  if (text[at - 1] !== '届') return false;
  if (text[at - 2] === '首') return true;
  let k = at - 2;
  while (k >= 0 && at - 2 - k < 4 && NUMERAL.test(text[k] as string)) k--;
  return k < at - 2 && text[k] === '第';
}

/**
 * The names of the report with the events named with an edition and said at least twice (with an edition or without),
 * keyed by the event's name. Read after the other scans have merged their names: a place a name already linked holds
 * (第十四届中俄蒙经贸洽谈暨商品展销会 … 第十五届…, joined by their type word) is that name's, and stays so.
 */
export function addEditionEvents(ctx: RefContext, blocks: readonly OutlineNode[], mentions: EntityMentions): EntityMentions {
  const body: Paragraph[] = [];
  const events = new Set<string>();
  for (const p of bodyParagraphs(ctx, blocks)) {
    body.push(p);
    for (let k = p.text.indexOf('届'); k >= 0 && events.size < MAX_EVENTS; k = p.text.indexOf('届', k + 1)) {
      if (!editionBefore(p.text, k + 1)) continue;
      const name = eventAfter(p.text, k + 1);
      if (name !== undefined) events.add(name);
    }
  }
  if (events.size === 0) return mentions;
  // Where the names already linked end: a place an event's name ends there is inside one of them. Read only once an
  // event is said twice at all (most are said once: 首届…), not for every report that says an edition.
  let linkedEnds: Set<string> | undefined;
  const linkedEnd = (range: Range): boolean => {
    if (linkedEnds === undefined) {
      const ends = new Set<string>();
      mentions.forEach((list) => {
        if (list.length > 1) for (const m of list) ends.add(positionKey(m.range.end));
      });
      linkedEnds = ends;
    }
    return linkedEnds.has(positionKey(range.end));
  };
  let out: Map<string, readonly Mention[]> | undefined;
  for (const name of events) {
    if ((mentions.get(name)?.length ?? 0) > 1) continue;
    const said: Array<{ p: Paragraph; at: number }> = [];
    for (const p of body) for (let at = p.text.indexOf(name); at >= 0; at = p.text.indexOf(name, at + name.length)) said.push({ p, at });
    if (said.length < 2) continue;
    const found: Mention[] = [];
    for (const { p, at } of said) {
      const range = rangeIn(p, at, at + name.length);
      if (!linkedEnd(range)) found.push({ range, text: name, nested: false });
    }
    if (found.length < 2) continue;
    out ??= new Map(mentions);
    out.set(name, found);
  }
  return out ?? mentions;
}
