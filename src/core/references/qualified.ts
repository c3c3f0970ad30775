import { comparePositions } from '../positions';
import type { Paragraph } from '../text/paragraphs';
import type { Mention } from './mention';
import { startsAfterBoundary, verbStartsAt } from './nameStart';

/** A type word of a paragraph and where a name ending with it may start. */
export interface TypeMatch {
  readonly p: Paragraph;
  /** Where the type word starts, and where it ends. */
  readonly at: number;
  readonly end: number;
  /** Possible starts, longest first, each giving a proper name. */
  readonly starts: number[];
  /**
   * The reading of each start (the text from it to the type word's end), cut once: the counts of readings are keyed by
   * these strings, and a string cut again for each count asked is hashed again.
   */
  readonly cuts: string[];
  /** The nearest start, where the name starts unless a longer reading recurs; absent when it gives no name. */
  readonly fallback: number | undefined;
}

/** A long name, specific enough that a longer name ending with it is the same thing with its place said. */
const MIN_QUALIFIED_TAIL = 10;

/** At most this many readings share one long end before the pairs among them are left unread (a bound). */
const MAX_SHARING = 16;

/**
 * One long name said each time with another scope before it (郑州全国|要素市场化配置综合改革试点 … 郑州|要素…;
 * 长株潭全域纳入国家|要素… … 长株潭|要素…): no reading recurs as it is written, and the nearest reading (综合改革试点)
 * is no name. The longest end two long readings share, of MIN_QUALIFIED_TAIL characters or more, is the name both
 * say: it becomes a start of each (when `isStart` says a name may start there) and a reading said twice. Readings are
 * grouped by their last MIN_QUALIFIED_TAIL characters, so only readings that end alike are compared.
 */
export function addSharedEnds(byParagraph: readonly TypeMatch[][], readings: Map<string, number>, isStart: (p: Paragraph, s: number, at: number, end: number) => boolean): void {
  const groups = new Map<string, TypeMatch[]>();
  for (const matches of byParagraph) {
    for (const m of matches) {
      const longest = m.starts[0] as number;
      if (m.end - longest <= MIN_QUALIFIED_TAIL) continue;
      const key = m.p.text.slice(m.end - MIN_QUALIFIED_TAIL, m.end);
      const group = groups.get(key);
      if (!group) groups.set(key, [m]);
      else if (group.length < MAX_SHARING) group.push(m);
    }
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const m of group) {
      const text = m.p.text;
      const reading = text.slice(m.starts[0] as number, m.end);
      let shared = 0;
      for (const o of group) if (o !== m) shared = Math.max(shared, sharedEnd(reading, o.p.text.slice(o.starts[0] as number, o.end)));
      const s = m.end - shared;
      // The whole reading shared is a reading said twice already; a shared end that starts where a start is adds nothing.
      if (shared === reading.length || m.starts.includes(s) || !isStart(m.p, s, m.at, m.end)) continue;
      const k = m.starts.findIndex((x) => x > s);
      const tail = text.slice(s, m.end);
      m.starts.splice(k < 0 ? m.starts.length : k, 0, s);
      m.cuts.splice(k < 0 ? m.cuts.length : k, 0, tail);
      readings.set(tail, (readings.get(tail) ?? 0) + 1);
    }
  }
}

/** How many characters two strings share at their ends. */
function sharedEnd(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/**
 * A long reading said once with its place or scope (苏南重点城市要素市场化配置综合改革试点) and once without
 * (推进|要素市场化配置综合改革试点) is one name said twice: neither reading recurs as it is written, yet each is the
 * name where it stands, which mergeQualified then joins. The longest reading of a type word, when it starts after a
 * word's end (not where the reading ran out of reach), counts once more, and so does the first shorter reading (of
 * at least MIN_QUALIFIED_TAIL characters) that ends it and is read at another type word. Linear in the characters of
 * the readings.
 */
export function countQualifiedReadings(byParagraph: readonly TypeMatch[][], readings: Map<string, number>): void {
  const extra: string[] = [];
  // The first characters of all readings: a tail that starts with none of them is no reading, told without a cut.
  // A bit per UTF-16 code unit (8 KB): a Set of numbers hashed each one, for every reading and every offset asked.
  const heads = new Uint32Array(0x10000 >>> 5);
  for (const r of readings.keys()) {
    const c = r.charCodeAt(0);
    heads[c >>> 5] = (heads[c >>> 5] as number) | (1 << (c & 31));
  }
  for (const matches of byParagraph) {
    for (const { p, end, starts } of matches) {
      const longest = starts[0] as number;
      if (end - longest <= MIN_QUALIFIED_TAIL || !startsAfterBoundary(p.text, longest)) continue;
      for (let s = longest + 1; end - s >= MIN_QUALIFIED_TAIL; s++) {
        // What is cut off says a place or a scope: no verb ends inside it (扎实抓好|历次…), none begins the rest
        // (持续|提升国际科技创新中心).
        if (starts.includes(s)) break;
        const c = p.text.charCodeAt(s);
        if ((((heads[c >>> 5] as number) >>> (c & 31)) & 1) === 0) continue;
        const tail = p.text.slice(s, end);
        if (!readings.has(tail) || verbStartsAt(p.text, s)) continue;
        extra.push(p.text.slice(longest, end), tail);
        break;
      }
    }
  }
  for (const r of extra) readings.set(r, (readings.get(r) as number) + 1);
}

/**
 * A long name said with its place or scope before it (苏南重点城市要素市场化配置综合改革试点) and without
 * (要素市场化配置综合改革试点), in either order (大湾区内地九市|要素… after 要素…): one name, whose mentions point at
 * the first. Only names of ten characters or more, so a short name inside a longer one (太仓港, 东山组团) keeps its
 * own mentions. A tail that is a name shares its last MIN_QUALIFIED_TAIL characters with the longer name: names are
 * grouped by those (one cut per name), and a long name looks for its longest tail in its group only, not by cutting
 * every tail of it. Linear in the names.
 */
export function mergeQualified(mentions: Map<string, Mention[]>): Map<string, Mention[]> {
  // The long names as they are now (the loop deletes tails it merges); a name's list is read at its turn, which is the
  // list it had here: only the name itself is ever set, and only at its turn (so no name is ever added, and the
  // groups need only be checked for names deleted since).
  const longNames: string[] = [];
  const byLast = new Map<string, string[]>();
  for (const name of mentions.keys()) {
    if (name.length < MIN_QUALIFIED_TAIL) continue;
    if (name.length > MIN_QUALIFIED_TAIL) longNames.push(name);
    const last = name.slice(name.length - MIN_QUALIFIED_TAIL);
    const group = byLast.get(last);
    if (group) group.push(name);
    else byLast.set(last, [name]);
  }
  for (const longer of longNames) {
    const list = mentions.get(longer);
    if (!list) continue;
    // The longest tail that is still a name (the first cut that finds one).
    let tail: string | undefined;
    for (const other of byLast.get(longer.slice(longer.length - MIN_QUALIFIED_TAIL)) as string[]) {
      if (other.length < longer.length && (tail === undefined || other.length > tail.length) && longer.endsWith(other) && mentions.has(other)) tail = other;
    }
    if (tail === undefined) continue;
    const tails = mentions.get(tail) as Mention[];
    const merged = [...list, ...tails].sort((a, b) => comparePositions(a.range.start, b.range.start));
    mentions.set(longer, merged);
    mentions.delete(tail);
  }
  return mentions;
}
