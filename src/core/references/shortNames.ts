import data from '../lexicon/entityTypes.json';
import { comparePositions, isBefore } from '../positions';
import type { Reference } from '../types';
import type { RefContext } from './context';
import { bodyParagraphs, blockNodes, rangeIn } from './context';
import type { EntityMentions, Mention } from './entities';
import { editionSeries, leadingEditionLength } from './variants';

/** Clips that name their event on their own (进博会, 服贸会): they may come before the report spells the name out. */
const KNOWN_CLIPS: ReadonlySet<string> = new Set(data.standaloneNames);
/** The event each of those clips names, as its full name writes it (全运会 → 全国运动会): the clip follows no other. */
const CLIP_EXPANSIONS: ReadonlyMap<string, string> = new Map(Object.entries(data.clipExpansions).filter(([clip]) => clip !== 'comment'));
/** Clipped names are three or four characters (进博会, 十四冬, 服贸会, 链博会). */
const MIN_SHORT = 3;
const MAX_SHORT = 4;
/** A full name worth clipping is at least twice as long as its clip (中国国际进口博览会 → 进博会). */
const MIN_FULL = 6;
/** Characters a clipped name never holds, and characters that continue a word past it (进博会|议 is 会议's). */
const NOT_IN_SHORT = /[^\u4e00-\u9fff]|[的和与及或在对把将为了等是由从向到至被以]/;
const WORD_GOES_ON = /^[议长员场上期间内后前中]/;
const WORD_BEFORE = /[^\u4e00-\u9fff]|[届的和与及在对把将为了等是由从向到至被以办好参加举办]/;
/** How many candidate windows one report may test: the scan stays linear and bounded on huge inputs. */
const MAX_CHECKS = 200_000;

/**
 * Clipped short names of the report's named things (进博会 → 中国国际进口博览会, 十四冬 → 第十四届全国冬运会): a word of
 * three or four characters that ends with the full name's last character, takes its other characters from the full
 * name in order, and is not simply a piece of it. Each mention of the clip points at the full name's first mention.
 * Found by scanning, for each full name, the occurrences of its last character.
 */
export function findShortNameReferences(ctx: RefContext, mentions: EntityMentions): Reference[] {
  const fulls = new Map<string, Mention>();
  for (const [name, list] of mentions) {
    const first = list.find((m) => !m.nested);
    if (first && name.length >= MIN_FULL) fulls.set(name, first);
  }
  if (fulls.size === 0) return [];
  const out: Reference[] = editionClips(ctx, fulls);
  // Clipped this way are the names of events (进博会, 服贸会, 投洽会): a clip of a place or an institute reads like a
  // word of its own (好社区, 中科院 are no clips of 先行示范区, 中国医学科学院肿瘤医院).
  const events = [...fulls.keys()].filter((name) => name.endsWith(EVENT_END));
  if (events.length === 0) return out;
  // Every character the event names hold: a window whose characters are not all among them is no clip, which one
  // lookup per character tells before any string is cut or tested.
  const chars = new Set<number>();
  for (const name of events) for (let k = 0; k < name.length; k++) chars.add(name.charCodeAt(k));
  const blocks = blockNodes(ctx.outline);
  let checks = 0;
  for (const p of bodyParagraphs(ctx, blocks)) {
    if (checks >= MAX_CHECKS) break;
    const text = p.text;
    // The clip ends where the event names end: found by a native search, not a look at every character.
    for (let at = text.indexOf(EVENT_END, MIN_SHORT - 1); at >= 0 && checks < MAX_CHECKS; at = text.indexOf(EVENT_END, at + 1)) {
      // The shortest clip's characters first (two lookups), then whether the word goes on (a cut and a test).
      if (!allIn(text, at - MIN_SHORT + 1, at, chars) || WORD_GOES_ON.test(text.slice(at + 1, at + 2))) continue;
      for (let len = MAX_SHORT; len >= MIN_SHORT; len--) {
        const start = at - len + 1;
        if (start < 0 || !allIn(text, start, at, chars)) continue;
        const short = text.slice(start, at + 1);
        // A clip is a word of its own: what stands before it ends a word (届, 的, punctuation), not a character of one.
        if (NOT_IN_SHORT.test(short) || (start > 0 && !WORD_BEFORE.test(text[start - 1] as string))) continue;
        checks += events.length;
        const expansion = CLIP_EXPANSIONS.get(short);
        const own = ownScope(text, start);
        const full = events.find((n) => isClipOf(short, n) && (expansion === undefined || n.includes(expansion)) && (own === undefined || n.includes(own)));
        if (!full) continue;
        const target = fulls.get(full) as Mention;
        const from = rangeIn(p, start, at + 1);
        if (isBefore(from.start, target.range.start) && !KNOWN_CLIPS.has(short)) continue;
        // A full name whose first mention is this very clip (a list's item keyed with the kind it seemed to share) is
        // no full name of it: a link from a word to itself takes the reader nowhere.
        if (comparePositions(from.start, target.range.start) === 0) continue;
        out.push({ kind: 'short', from: { range: from, text: short }, to: withoutEdition(target), key: `entity:${full}` });
        break;
      }
    }
  }
  return out;
}

/** The longest place a bracketed scope before a clip holds (中国（厦门）投洽会). */
const MAX_SCOPE = 8;

