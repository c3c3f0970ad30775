import data from '../lexicon/brandNames.json';
import type { Paragraph } from '../text/paragraphs';
import type { RefContext } from './context';
import { rangeIn } from './context';
import { ownPlace } from './scope';
import type { EntityMentions, Mention } from './mention';
import { WordTrie } from './wordTrie';

/**
 * The words a brand name opens with (平安, 美丽, 健康 …): brandNames.json sloganWords. Looked for in the walk of
 * entities.ts over the body (TrieScan), which hands each paragraph's matches here.
 */
export const SLOGANS = new WordTrie(data.sloganWords);

/** The slogan words of one body paragraph outside the glossary (SLOGANS' matches there). */
export interface SloganMatches {
  readonly p: Paragraph;
  readonly matches: ReadonlyArray<readonly [number, string]>;
}
/** The country and the provinces as brands name them (中国, 江西, 龙江): brandNames.json places; and the report's own place. */
const PLACES = new WordTrie(data.places);
/**
 * 中国 said before 式 or 特色 opens 中国式现代化, 中国特色社会主义: no brand ends there. (A unit after the place may: 美丽中国省域
 * 先行区, 黑龙江 2026, is the brand's zone.)
 */
const NOT_AFTER: ReadonlySet<number> = new Set([...'式特'].map((c) => c.charCodeAt(0)));

/** The place right after a slogan word that ends at `at`, the longest reading, or null. */
function placeAt(text: string, at: number, own: string): string | null {
  let place = PLACES.longestAt(text, at);
  if (own !== '' && (place === null || place.length < own.length) && text.startsWith(own, at)) place = own;
  if (place === null || NOT_AFTER.has(text.charCodeAt(at + place.length))) return null;
  return place;
}

/**
 * The report's own place as its brands say it: without its unit (美丽涞源, 平安湖南), but a place of one character keeps
 * it (平安易县, 法治易县, 健康易县: src32 易县-2021/2022; 平安唐县: 唐县-2020, outside ../shared/corpus), for a brand
 * never says 平安易 and the unit is part of the name it links.
 */
function brandPlace(place: string | null): string {
  const own = ownPlace(place);
  return own.length === 1 && place !== null && place.startsWith(own) ? place : own;
}

/**
 * Brand names of a programme — a slogan word and a place (平安湖南, 美丽江西, 健康中国, 创业安徽) — are named programmes
 * without a type word: each is keyed by its words, so that a later mention points at the first like any recurring name
 * (findEntityReferences). A brand said inside a longer name starting at the same place (健康中国|行动) is nested in it,
 * as the type-word names are: where that name recurs, the reader follows it instead.
 */
export function addBrandMentions(ctx: RefContext, slogans: readonly SloganMatches[], mentions: EntityMentions): EntityMentions {
  const own = brandPlace(ctx.meta.place);
  let out: Map<string, Mention[]> | undefined;
  /** The brands' own keys, in the order first said: the copy of the other names holds them among hundreds. */
  const brands: string[] = [];
  for (const { p, matches } of slogans) {
    for (const [at, slogan] of matches) {
      const end = at + slogan.length;
      const place = placeAt(p.text, end, own);
      // A brand the other scans already key (a known name, a quoted term's name) is theirs: its list stays in order.
      const name = place === null ? '' : slogan + place;
      if (place === null || mentions.has(name)) continue;
      out ??= new Map(mentions as Map<string, Mention[]>);
      const list = out.get(name);
      const mention = { range: rangeIn(p, at, end + place.length), text: name, nested: false };
      if (list) list.push(mention);
      else {
        out.set(name, [mention]);
        brands.push(name);
      }
    }
  }
  if (out === undefined) return mentions;
  return withNesting(out, brands, mentions);
}

/** Marks each brand mention that a longer mention of the other names starts at (健康中国 of 健康中国行动) as nested in it. */
function withNesting(all: Map<string, Mention[]>, brands: readonly string[], names: EntityMentions): Map<string, Mention[]> {
  // By line, then character: only the lines a brand is said on, so that the names said elsewhere (most) cost a lookup
  // of their line, not a key made per mention.
  const longest = new Map<number, Map<number, string>>();
  for (const name of brands) for (const m of all.get(name) as Mention[]) longest.set(m.range.start.line, new Map());
  names.forEach((list) => {
    for (const m of list) {
      const line = longest.get(m.range.start.line);
      if (line === undefined) continue;
      if ((line.get(m.range.start.character)?.length ?? 0) < m.text.length) line.set(m.range.start.character, m.text);
    }
  });
  for (const name of brands) {
    const list = all.get(name) as Mention[];
    // Only the brands' own lists, which no other scan made.
    all.set(
      name,
      list.map((m) => {
        const within = longest.get(m.range.start.line)?.get(m.range.start.character);
        return within !== undefined && within.length > m.text.length ? { ...m, nested: true, within } : m;
      }),
    );
  }
  return all;
}
