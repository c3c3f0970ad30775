import type { Range, Reference } from '../types';
import type { RefContext } from './context';
import { bodyParagraphs, rangeIn } from './context';
import type { Paragraph } from '../text/paragraphs';
import { WordTrie } from './wordTrie';
import { allMatches } from '../text/allMatches';

interface Title {
  readonly p: Paragraph;
  readonly start: number;
  readonly end: number;
  readonly inner: string;
}

// Titles may nest one level of brackets (《纲要（草案）》); bounded, so the scan stays linear.
const TITLE = /《([^《》\n]{1,80})》/g;
// “…（以下简称“X”）” / “…，以下简称“X”” / “简称“X””.
const SHORT_NAME = /([\u4e00-\u9fff《》“”]{4,60}?)[(（,，]?\s*(?:以下)?简称\s*[“"]([^”"]{1,16})[”"]/g;

/** A 《title》 this short (inner text) may abbreviate a longer one. */
const SHORT_TITLE_MAX = 16;
/** A full title is at least this much longer than the short title it ends with. */
const FULL_TITLE_EXTRA = 3;

/** A title without its brackets: 《纲要草案》 abbreviates …纲要（草案）》 as 《纲要（草案）》 does. */
function bare(inner: string): string {
  return inner.replace(/[（）()]/g, '');
}

/**
 * The first title (in document order) that each possible short title ends: every suffix of up to SHORT_TITLE_MAX
 * characters of every title at least FULL_TITLE_EXTRA longer than the suffix. One map lookup per short title then
 * replaces a search of all titles, which made a page of thousands of 《…》 quadratic.
 */
function fullTitlesBySuffix(titles: readonly Title[]): Map<string, Title> {
  const bySuffix = new Map<string, Title>();
  for (const f of titles) {
    const inner = bare(f.inner);
    const longest = Math.min(SHORT_TITLE_MAX, inner.length - FULL_TITLE_EXTRA);
    for (let k = 1; k <= longest; k++) {
      const suffix = inner.slice(inner.length - k);
      if (!bySuffix.has(suffix)) bySuffix.set(suffix, f);
    }
  }
  return bySuffix;
}

/**
 * Abbreviations: a short 《title》 that ends a full title given elsewhere (《纲要（草案）》 → 《苏州市…纲要（草案）》),
 * and names introduced with 以下简称“X” (every later X points at the full name).
 */
export function findAbbreviations(ctx: RefContext): Reference[] {
  const titles: Title[] = [];
  for (const p of bodyParagraphs(ctx)) {
    if (!p.text.includes('《')) continue;
    for (const m of allMatches(TITLE, p.text)) titles.push({ p, start: m.index, end: m.index + m[0].length, inner: m[1] as string });
  }
  const out: Reference[] = [];
  const fullTitles = fullTitlesBySuffix(titles);
  for (const t of titles) {
    if (t.inner.length > SHORT_TITLE_MAX) continue;
    const full = fullTitles.get(bare(t.inner));
    if (!full) continue;
    out.push({
      kind: 'abbreviation',
      from: { range: rangeIn(t.p, t.start, t.end), text: t.p.raw.slice(t.start, t.end) },
      to: { range: rangeIn(full.p, full.start, full.end), text: full.p.raw.slice(full.start, full.end) },
      key: `abbr:${full.inner}`,
    });
  }
  out.push(...shortNames(ctx));
  return out;
}

interface ShortName {
  /** Paragraph of the definition, and the offset after it: mentions are searched from there on. */
  readonly paragraph: number;
  readonly after: number;
  readonly short: string;
  readonly fullText: string;
  readonly defined: { range: Range; text: string };
}

/** Where one short name occurs (overlapping occurrences included): paragraph index and offset. */
interface Occurrence {
  readonly paragraph: number;
  readonly at: number;
}

/**
 * Names introduced with 以下简称“X”: every later X (searched as indexOf does, without overlaps) points at the full
 * name. All short names are found in one pass over the paragraphs (a trie), so a report with thousands of
 * definitions is not searched once per definition; and when a short name is defined again, later mentions point at
 * the newer definition only, which keeps the output linear in the mentions.
 */
function shortNames(ctx: RefContext): Reference[] {
  const defs = shortNameDefinitions(ctx);
  if (defs.length === 0) return [];
  const occurrences = occurrencesOf(ctx, new WordTrie(defs.map((d) => d.short)), (defs[0] as ShortName).paragraph);
  // The next definition of the same short name, where a definition's mentions stop.
  const nextSame = new Map<ShortName, ShortName>();
  const lastByShort = new Map<string, ShortName>();
  for (const d of defs) {
    const previous = lastByShort.get(d.short);
    if (previous) nextSame.set(previous, d);
    lastByShort.set(d.short, d);
  }
  const out: Reference[] = [];
  for (const d of defs) {
    const list = occurrences.get(d.short) ?? [];
    const stop = nextSame.get(d);
    let k = firstFrom(list, d.paragraph);
    let paragraph = -1;
    let from = 0;
    for (; k < list.length; k++) {
      const o = list[k] as Occurrence;
      if (stop && (o.paragraph > stop.paragraph || (o.paragraph === stop.paragraph && o.at >= stop.after))) break;
      if (o.paragraph !== paragraph) {
        paragraph = o.paragraph;
        from = paragraph === d.paragraph ? d.after : 0;
      }
      if (o.at < from) continue;
      const q = ctx.paragraphs[o.paragraph] as Paragraph;
      out.push({ kind: 'abbreviation', from: { range: rangeIn(q, o.at, o.at + d.short.length), text: d.short }, to: d.defined, key: `abbr:${d.fullText}` });
      from = o.at + d.short.length;
    }
  }
  return out;
}

function shortNameDefinitions(ctx: RefContext): ShortName[] {
  const defs: ShortName[] = [];
  for (let i = ctx.bodyStart; i < ctx.bodyEnd; i++) {
    const p = ctx.paragraphs[i] as Paragraph;
    if (!p.text.includes('简称')) continue;
    for (const m of allMatches(SHORT_NAME, p.text)) {
      const fullText = (m[1] as string).replace(/^[的是在和与及]/, '');
      const fullStart = m.index + (m[1] as string).length - fullText.length;
      const defined = { range: rangeIn(p, fullStart, fullStart + fullText.length), text: p.raw.slice(fullStart, fullStart + fullText.length) };
      defs.push({ paragraph: i, after: m.index + m[0].length, short: m[2] as string, fullText, defined });
    }
  }
  return defs;
}

/** Every occurrence of every short name in the body from paragraph `first` on, by short name, in document order. */
function occurrencesOf(ctx: RefContext, trie: WordTrie, first: number): Map<string, Occurrence[]> {
  const out = new Map<string, Occurrence[]>();
  for (let i = first; i < ctx.bodyEnd; i++) {
    const text = (ctx.paragraphs[i] as Paragraph).text;
    for (let at = 0; at < text.length; at++) {
      for (const word of trie.wordsAt(text, at)) {
        let list = out.get(word);
        if (!list) out.set(word, (list = []));
        list.push({ paragraph: i, at });
      }
    }
  }
  return out;
}

/** Index of the first occurrence in paragraph `paragraph` or later (binary search; the list is in document order). */
function firstFrom(list: readonly Occurrence[], paragraph: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as Occurrence).paragraph < paragraph) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