/**
 * The place in brackets right before a clip (河北 2010: 中国（厦门）投洽会), if any: the clip then names that place's
 * event, and a full name that does not hold the place (河北（香港）投资贸易洽谈会) is another one. (The paragraph text
 * is folded: its brackets are ASCII.) A bounded look back.
 */
function ownScope(text: string, start: number): string | undefined {
  if (text[start - 1] !== ')') return undefined;
  const open = text.lastIndexOf('(', start - 2);
  return open >= 0 && start - 2 - open <= MAX_SCOPE && open < start - 2 ? text.slice(open + 1, start - 1) : undefined;
}

/** The last character of the names clips are made of: events (博览会, 交易会, 洽谈会, 运动会). */
const EVENT_END = '会';

/**
 * The event word a clip keeps whole: 大会, whose two characters are one word (旅发大会 for 首届全省旅游产业发展大会, src32
 * 易县-2017, outside; 旅发大会 … 旅游发展大会, 湖南 2026), where 博览会 and 运动会 give up their middle (进博会, 全运会).
 */
const KEPT_WHOLE = '大会';

/** Whether every character of text[from..to) is in `chars`. */
function allIn(text: string, from: number, to: number, chars: ReadonlySet<number>): boolean {
  for (let k = from; k < to; k++) if (!chars.has(text.charCodeAt(k))) return false;
  return true;
}

/**
 * `short` picks its characters from `full` in order, one from each of its words, and ends with its last one
 * (进博会: 进|口 博|览 会): no two neighbours of the clip stand side by side in the full name, so a piece of a word
 * (示范区, 合作区) or of the type word is never a clip.
 */
function isClipOf(short: string, full: string): boolean {
  if (full.length < short.length * 2) return false;
  // Matched from the end, where both end on the same character: 沪通铁路 keeps 铁路 whole, so it is a name of its
  // own, not a clip of 沪苏通长江公铁大桥暨沪苏通铁路.
  if (short[short.length - 1] !== full[full.length - 1]) return false;
  let next = full.length - 1;
  // A two-character event word the clip keeps whole (旅发大会: 旅|游产业 发|展 大会) is matched as one piece.
  let i = short.length - 2;
  if (short.endsWith(KEPT_WHOLE) && full.endsWith(KEPT_WHOLE)) {
    next = full.length - KEPT_WHOLE.length;
    i = short.length - KEPT_WHOLE.length - 1;
  }
  for (; i >= 0; i--) {
    const k = full.lastIndexOf(short[i] as string, next - 1);
    if (k < 0 || k === next - 1) return false;
    next = k;
  }
  return true;
}

/**
 * The event's name without the edition its first mention is of: 进博会 names the expo, and a trial user's 第三届进博会
 * was taken to 第四届中国国际进口博览会. (An edition clip such as 十四冬 keeps the edition: it names it.)
 */
function withoutEdition(target: Mention): { range: Mention['range']; text: string } {
  const edition = leadingEditionLength(target.text);
  const { start, end } = target.range;
  if (edition === 0 || start.line !== end.line) return { range: target.range, text: target.text };
  return { range: { start: { line: start.line, character: start.character + edition }, end }, text: target.text.slice(edition) };
}

/** At most this many edition clips are looked for in one report (a bound for huge inputs). */
const MAX_EDITION_CLIPS = 50;

/**
 * An edition said by its number and the first character of its event (十四冬 for 第十四届全国冬运会, as 十四运 for
 * 第十四届全运会): every such clip points at the edition's first mention.
 */
function editionClips(ctx: RefContext, fulls: ReadonlyMap<string, Mention>): Reference[] {
  const clips = new Map<string, { name: string; target: Mention }>();
  for (const [name, target] of fulls) {
    const edition = editionSeries(name);
    if (!edition || !/^[一二三四五六七八九十百]+$/.test(edition.ordinal) || clips.size >= MAX_EDITION_CLIPS) continue;
    const event = edition.series.slice(edition.series.indexOf('|') + 1);
    const clip = `${edition.ordinal}${event[0] as string}`;
    if (clip.length >= MIN_SHORT && !clips.has(clip)) clips.set(clip, { name, target });
  }
  if (clips.size === 0) return [];
  const blocks = blockNodes(ctx.outline);
  const out: Reference[] = [];
  for (const p of bodyParagraphs(ctx, blocks)) {
    for (const [clip, { name, target }] of clips) {
      for (let at = p.text.indexOf(clip); at >= 0; at = p.text.indexOf(clip, at + clip.length)) {
        // 第十四届 itself holds 十四 and the next character: a clip stands alone, not after 第.
        if (p.text[at - 1] === '第' || p.text[at + clip.length] === '届') continue;
        const from = rangeIn(p, at, at + clip.length);
        // Said before the full name is (“相约十四冬·魅力海拉尔” ahead of 第十四届全国冬运会), a clip the report makes up
        // points back at nothing yet; only a clip everyone knows (进博会, entityTypes.json) may point ahead.
        if (isBefore(from.start, target.range.start)) continue;
        out.push({ kind: 'short', from: { range: from, text: clip }, to: { range: target.range, text: target.text }, key: `entity:${name}` });
      }
    }
  }
  return out;
}
