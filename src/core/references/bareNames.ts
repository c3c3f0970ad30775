import type { Paragraph } from '../text/paragraphs';
import type { OutlineNode } from '../types';
import type { RefContext } from './context';
import { inNodes, rangeIn } from './context';
import type { Mention } from './mention';
import type { WordTrie } from './wordTrie';

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
export function addBareNames(ctx: RefContext, blocks: readonly OutlineNode[], mentions: Map<string, Mention[]>, typeTrie: WordTrie, isSpecific: (bare: string) => boolean): void {
  const bare = new Map<string, string>();
  for (const name of mentions.keys()) {
    if (bare.size >= MAX_BARE_NAMES) break;
    let type = '';
    // The longest type word that ends the name, read from the trie without cutting a string per length tried.
    for (let k = Math.min(MAX_TYPE, name.length - MIN_BARE); k >= 2; k--) {
      const word = typeTrie.mayStartAt(name, name.length - k) ? typeTrie.longestAt(name, name.length - k) : null;
      if (word !== null && word.length === k) {
        type = word;
        break;
      }
    }
    const form = name.slice(0, name.length - type.length);
    if (ACTIONS.has(type)) continue;
    if (type === '' || form.length < MIN_BARE || mentions.has(form) || !BARE_START.test(form) || form.includes('年') || !isSpecific(form)) continue;
    // Two names with one bare form (…工程, …项目) leave it to neither.
    bare.set(form, bare.has(form) ? '' : name);
  }
  // The recurring names (a few dozen), each looked for in every bare form: cheaper than every piece of every form.
  const recurring = [...mentions].filter(([n, list]) => list.length >= 2 && n.length >= 4).map(([n]) => n);
  for (const [form, name] of [...bare]) if (name === '' || recurring.some((n) => n !== name && n.length < form.length && form.includes(n))) bare.delete(form);
  if (bare.size === 0) return;
  const taken = takenSpans(mentions);
  const found = (p: Paragraph, at: number, form: string): void => {
    const end = at + form.length;
    if (typeTrie.mayStartAt(p.text, end) && typeTrie.longestAt(p.text, end) !== null) return;
    const range = rangeIn(p, at, end);
    const spans = taken.get(range.start.line);
    if (spans?.some(([s, e]) => s < range.end.character && e > range.start.character)) return;
    // Taken now: two bare forms never claim one place.
    if (spans) spans.push([range.start.character, range.end.character]);
    else taken.set(range.start.line, [[range.start.character, range.end.character]]);
    (mentions.get(bare.get(form) as string) as Mention[]).push({ range, text: form, nested: false });
  };
  const body: Paragraph[] = [];
  for (let i = ctx.bodyStart; i < ctx.bodyEnd; i++) {
    const p = ctx.paragraphs[i] as Paragraph;
    if (!inNodes(p.segments[0]?.line ?? 0, blocks)) body.push(p);
  }
  new FormMatcher([...bare.keys()]).scanAll(body, found);
}

/**
 * Leftmost-longest occurrences of a few long words (bare forms are seven characters or more) in a text, found the
 * way Horspool's search skips along: the character that would end a word's first seven characters tells how far the
 * next possible start is, so most of the text is never looked at. A walk of every character (WordTrie) cost a tenth
 * of the link step; this reads about one character in three of a report.
 */
class FormMatcher {
  private readonly window: number;
  /** The characters the words' heads hold: the table below is cleared of them when the scan is done. */
  private readonly chars: number[] = [];
  /** The words by their first character, longest first. */
  private readonly byFirst = new Map<number, string[]>();

  constructor(forms: readonly string[]) {
    this.window = Math.min(MAX_WINDOW, ...forms.map((f) => f.length));
    for (const form of forms) {
      for (let j = 0; j < this.window; j++) {
        const c = form.charCodeAt(j);
        const d = this.window - 1 - j;
        const old = TABLE[c] as number;
        if (old === 0) this.chars.push(c);
        // Low bits: the shift plus one (0 = absent); the top bit: a word starts with this character.
        const shift = old & SHIFT_BITS;
        if (shift === 0 || shift > d + 1) TABLE[c] = (old & FIRST_BIT) | (d + 1);
        if (j === 0) TABLE[c] = (TABLE[c] as number) | FIRST_BIT;
      }
      const list = this.byFirst.get(form.charCodeAt(0)) ?? [];
      list.push(form);
      list.sort((a, b) => b.length - a.length);
      this.byFirst.set(form.charCodeAt(0), list);
    }
  }

  /** Calls `found` at each occurrence in the paragraphs, then clears the shared table (one scan per matcher, never nested). */
  scanAll(paragraphs: readonly Paragraph[], found: (p: Paragraph, at: number, form: string) => void): void {
    try {
      for (const p of paragraphs) this.scan(p, found);
    } finally {
      for (const c of this.chars) TABLE[c] = 0;
    }
  }

  private scan(p: Paragraph, found: (p: Paragraph, at: number, form: string) => void): void {
    const text = p.text;
    const m = this.window;
    for (let at = 0; at + m <= text.length; ) {
      const d = (TABLE[text.charCodeAt(at + m - 1)] as number) & SHIFT_BITS;
      if (d !== 1) {
        at += d === 0 ? m : d - 1;
        continue;
      }
      // No string is cut here: the words that start with this character are compared in place.
      const form = ((TABLE[text.charCodeAt(at)] as number) & FIRST_BIT) === 0 ? undefined : this.byFirst.get(text.charCodeAt(at))?.find((f) => text.startsWith(f, at));
      if (form === undefined) {
        at++;
        continue;
      }
      found(p, at, form);
      at += form.length;
    }
  }
}

/** The matcher's table, one entry per UTF-16 code unit, shared (set and cleared by each scan): no 64 KB per report. */
const TABLE = new Uint8Array(0x10000);
const SHIFT_BITS = 0x7f;
const FIRST_BIT = 0x80;
/** The window is at most this long, so that a shift plus one fits the table's low bits. */
const MAX_WINDOW = 64;

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
