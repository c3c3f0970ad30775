import data from '../lexicon/namedSiblings.json';
import placeData from '../lexicon/placeProvinces.json';
import { boundedMemo } from '../memo';
import { charTable } from '../text/charSet';
import type { Paragraph } from '../text/paragraphs';
import { POLICY_TERMS } from '../terms/lexicon';
import { comparePositions } from '../positions';
import { rangeIn } from './context';
import type { Mention } from './mention';
import { TYPES, isListItem } from './modifiers';
import { nameStarts, startsAfterBoundary, verbStartsAt, wordEndsAt } from './nameStart';
import { ownPlace } from './scope';

/** A list item learned as a name is this long at least (林长制 is three) and at most (溶洞垃圾污染治理 is eight). */
const MIN_ITEM = 3;
const MAX_ITEM = 10;
/** A known name beside it is this long at least: two characters (前海, 南沙) are as often a field as a name. */
const MIN_SIBLING = 3;
/** Said more often than this, the item is the report's ordinary vocabulary, whatever list it stood in. */
const MAX_SAID = 6;
/** At most this many items are learned per report (a bound for huge inputs; a report has a handful). */
const MAX_LEARNED = 200;
/** The policy dictionary's terms (terms/policyTerms.json): fields and policies a report pursues, no named thing. */
const POLICY: ReadonlySet<string> = new Set(POLICY_TERMS);
/**
 * The provinces, cities and county-level units by their full names and without their unit (石家庄市, 石家庄; 曹妃甸区):
 * a place said bare, which the links README never marks (src32 河北省-2011 and 河北省-2024 list their cities beside
 * the zones they hold).
 */
const PLACES: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  for (const [province, places] of Object.entries(placeData.provinces as Record<string, string[]>)) {
    out.add(province);
    for (const place of places) {
      out.add(place);
      const stem = ownPlace(place);
      if (stem.length >= 2) out.add(stem);
    }
  }
  return out;
})();
/** Whether a name is a place said bare (PLACES): the README marks no bare place; representativeFirms.ts asks too. */
export function isBarePlace(name: string): boolean {
  return PLACES.has(name);
}
/** The last characters of places and of plain geography (namedSiblings.json): 张盆村, 白洋淀. */
const PLACE_ENDS: ReadonlySet<number> = new Set([...data.placeEnds, ...data.geographyEnds].map((c) => c.charCodeAt(0)));
/** Prepositions a clause's words open with (以企业): namedSiblings.json. */
const OPENERS: ReadonlySet<number> = new Set(data.openers.map((c) => c.charCodeAt(0)));
/** What ends a clause, and so a list: a list's items never run over these. */
const CLAUSE_MARKS: Uint8Array = charTable('，。；：！？,;:!?()（）');
const ENUMERATION = 0x3001; // 、
const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;
const ETC = '等'.charCodeAt(0);
/** Characters no named item holds: they join items (和, 及, 与, 或), say whose (的) or count (个, 项, 批). */
const NOT_IN_ITEM: ReadonlySet<number> = new Set([...'和及与或的个项批等'].map((c) => c.charCodeAt(0)));

/**
 * A list item with no type word, said beside a name the report says again (平江片区、道前片区、虎丘地区综合改造等古城保护
 * 重大项目 — the dev seed; 职教中心、腰山中学 — src32 顺平县-2008; 三利集团、永亮公司、…、上海今迈 — 高阳县-2017; 国际医疗
 * 基地、环城水系二期 — 保定市-2025, outside), is one of the named things the list counts: a project, a school, a firm, a
 * road said by its own name. Said again exactly, as a whole item or a clause's thing, it links to its first mention, as
 * the links README asks of a proper name that recurs. Learned only where a neighbour says what the list is, and only
 * an item that is no ordinary phrase (isListItem: opening with no generic word, holding no type word; no policy term,
 * no place, no clause's words), said at most MAX_SAID times. Not words in quotes as the neighbour: a slogan (“三农”,
 * “水润南粤”) stands beside fields and policies as often as a name does (national 2005 and 2016, 广东 2026 — dev). Linear:
 * one walk over each paragraph's clauses holding a 、, one indexOf walk per learned item.
 */
