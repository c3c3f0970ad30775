import { isBefore } from '../positions';
import type { Paragraph } from '../text/paragraphs';
import type { Range, Reference } from '../types';
import { anchoredMatches, anchoredPattern } from '../text/anchoredMatches';
import type { RefContext } from './context';
import { bodyParagraphs, blockNodes, rangeIn } from './context';

/**
 * The Party's congresses and plenums said in full (中国共产党第二十次全国代表大会, 党的第十二次全国代表大会;
 * 中国共产党第八届中央委员会第六次全体会议) and by the short forms every reader knows (党的二十大, 十三大精神;
 * 八届六中全会). A short name everyone uses links only after the report has said the full name
 * (test/fixtures/links/README.md, `short`), as 双创 and 放管服 do: national 1982 (中国共产党第十二次全国代表大会 …
 * 党的十二大 ×4), 1988 (…第十三次全国代表大会 … 贯彻十三大精神), 2017 (…第十九次全国代表大会 … 党的十九大), 2022
 * (…第二十次全国代表大会 … 迎接党的二十大), 1959 (…第八届中央委员会第六次全体会议 … 八届六中全会). A report that says only
 * the short form (党的二十大精神 in every 2026 report) links nothing: the short form alone is a standing phrase.
 * Every scan starts at a literal found by indexOf and reads a bounded window before it: linear.
 */

const N = '[一二三四五六七八九十]';
/** A congress in full: the Party named before it, so that a people's congress (全国人民代表大会) is never one. */
const CONGRESS_FULL = anchoredPattern(new RegExp(`(?:中国共产党|党的)第(${N}{1,3})次全国代表大会`, 'g'), '全国代表大会', 10);
/** A plenum in full: 中国共产党第八届中央委员会第六次全体会议, 党的第十九届中央委员会第六次全体会议. */
const PLENUM_FULL = anchoredPattern(new RegExp(`(?:中国共产党|党的)第(${N}{1,3})届中央委员会第(${N}{1,2})次全体会议`, 'g'), '中央委员会', 10);
/** A congress's short form: its number and 大, not a numbered slogan's 大 (十大工程, 三大攻坚战 go on with a word). */
const CONGRESS_SHORT = anchoredPattern(new RegExp(`(?<![第${N.slice(1, -1)}])(${N}{1,3})大`, 'g'), '大', 3);
/** A plenum's short form: 十八届三中全会, 二十届四中全会. */
const PLENUM_SHORT = anchoredPattern(new RegExp(`(?<![第${N.slice(1, -1)}])(${N}{1,3})届(${N}{1,2})中全会`, 'g'), '中全会', 6);
/**
 * A local Party congress in full: the Party, the province, city, county or district, and its number
 * (中国共产党河北省第八次代表大会). The level's character (省, 市, 县, 区) is what its short form keeps.
 */
const LOCAL_FULL = anchoredPattern(new RegExp(`中国共产党[\u4e00-\u9fff]{1,10}?([省市县区])第(${N}{1,3})次代表大会`, 'g'), '次代表大会', 20);
/** A local congress's short form: 省第八次党代会, 县十三次党代会 (the level, its number, 党代会). */
const LOCAL_SHORT = anchoredPattern(new RegExp(`([省市县区])第?(${N}{1,3})次党代会`, 'g'), '次党代会', 5);
/**
 * A local Party committee's plenum in full: its level, term and number (市委十二届三次全会, 县委十三届六次全体会议,
 * 省委九届八次全会). The level's character (省, 市, 县, 区) is what its short form keeps.
 */
const COMMITTEE_PLENUM_FULL = anchoredPattern(new RegExp(`([省市县区])委(${N}{1,3})届(${N}{1,2})次全(?:体)?会`, 'g'), '次全', 9);
/** Said short (市委全会, 县委全会): the level alone, which plenum the latest one said in full before it tells. */
const COMMITTEE_PLENUM_SHORT = anchoredPattern(/([省市县区])委全会/g, '委全会', 1);
/** Levels: a level right before another (省市委全会) says the plenums of both, no one of them. */
const LEVELS = new Set('省市县区'.split(''));

/**
 * What follows a congress's short form said without 党的 before it (贯彻十三大精神, 十九大以来, 十九大报告): a word of
 * the congress's, or the end of the phrase. Anything else (十大工程, 三大攻坚战) makes 大 a numbered slogan's.
 */
const AFTER_CONGRESS = new Set('精以报胜召提确部作和、，。的后前'.split(''));

interface Target {
  readonly range: Range;
  readonly text: string;
}

