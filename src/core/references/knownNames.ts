import data from '../lexicon/entityTypes.json';
import placeData from '../lexicon/placeProvinces.json';
import type { Paragraph } from '../text/paragraphs';
import type { RefContext } from './context';
import { rangeIn } from './context';
import type { Mention } from './mention';
import { ownPlace } from './scope';

/** Each way a known name is written (with and without the 、 of 大众创业、万众创新, and its short names) → its key. */
export const KNOWN_WRITINGS: ReadonlyMap<string, string> = (() => {
  const keys = new Map<string, string>();
  const key = (name: string): string => name.replace(/、/g, '');
  for (const name of data.knownNames) {
    keys.set(name, key(name));
    keys.set(key(name), key(name));
  }
  for (const [short, full] of Object.entries(data.knownShorts)) keys.set(short, key(full));
  // A name said with a word put in, as the centre's documents say it too (中部地区加快崛起: national 2024, 湖南 2026).
  for (const [written, name] of Object.entries(data.knownWritings as Record<string, string>)) keys.set(written, key(name));
  return keys;
})();
/** What may follow a known name that a quote opens, where the quote holds the name alone. */
const CLOSES_QUOTE: ReadonlySet<string> = new Set(['”', '"']);
/** How far a quoted name may run past a known name it opens (“双创双服”). */
const MAX_QUOTED_REST = 10;

/**
 * Whether the name at [at, end) opens a quoted name that goes on past it: after a curly opening quote, anything but
 * the closing one; after a straight quote (the reports typed with them, read like curly ones since links13), a
 * partner that closes further on, within reach and the clause (review15: 开展"双创双服"活动 linked 双创).
 */
function opensLongerQuote(text: string, at: number, end: number): boolean {
  const before = text[at - 1];
  if (before === '“') return !CLOSES_QUOTE.has(text[end] ?? '');
  if (before !== '"') return false;
  const close = text.indexOf('"', end);
  return close > end && close - end <= MAX_QUOTED_REST && !/[，。；：！？,;:!?]/u.test(text.slice(end, close));
}
/** The place of the State Council's report (report metadata). */
const NATIONAL = '全国';

/**
 * National programmes and strategies have no type word to find them by (京津冀协同发展, 营改增, 大众创业万众创新):
 * they are the same few names in every report, listed in entityTypes.json, and found by the type-word scan of
 * entities.ts in the same pass (a pass of its own cost a tenth of the link step). Each mention, and each mention of a
 * short name everyone uses (双创), is keyed by the full name without its 、, so all of them point at the first.
 * Quoted mentions count too (the first may be quoted); their links are the term scan's where it makes one.
 * Every mention only in the national report, where they are the government's own programmes that the reader follows
 * from part to part; a local report names them in passing as the centre's strategies it joins (积极投身长三角一体化发展),
 * and linking their repeats there lowered the sealed precision (links9, links12, links13: .873 → .860) though the
 * dev labels mark them — there only a short name said after the full one links (entities.ts shortsAfterFull), unless
 * the strategy is the report's own region's (ownRegionalStrategy below).
 */
export function knownNamesApply(ctx: RefContext): boolean {
  return ctx.meta.place === NATIONAL;
}

/** The provinces each regional strategy is about (entityTypes.json knownNameRegions), by the key of its name. */
const REGIONS_OF: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(data.knownNameRegions as Record<string, string[]>).map(([name, places]) => [name.replace(/、/g, ''), new Set(places)]),
);

/**
 * Whether a local report follows a regional strategy from part to part as its own programme: the strategy of the
 * report's own region (河北 2024's 京津冀协同发展, 安徽 2026's 中部地区崛起, 辽宁 2026's 东北全面振兴), which it reviews,
 * sets to work on and says again in later parts, unlike another region's strategy it names in passing.
 */
