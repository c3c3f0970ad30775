import type { GlossaryEntry, Range } from '../types';

/**
 * One quoted word that opens two names (“双区”驱动 and “双区”叠加: the two zones that drive, and the two that overlap,
 * Shenzhen's reports from 2020 on) is two terms, told apart by how the quote goes on. A glossary that explains both
 * (罗湖 2022: 1.“双区”驱动：… 2.“双区”叠加：…) keys both entries by the quoted word, and the first used to take every
 * mention; the body that says both in one breath (抢抓“双区”驱动、“双区”叠加) linked the second to the first.
 */

/** The key of one sense of a quoted term: the term in its quotes and the character the quote goes on with. */
export function senseKey(term: string, next: string): string {
  return `“${term}”${next}`;
}

const isHan = (c: string): boolean => c >= '\u4e00' && c <= '\u9fff';

/**
 * The glossary entries of the terms two or more entries explain, each going on differently after the quote (1.“双区”驱动：…
 * 2.“双区”叠加：…), keyed by senseKey. A term one entry explains has one sense, whatever the body says after it.
 */
export function glossarySenses(entries: readonly GlossaryEntry[]): ReadonlyMap<string, { range: Range; text: string }> {
  const byTerm = new Map<string, Map<string, { range: Range; text: string }>>();
  for (const e of entries) {
    for (const term of e.terms) {
      const quoted = `“${term}”`;
      const at = e.text.indexOf(quoted);
      const next = at < 0 ? '' : (e.text[at + quoted.length] ?? '');
      if (!isHan(next)) continue;
      const senses = byTerm.get(term) ?? new Map<string, { range: Range; text: string }>();
      if (!senses.has(next)) senses.set(next, { range: e.range, text: e.text });
      byTerm.set(term, senses);
    }
  }
  const out = new Map<string, { range: Range; text: string }>();
  for (const [term, senses] of byTerm) if (senses.size >= 2) for (const [next, entry] of senses) out.set(senseKey(term, next), entry);
  return out;
}

/** A quoted mention of a term, as terms.ts reads it: where it stands in its paragraph, and what follows it. */
interface Said {
  readonly quoted: boolean;
  readonly text: string;
  readonly next: string;
  readonly p: { readonly text: string };
  readonly at: number;
}

/** The longest way a quote goes on between two items of one list (“双区”驱动、“双区”叠加: 驱动). */
const MAX_ITEM_REST = 4;
/** What joins two items of one list. */
const JOINS: ReadonlySet<string> = new Set(['、', '和', '与', '及']);

/**
 * The characters a quoted term goes on with where the report lists it twice, going on differently each time (抢抓“双区”
 * 驱动、“双区”叠加: 驱 and 叠): one quoted word opening two names, items of one list. Said twice in one sentence in
 * other ways (“工业上楼”项目 … “工业上楼”厂房), a term is one term said of two things. Empty for most terms.
 * Consecutive quoted mentions only, a few characters between them: linear in the mentions.
 */
export function sharedOpenings(mentions: readonly Said[]): ReadonlySet<string> {
  let senses: Set<string> | undefined;
  let before: Said | undefined;
  for (const m of mentions) {
    if (!m.quoted) continue;
    if (before !== undefined && before.p === m.p && before.next !== m.next && listedAfter(before, m)) {
      senses ??= new Set();
      senses.add(before.next);
      senses.add(m.next);
    }
    before = m;
  }
  return senses ?? EMPTY;
}
const EMPTY: ReadonlySet<string> = new Set();

/** Whether `m` is the next item after `before` in one list: only Han characters (the rest of it) and a join between. */
function listedAfter(before: Said, m: Said): boolean {
  const from = before.at + before.text.length;
  const gap = m.at - from;
  if (gap < 2 || gap > MAX_ITEM_REST + 1 || !JOINS.has(m.p.text[m.at - 1] ?? '')) return false;
  for (let k = from; k < m.at - 1; k++) if (!isHan(m.p.text[k] as string)) return false;
  return true;
}