/**
 * The short forms of the Party's congresses and plenums, each → the first mention of its full name. A local congress
 * said short (省第八次党代会) after its full name (中国共产党河北省第八次代表大会: src32 河北省-2012, outside
 * ../shared/corpus) links the same way, its level and number the key; said only short (省第十次党代会 in 河北省-2022,
 * 辽宁 2026's 省第十三次党代会) it is a standing phrase, as 党的二十大 is. A local committee's plenum said short (市委全会,
 * 县委全会) links to the plenum of its level said in full last before it (市委十二届三次全会: src32 保定市-2022; 县委十三届
 * 六次全会: 涞水县-2020, 易县-2019).
 */
export function findCongressReferences(ctx: RefContext): Reference[] {
  const blocks = blockNodes(ctx.outline);
  const body: Paragraph[] = [];
  for (const p of bodyParagraphs(ctx, blocks)) body.push(p);
  const congresses = new Map<string, Target>();
  const plenums = new Map<string, Target>();
  const locals = new Map<string, Target>();
  /** Local committees' plenums by their level, term and number; and by level, each full mention in document order. */
  const committeePlenums = new Map<string, Target>();
  const plenumsSaid = new Map<string, Array<{ at: Range['start']; key: string }>>();
  for (const p of body) {
    for (const m of anchoredMatches(p.text, CONGRESS_FULL)) firstOf(congresses, m[1] as string, p, m);
    for (const m of anchoredMatches(p.text, PLENUM_FULL)) firstOf(plenums, `${m[1] as string}|${m[2] as string}`, p, m);
    for (const m of anchoredMatches(p.text, LOCAL_FULL)) firstOf(locals, `${m[1] as string}|${m[2] as string}`, p, m);
    for (const m of anchoredMatches(p.text, COMMITTEE_PLENUM_FULL)) {
      const key = `${m[1] as string}|${m[2] as string}|${m[3] as string}`;
      firstOf(committeePlenums, key, p, m);
      const said = plenumsSaid.get(m[1] as string) ?? [];
      said.push({ at: rangeIn(p, m.index, m.index + m[0].length).start, key });
      plenumsSaid.set(m[1] as string, said);
    }
  }
  if (congresses.size === 0 && plenums.size === 0 && locals.size === 0 && committeePlenums.size === 0) return [];
  const out: Reference[] = [];
  for (const p of body) {
    const text = p.text;
    if (committeePlenums.size > 0) {
      for (const m of anchoredMatches(text, COMMITTEE_PLENUM_SHORT)) {
        if (LEVELS.has(text[m.index - 1] ?? '')) continue;
        const from = rangeIn(p, m.index, m.index + m[0].length);
        // The plenum of that level said in full last before it (a report may name last year's and this year's).
        const before = (plenumsSaid.get(m[1] as string) ?? []).filter((s) => isBefore(s.at, from.start));
        const latest = before[before.length - 1];
        if (latest) link(out, p, m.index, m.index + m[0].length, committeePlenums.get(latest.key));
      }
    }
    if (congresses.size > 0) {
      for (const m of anchoredMatches(text, CONGRESS_SHORT)) {
        const end = m.index + m[0].length;
        const said = text.startsWith('党的', m.index - 2) || AFTER_CONGRESS.has(text[end] ?? '。');
        if (said) link(out, p, m.index, end, congresses.get(m[1] as string));
      }
    }
    if (plenums.size > 0) {
      for (const m of anchoredMatches(text, PLENUM_SHORT)) link(out, p, m.index, m.index + m[0].length, plenums.get(`${m[1] as string}|${m[2] as string}`));
    }
    if (locals.size > 0) {
      for (const m of anchoredMatches(text, LOCAL_SHORT)) link(out, p, m.index, m.index + m[0].length, locals.get(`${m[1] as string}|${m[2] as string}`));
    }
  }
  return out;
}

/**
 * A short form → its full name's first mention, when that is said before it. A module function, not a closure made
 * per call (V8 compiles a per-call closure again after each full GC: text/wordAt.ts).
 */
function link(out: Reference[], p: Paragraph, start: number, end: number, target: Target | undefined): void {
  if (!target) return;
  const from = rangeIn(p, start, end);
  if (!isBefore(target.range.start, from.start)) return;
  out.push({ kind: 'short', from: { range: from, text: p.text.slice(start, end) }, to: target, key: `entity:${target.text}` });
}

function firstOf(map: Map<string, Target>, key: string, p: Paragraph, m: RegExpExecArray): void {
  if (!map.has(key)) map.set(key, { range: rangeIn(p, m.index, m.index + m[0].length), text: m[0] });
}