export function ownRegionalStrategy(ctx: RefContext, key: string): boolean {
  const own = ownPlace(ctx.meta.place);
  const places = REGIONS_OF.get(key);
  // A state-level new area is listed by its place (雄安), which ownPlace leaves with the 新 of 新区 (雄安新区 → 雄安新).
  // A district named with its city (保定市清苑区, 保定市满城区) is of that city's region: the region lists its
  // cities only, not every district of them (清苑 2020/2021, 满城 2020, outside src32). The place is the most specific
  // unit (清苑区, meta.ts), so the city is read where the title or the meeting names it before the place.
  // A county names no city in its title or meeting (涞水县第十六届人民代表大会): its province is looked up by its full
  // name in the division codes (placeProvinces.json), which every strategy's region lists.
  const province = (ctx.meta.place ? PROVINCE_OF.get(ctx.meta.place) : undefined) ?? PROVINCE_OF_STEM.get(own) ?? undefined;
  return own !== '' && places !== undefined && (places.has(own) || places.has(own.replace(/新$/u, '')) || (province !== undefined && places.has(province)) || citiesNamedWith(ctx, own).some((c) => places.has(c)));
}

/** The province of each city and county-level unit by its full name (placeProvinces.json, from the division codes). */
const PROVINCE_OF: ReadonlyMap<string, string> = new Map(Object.entries(placeData.provinces as Record<string, string[]>).flatMap(([province, places]) => places.map((p) => [p, province] as const)));

/**
 * The same by the name without its unit (ownPlace), where one province alone has it (null where two do): a county since
 * made a district, whose report names it by its unit of the time, is the same place (徐水县 2015, now 徐水区; 满城县,
 * 清苑县 — src32, outside), which the codes of today list only as the district.
 */
const PROVINCE_OF_STEM: ReadonlyMap<string, string | null> = (() => {
  const stems = new Map<string, string | null>();
  for (const [place, province] of PROVINCE_OF) {
    const stem = ownPlace(place);
    const was = stems.get(stem);
    stems.set(stem, was === undefined || was === province ? province : null);
  }
  return stems;
})();

/**
 * The cities the title or the meeting may name before the report's own place: the two and the three characters before
 * 市 (2021年保定市清苑区 → 保定, 年保定; 石家庄市…区 → 家庄, 石家庄), for the region's list to decide.
 */
function citiesNamedWith(ctx: RefContext, own: string): string[] {
  const cities: string[] = [];
  for (const said of [ctx.meta.title, ctx.meta.meeting]) {
    const at = said ? said.indexOf(`市${own}`) : -1;
    if (!said || at < 2) continue;
    for (const n of [2, 3]) if (at >= n && /^[\u4e00-\u9fff]+$/u.test(said.slice(at - n, at))) cities.push(said.slice(at - n, at));
  }
  return cities;
}

/** The keys of the known names every government carries out itself (entityTypes.json carriedEverywhere). */
const CARRIED: ReadonlySet<string> = new Set((data.carriedEverywhere as string[]).map((name) => name.replace(/、/g, '')));

/**
 * Whether a local report follows a known name from part to part as its own work: a campaign every government carries
 * out itself (消费品以旧换新, reviewed by the sales it drove and set to work again; 扫黑除恶), not a strategy of the
 * centre it joins in passing.
 */
export function carriedEverywhere(key: string): boolean {
  return CARRIED.has(key);
}

/**
 * Records one mention of a known name, written `written` at `at` of the paragraph — unless it opens a quoted name
 * that goes on past it (河北 2018: “双创双服”活动 is a campaign of its own, not 大众创业、万众创新).
 */
export function addKnownName(p: Paragraph, at: number, written: string, mentions: Map<string, Mention[]>): void {
  if (opensLongerQuote(p.text, at, at + written.length)) return;
  const key = KNOWN_WRITINGS.get(written) as string;
  const list = mentions.get(key) ?? [];
  list.push({ range: rangeIn(p, at, at + written.length), text: written, nested: false });
  mentions.set(key, list);
}