export function addNamedSiblings(paragraphs: readonly Paragraph[], mentions: Map<string, Mention[]>): void {
  const names = knownTexts(mentions);
  if (names.size === 0) return;
  const learned = new Set<string>();
  for (const p of paragraphs) {
    if (learned.size >= MAX_LEARNED) break;
    if (p.text.indexOf('、') < 0) continue;
    for (const list of listsOf(p.text, names)) {
      // An item the policy dictionary names (乡村振兴, 城市更新) makes the list one of policies, as its other items are
      // (推动协同发展、创新驱动、乡村振兴、城市更新、安全发展 — src32 保定市-2023, outside: 协同发展 is 京津冀协同发展 said
      // short, no evidence of a name), as firmLists.ts reads its lists.
      if (!list.some((item) => names.has(item)) || list.some((item) => POLICY.has(item))) continue;
      for (const item of list) if (learned.size < MAX_LEARNED && !names.has(item) && isCandidate(item) && !mentions.has(item)) learned.add(item);
    }
  }
  for (const item of learned) {
    const found: Mention[] = [];
    for (const p of paragraphs) {
      const text = p.text;
      for (let at = text.indexOf(item); at >= 0 && found.length <= MAX_SAID; at = text.indexOf(item, at + item.length)) {
        if (standsAlone(text, at, at + item.length)) found.push({ range: rangeIn(p, at, at + item.length), text: item, nested: false });
      }
      if (found.length > MAX_SAID) break;
    }
    if (found.length < 2 || found.length > MAX_SAID) continue;
    found.sort((a, b) => comparePositions(a.range.start, b.range.start));
    mentions.set(item, found);
  }
}

/**
 * The names the report says again (two mentions or more, by any step before this one), MIN_SIBLING characters or more:
 * a name said once may be any reading of a type word's modifier (村容村貌提升, 土地整理 — src32 徐水区-2019; 景区游客接待
 * 中心 beside 停车场、步游路、标识标牌 — 唐县-2020, outside), no evidence of what its neighbours are.
 */
function knownTexts(mentions: ReadonlyMap<string, readonly Mention[]>): KnownNames {
  const out = new Set<string>() as KnownNames;
  const ends = new Set<number>();
  const add = (name: string): void => {
    if (name.length < MIN_SIBLING) return;
    out.add(name);
    ends.add(lastTwo(name, name.length));
  };
  mentions.forEach((list, key) => {
    if (list.length < 2) return;
    add(key);
    for (const m of list) add(m.text);
  });
  out.ends = ends;
  return out;
}

/** The known names, with the last two characters of each (a pre-test on where a list's first item ends). */
type KnownNames = Set<string> & { ends: ReadonlySet<number> };

/** The two characters before `end`, as one number. */
function lastTwo(text: string, end: number): number {
  return text.charCodeAt(end - 2) * 0x10000 + text.charCodeAt(end - 1);
}

/** Whether an item may be a name of its own: Han characters only, of a name's length, no ordinary phrase. */
function isCandidate(item: string): boolean {
  if (item.length < MIN_ITEM || item.length > MAX_ITEM) return false;
  for (let k = 0; k < item.length; k++) {
    const c = item.charCodeAt(k);
    if (c < 0x4e00 || c > 0x9fff || NOT_IN_ITEM.has(c)) return false;
  }
  // A place (石家庄, 张盆村, 白洋淀) is no named thing the README marks; a verb or a preposition opening it (以企业) makes
  // the item a clause's words.
  if (isBarePlace(item) || PLACE_ENDS.has(item.charCodeAt(item.length - 1)) || OPENERS.has(item.charCodeAt(0))) return false;
  if (verbStartsAt(item, 0)) return false;
  return !POLICY.has(item) && isListItem(item);
}

/** A 、-clause of a paragraph, out of quotes: where it starts, where its first item ends, its other items. */
interface ListClause {
  readonly start: number;
  readonly firstEnd: number;
  readonly rest: readonly string[];
  /** The first item, once read (null: its start cannot be told); read only where a known name may be it. */
  first?: string | null;
}

/**
 * The 、-clauses of a paragraph, remembered by its text (perf44, as entities.ts remembers its body scan): a paragraph
 * the report said in an earlier analysis is not walked again, nor its first item read again. The other items are read
 * up front: each is a slice.
 */
