import type { Range, Reference } from '../types';
import { FOOTNOTE_MARKER } from '../text/footnoteMarker';
import { positionKey } from '../positions';

/**
 * A term said with its own footnote marker (“三步走”战略目标^[1], “5个1000”行动^[4], “十个一”攻坚行动^[15] — src32
 * 保定市-2022 = dev local/baoding-2022; “上云企业”[1], “专精特新”[2] — 博野县-2022; 河湖长制〔3〕 — 阜平县-2022, outside):
 * the marker is the link the report itself gives from that place to the note, and the term's link to the same note
 * is that link again, beside it. A reader marks one link there (the labels' `footnote`, never a `term` as well), and
 * the editor showed two links side by side to one place. On 16 free src32 texts with footnotes, 445 of the 797 term
 * links were such doubles. So the term's link at its own marker is left out, and kept on the marker's link as `also`
 * (Find All References on the term still lists that mention). Later mentions without a marker stay term links.
 *
 * The marker stands in the term's own phrase: after the term and at most MAX_GAP characters of the words it goes on
 * with (行动, 攻坚行动, 国企新格局), with no clause break, quote, bracket or other marker between — a marker after a
 * comma or after another quoted term belongs to what stands there.
 */
const MAX_GAP = 8;
const AFTER_TERM = new RegExp(String.raw`[^，。；、：！？,;:（）()“”"\s[［【〔\]］】〕^]{0,${MAX_GAP}}?(${FOOTNOTE_MARKER})`, 'y');
/**
 * The note number of a footnote entry's text ([4]“5个1000”行动…, 〔3〕河湖长制…): the marker's own pattern at the start,
 * so that an entry opens with every bracket a marker may have (a copy of the brackets here would lag a new one, and its
 * terms would link twice again).
 */
const ENTRY_NUMBER = new RegExp(`^${FOOTNOTE_MARKER}`);

/** The footnote number an entry's text opens with, or null (a numbered note 3.… is no footnote). */
export function footnoteNumber(entryText: string): string | null {
  return ENTRY_NUMBER.exec(entryText)?.[1] ?? null;
}

/**
 * Where the marker of note `number` stands right after a term that ends at `end` of `text` (its offset and length),
 * or null when the phrase carries no marker, or another note's.
 */
export function ownMarkerAfter(text: string, end: number, number: string): { at: number; length: number } | null {
  AFTER_TERM.lastIndex = end;
  const m = AFTER_TERM.exec(text);
  AFTER_TERM.lastIndex = 0;
  if (!m || m[2] !== number) return null;
  const marker = m[1] as string;
  return { at: m.index + m[0].length - marker.length, length: marker.length };
}

/** A term mention left out at its own marker: the term's key and range, and where its marker starts. */
export interface TermAtMarker {
  readonly key: string;
  readonly range: Range;
  readonly marker: Range['start'];
}

/** The footnote links with the term mentions at their markers kept on them as `also` (one walk, a map by marker). */
export function withTermsAtMarkers(footnotes: readonly Reference[], held: readonly TermAtMarker[]): Reference[] {
  if (held.length === 0) return [...footnotes];
  const at = new Map<string, TermAtMarker[]>();
  for (const h of held) {
    const k = positionKey(h.marker);
    const list = at.get(k);
    if (list) list.push(h);
    else at.set(k, [h]);
  }
  return footnotes.map((r) => {
    const terms = at.get(positionKey(r.from.range.start));
    return terms ? { ...r, also: [...(r.also ?? []), ...terms.map((t) => ({ key: t.key, range: t.range }))] } : r;
  });
}
