import type { Paragraph } from '../text/paragraphs';
import type { OutlineNode } from '../types';
import type { RefContext } from './context';
import { inNodes, rangeIn } from './context';
import type { Mention } from './mention';
import { WordTrie } from './wordTrie';

/** A name without its type word is this long at least to be the name still (淮河入海水道二期, 央行数字人民币). */
const MIN_BARE = 7;
/** Type words are at most this long (高速公路, 国际航运中心). */
const MAX_TYPE = 6;
/** A bare form opens with a Chinese character that is no numeral: 一九五四年两年|计划 is a date and a count. */
const BARE_START = /^(?![一二三四五六七八九十〇零两])[\u4e00-\u9fff]/;
/**
 * An action's or a campaign's name without its type word is what it does, said as ordinary words (着眼城市功能品质
 * 活力提升和形象塑造 beside 城市功能品质活力提升行动): never a mention.
 */
const ACTIONS: ReadonlySet<string> = new Set(['行动', '专项行动', '计划', '学习教育', '督察', '倡议', '规定']);
/** At most this many bare names are looked for in one report (a bound for huge inputs). */
const MAX_BARE_NAMES = 2000;

/**
 * A long name is said without its type word too (淮河入海水道二期工程 … 实施淮河入海水道二期; 央行数字人民币 …
 * 央行数字人民币试点): that bare form is a mention of the name. Only a bare form long and specific enough to name one
 * thing (`isSpecific`), that no other name holds (中央八项规定精神 holds 中央八项规定: it is that rule's, not
 * 中央八项规定精神学习教育's), said where no type word follows (there the type-word scan reads the name itself).
 * One pass over the body with the bare forms in a trie.
 */
export function addBareNames(ctx: RefContext, blocks: readonly OutlineNode[], mentions: Map<string, Mention[]>, types: ReadonlySet<string>, typeTrie: WordTrie, isSpecific: (bare: string) => boolean): void {
  const bare = new Map<string, string>();
  for (const name of mentions.keys()) {
    if (bare.size >= MAX_BARE_NAMES) break;
    let type = '';
    for (let k = Math.min(MAX_TYPE, name.length - MIN_BARE); k >= 2; k--) {
      if (types.has(name.slice(name.length - k))) {
        type = name.slice(name.length - k);
        break;
      }
    }
    const form = name.slice(0, name.length - type.length);
    if (ACTIONS.has(type)) continue;
    if (type === '' || form.length < MIN_BARE || mentions.has(form) || !BARE_START.test(form) || form.includes('年') || !isSpecific(form)) continue;
    // Two names with one bare form (…工程, …项目) leave it to neither.
    bare.set(form, bare.has(form) ? '' : name);
  }
  for (const [form, name] of [...bare]) if (name === '' || holdsAnotherName(form, mentions)) bare.delete(form);
  if (bare.size === 0) return;
  const trie = new WordTrie(bare.keys());
  const taken = takenSpans(mentions);
  for (let i = ctx.bodyStart; i < ctx.bodyEnd; i++) {
    const p = ctx.paragraphs[i] as Paragraph;
    if (inNodes(p.segments[0]?.line ?? 0, blocks)) continue;
    for (const [at, form] of trie.matches(p.text)) {
      const end = at + form.length;
      if (typeTrie.mayStartAt(p.text, end) && typeTrie.longestAt(p.text, end) !== null) continue;
      const range = rangeIn(p, at, end);
      if (taken.get(range.start.line)?.some(([s, e]) => s < range.end.character && e > range.start.character)) continue;
      (mentions.get(bare.get(form) as string) as Mention[]).push({ range, text: form, nested: false });
    }
  }
}

/** Whether a bare form holds another recurring name (中央八项规定精神 ⊃ 中央八项规定). */
function holdsAnotherName(form: string, mentions: ReadonlyMap<string, readonly Mention[]>): boolean {
  for (let s = 0; s < form.length; s++) {
    for (let e = form.length; e - s >= 4; e--) {
      if (e - s === form.length) continue;
      if ((mentions.get(form.slice(s, e))?.length ?? 0) >= 2) return true;
    }
  }
  return false;
}

/** Where names were found already, by line: a bare form inside one of them is that name's. */
function takenSpans(mentions: ReadonlyMap<string, readonly Mention[]>): Map<number, Array<[number, number]>> {
  const taken = new Map<number, Array<[number, number]>>();
  for (const list of mentions.values()) {
    for (const m of list) {
      if (m.range.start.line !== m.range.end.line) continue;
      const spans = taken.get(m.range.start.line) ?? [];
      spans.push([m.range.start.character, m.range.end.character]);
      taken.set(m.range.start.line, spans);
    }
  }
  return taken;
}
