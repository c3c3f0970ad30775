import type { FootnoteResult, GlossaryEntry, Range, Reference } from '../types';
import type { Paragraph } from '../text/paragraphs';
import type { RefContext } from './context';
import { blockNodes, nestedGlossaries, paragraphInNodes, rangeIn } from './context';
import { allMatches } from '../text/allMatches';
import { FOOTNOTE_MARKER, FOOTNOTE_OPEN } from '../text/footnoteMarker';

/** A marker's opening bracket and the marker itself (text/footnoteMarker.ts: the same footnote in another typeface). */
const OPEN_BRACKET = FOOTNOTE_OPEN;
const MARKER = new RegExp(FOOTNOTE_MARKER, 'g');
/**
 * A glossary entry: “[3]…”, “［3］…”, “【3】…”, “〔3〕…”, “3.…” or “3、…” at the start of a paragraph, with the term it
 * explains — quoted, before a colon, or in square brackets after the number (清苑 2020/2021, outside src32:
 * 1.[两不见面]指…, 3.[城市“双修”]即…: the brackets set the term off as a colon does; a quote inside names the term as
 * it does anywhere).
 */
const ENTRY = /^(?:\^?[[［【〔](\d{1,3})[\]］】〕]|(\d{1,3})\s*[.、．])\s*(?:\[(?=[^\]\n]{1,24}\]))?(?:[\u4e00-\u9fff]{0,12}?“([^”]{1,20})”|([^：:“”，。[\]]{2,20})[：:\]])?/;
/** A numbered note whose term stands in square brackets (1.[两不见面]…): the part of the entry that names terms. */
const BRACKETED_TERM = /^\d{1,3}\s*[.、．]\s*\[([^\]\n]{1,24})\]/;

/** The quoted terms before an entry's colon (7.“三大高地”“五大战略”：…) or inside its bracketed term, else its one term. */
function entryTerms(text: string, term: string | null): string[] {
  const head = BRACKETED_TERM.exec(text)?.[1] ?? /^[^：:]{0,48}[：:]/.exec(text)?.[0] ?? '';
  const quoted = allMatches(/“([^”]{1,20})”/g, head).map((q) => q[1] as string);
  return quoted.length > 1 ? quoted : term ? [term] : [];
}

/**
 * Whether a glossary entry is a footnote's ([3]…, ［3］…, 【3】…, 〔3〕…), not one of numbered notes (3.…) no marker points to: only
 * those answer a marker (diagnostics.ts asks it too, to tell a page copied without its notes).
 */
export function isFootnoteEntry(entry: Pick<GlossaryEntry, 'text'>): boolean {
  return /^\^?[[［【〔]/.test(entry.text);
}

/** Footnote markers [n] / ［n］ / ^[n] in the body → the glossary entry n, and each entry back to its first marker. */
export function findFootnotes(ctx: RefContext): FootnoteResult {
  const blocks = [...blockNodes(ctx.outline).filter((n) => n.kind === 'glossary' || /名词|注释|解释/.test(n.title)), ...nestedGlossaries(ctx.outline)];
  const entries: GlossaryEntry[] = [];
  const markers: Array<{ n: string; range: Range; text: string }> = [];
  for (let i = ctx.bodyStart; i < ctx.bodyEnd; i++) {
    const p = ctx.paragraphs[i] as Paragraph;
    if (paragraphInNodes(p, blocks)) {
      const m = ENTRY.exec(p.text);
      if (m) {
        const end = Math.min(p.text.length, Math.max(m[0].length, 12));
        const term = m[3] ?? m[4]?.trim() ?? null;
        entries.push({ number: (m[1] ?? m[2]) as string, term, terms: entryTerms(p.text, term), range: rangeIn(p, 0, end), text: p.raw.slice(0, end) });
      }
      continue;
    }
    // One scan for either bracket, not one per bracket.
    if (!OPEN_BRACKET.test(p.text)) continue;
    for (const m of allMatches(MARKER, p.text)) {
      // A lenticular or tortoise-shell number opening a paragraph numbers the paragraph (【1】…), not a word before it.
      if (m.index === 0 && /^[【〔]/.test(m[0])) continue;
      markers.push({ n: m[1] as string, range: rangeIn(p, m.index, m.index + m[0].length), text: m[0] });
    }
  }
  // Numbered glossaries without any marker in the text (1.…26. notes) are explained terms, not footnotes.
  const bracketEntries = entries.filter(isFootnoteEntry);
  const byNumber = new Map(bracketEntries.map((e) => [e.number, e]));
  const references: Reference[] = [];
  const orphanMarkers: FootnoteResult['orphanMarkers'] = [];
  const firstMarker = new Map<string, { range: Range; text: string }>();
  for (const mk of markers) {
    const entry = byNumber.get(mk.n);
    if (!entry) {
      if (bracketEntries.length > 0 || markers.length >= 3) orphanMarkers.push({ range: mk.range, text: mk.text });
      continue;
    }
    references.push({ kind: 'footnote', from: { range: mk.range, text: mk.text }, to: { range: entry.range, text: entry.text }, key: `footnote:${mk.n}` });
    if (!firstMarker.has(mk.n)) firstMarker.set(mk.n, { range: mk.range, text: mk.text });
  }
  for (const e of bracketEntries) {
    const back = firstMarker.get(e.number);
    if (back) references.push({ kind: 'footnote', from: { range: e.range, text: e.text }, to: back, key: `footnote:${e.number}` });
  }
  const unreferencedEntries = markers.length > 0 ? bracketEntries.filter((e) => !firstMarker.has(e.number)) : [];
  return { references, entries, orphanMarkers, unreferencedEntries };
}
