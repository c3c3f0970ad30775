import { comparePositions } from '../positions';
import type { Paragraph } from '../text/paragraphs';
import type { Mention } from './mention';
import { startsAfterBoundary, verbStartsAt } from './nameStart';

/** A type word of a paragraph and where a name ending with it may start. */
export interface TypeMatch {
  readonly p: Paragraph;
  readonly end: number;
  /** Possible starts, longest first, each giving a proper name. */
  readonly starts: number[];
  /** The nearest start, where the name starts unless a longer reading recurs; absent when it gives no name. */
  readonly fallback?: number;
}

/** A long name, specific enough that a longer name ending with it is the same thing with its place said. */
const MIN_QUALIFIED_TAIL = 10;

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
  const heads = new Set<number>();
  for (const r of readings.keys()) heads.add(r.charCodeAt(0));
  for (const matches of byParagraph) {
    for (const { p, end, starts } of matches) {
      const longest = starts[0] as number;
      if (end - longest <= MIN_QUALIFIED_TAIL || !startsAfterBoundary(p.text, longest)) continue;
      for (let s = longest + 1; end - s >= MIN_QUALIFIED_TAIL; s++) {
        // What is cut off says a place or a scope: no verb ends inside it (扎实抓好|历次…), none begins the rest
        // (持续|提升国际科技创新中心).
        if (starts.includes(s)) break;
        if (!heads.has(p.text.charCodeAt(s))) continue;
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
 * A long name first said with its place or scope before it (苏南重点城市要素市场化配置综合改革试点), later without
 * (要素市场化配置综合改革试点): the later one is a mention of the first. Only names of ten characters or more, said
 * first in the longer form, so a short name inside a longer one (太仓港, 东山组团) keeps its own mentions. Linear in
 * the characters of the names.
 */
export function mergeQualified(mentions: Map<string, Mention[]>): Map<string, Mention[]> {
  for (const [longer, list] of [...mentions]) {
    if (longer.length <= MIN_QUALIFIED_TAIL || !mentions.has(longer)) continue;
    const first = list[0] as Mention;
    for (let cut = 1; longer.length - cut >= MIN_QUALIFIED_TAIL; cut++) {
      const tail = longer.slice(cut);
      const tails = mentions.get(tail);
      if (!tails || comparePositions((tails[0] as Mention).range.start, first.range.start) <= 0) continue;
      const merged = [...list, ...tails].sort((a, b) => comparePositions(a.range.start, b.range.start));
      mentions.set(longer, merged);
      mentions.delete(tail);
      break;
    }
  }
  return mentions;
}