const clausesOf = boundedMemo((text: string): ListClause[] => {
  const out: ListClause[] = [];
  let k = text.indexOf('、');
  while (k >= 0) {
    // The clause holding this 、: back to its start, then forward over its items.
    let start = k;
    while (start > 0 && CLAUSE_MARKS[text.charCodeAt(start - 1)] !== 1) start--;
    const seps: number[] = [];
    let end = k;
    for (; end < text.length && CLAUSE_MARKS[text.charCodeAt(end)] !== 1; end++) if (text.charCodeAt(end) === ENUMERATION) seps.push(end);
    // A list in quotes (“不忘初心、牢记使命”, “品质生活新区、善美活力满城”) is a slogan's parts or a term's (terms.ts).
    if (!quoteWithin(text, start, end)) {
      const rest: string[] = [];
      for (let i = 0; i + 1 < seps.length; i++) rest.push(text.slice((seps[i] as number) + 1, seps[i + 1]));
      const lastStart = (seps[seps.length - 1] as number) + 1;
      const lastEnd = lastItemEnd(text, lastStart, end);
      if (lastEnd > lastStart) rest.push(text.slice(lastStart, lastEnd));
      out.push({ start, firstEnd: seps[0] as number, rest });
    }
    k = text.indexOf('、', end);
  }
  return out;
}, 4096);

/**
 * The lists of a paragraph, each as its items: the words between 、 within one clause, the first read back from its 、
 * to where a name may start (持续实施|平江片区), the last up to 等 (虎丘地区综合改造|等) or to the clause's end. Items whose
 * ends cannot be told are left out of the list, not guessed. A list none of whose items is a known name is given
 * without its first item (its caller reads only lists beside a name): where no other item is one, the first item's
 * start (nameStarts, the walk's dearest step — perf44: 3 % of the reference stage on the seed) is read only where a
 * known name ends with the two characters before the first 、.
 */
function listsOf(text: string, names: KnownNames): string[][] {
  const lists: string[][] = [];
  for (const clause of clausesOf(text)) {
    const { start, firstEnd, rest } = clause;
    const items: string[] = [];
    if ((firstEnd - start >= MIN_SIBLING && names.ends.has(lastTwo(text, firstEnd))) || rest.some((item) => names.has(item))) {
      if (clause.first === undefined) {
        const first = nameStarts(text, firstEnd).at(-1);
        clause.first = first !== undefined && first >= start && startsAfterBoundary(text, first) ? text.slice(first, firstEnd) : null;
      }
      if (clause.first !== null) items.push(clause.first);
    }
    items.push(...rest);
    if (items.length >= 2) lists.push(items);
  }
  return lists;
}

/**
 * Where a list's last item ends: at 等 within MAX_ITEM, or at the clause's end; -1 otherwise. Where a verb would end it
 * (湾区认证|实施领域) the words after it may be the item's own (七里山塘全线贯通工程): not guessed.
 */
function lastItemEnd(text: string, start: number, clauseEnd: number): number {
  const limit = Math.min(clauseEnd, start + MAX_ITEM);
  for (let e = start + 1; e < limit; e++) if (text.charCodeAt(e) === ETC) return e;
  return clauseEnd <= start + MAX_ITEM ? clauseEnd : -1;
}

/** Whether a quotation mark stands between `from` and `to`. */
function quoteWithin(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (QUOTES[text.charCodeAt(k)] === 1) return true;
  return false;
}
const QUOTES: Uint8Array = charTable('“”"');

/**
 * Whether the words from `at` to `end` are said as a whole item or a clause's thing: after a boundary or a verb
 * (推进|虎丘地区综合改造), and before punctuation, a list's 、 or 等, or a conjunction — not before more words of a longer
 * name (正迪欢乐世界文化|创意园, 红色记忆|·冉庄文旅特色小镇), a figure (建筑面积|20万平方米) or a verb whose object it
 * would open (决胜全面|建成小康社会).
 */
function standsAlone(text: string, at: number, end: number): boolean {
  const before = at === 0 || text.charCodeAt(at - 1) === ENUMERATION || startsAfterBoundary(text, at);
  if (!before) return false;
  if (end >= text.length || ITEM_ENDS.has(text.charCodeAt(end))) return true;
  return !isDigitCode(text.charCodeAt(end)) && wordEndsAt(text, end) && !typeWordAhead(text, end);
}

/** How far after a mention a type word is looked for: a longer name's rest (创意园, 农文旅融合示范区) is that short. */
const AHEAD = 6;

/** Whether a type word stands in the words right after `end`, before punctuation: the mention opens a longer name. */
function typeWordAhead(text: string, end: number): boolean {
  let stop = end;
  while (stop < text.length && stop < end + AHEAD && CLAUSE_MARKS[text.charCodeAt(stop)] !== 1 && text.charCodeAt(stop) !== ENUMERATION) stop++;
  return stop > end && TYPES.matches(text.slice(end, stop)).length > 0;
}
/** What may follow a whole item: punctuation, 、, 等, a conjunction, a closing bracket or quote. */
const ITEM_ENDS: ReadonlySet<number> = new Set([...'、等和及与，。；：！？,;:!?）)”'].map((c) => c.charCodeAt(0)));
