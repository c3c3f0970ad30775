import data from '../lexicon/entityTypes.json';
import { comparePositions } from '../positions';
import type { Position } from '../types';
import type { Mention } from './mention';

/**
 * A region said in full once and later by its type word alone is said short: 粤港澳大湾区 … 大湾区, 雄安新区 … 新区.
 * The place that opens the name is what a report drops once the reader knows it. A type word said alone (`bare`,
 * only the words of entityTypes.json saidAlone: regions, and 主题教育, the one campaign a year has) that ends exactly
 * one of the names said before it is that name: its mentions join the full name's. Two names said before it that
 * both end with it (合肥都市圈, 南京都市圈 … 都市圈) leave it alone: the reader cannot tell which — unless the report
 * says one far more often than the others (`soleOwner`: 雄安新区 in a 河北 report that names 渤海新区 too). (Any later name
 * that ends an earlier one was tried too: 历史文化名城 after 国家历史文化名城, 遗址博物馆 after 双墩遗址博物馆 are
 * kinds of things, not that one.)
 * Names × bare words, and the bare words are at most the ten words of the saidAlone list: in practice linear in
 * the names.
 */
export function joinTails(mentions: Map<string, Mention[]>, bare: ReadonlyMap<string, Mention[]>, place: string | null = null): Map<string, Mention[]> {
  if (bare.size === 0) return mentions;
  // The names each bare word ends, with where each is first said on its own (not nested in another).
  const owners = new Map<string, Array<{ name: string; at: Position }>>();
  // The bare words once as an array: a key iterator per name was most of what this loop allocated.
  const words = [...bare.keys()];
  for (const [name, list] of mentions) {
    const first = list.find((m) => !m.nested);
    if (!first) continue;
    for (const word of words) {
      if (!endsAs(name, first.text, word)) continue;
      const known = owners.get(word);
      if (known) known.push({ name, at: first.range.start });
      else owners.set(word, [{ name, at: first.range.start }]);
    }
  }
  // Where names are said, by line: a type word said alone inside one is a piece of it (大湾区|国际科技创新中心,
  // 广州南沙大湾区文化体育中心), no short name.
  // Only the lines a bare word is said on are asked about: the names said elsewhere need no span.
  const spans = new Map<number, Array<[number, number]>>();
  for (const all of bare.values()) for (const m of all) spans.set(m.range.start.line, []);
  for (const list of mentions.values()) {
    for (const m of list) {
      const { start, end } = m.range;
      const line = spans.get(start.line);
      if (line === undefined) continue;
      line.push([start.character, end.line === start.line ? end.character : Number.MAX_SAFE_INTEGER]);
    }
  }
  const inName = (m: Mention): boolean => spans.get(m.range.start.line)?.some(([a, b]) => a <= m.range.start.character && b >= m.range.end.character) ?? false;
  for (const [word, all] of bare) {
    const list = all.filter((m) => !inName(m));
    const candidates = owners.get(word);
    if (list.length === 0 || !candidates) continue;
    const firstAt = (list[0] as Mention).range.start;
    const before = candidates.filter((o) => comparePositions(o.at, firstAt) < 0);
    const owner = soleOwner(before, mentions);
    // The report's own place said by its type word (大鹏新区's report: 新区走新路, 全新区) is the report speaking of
    // itself, not a name to follow back: a 新区 report says it dozens of times.
    // A name that ends with the place (深圳大鹏新区) is the place with its scope before it.
    if (owner === undefined || (place !== null && owner.endsWith(place))) continue;
    const target = mentions.get(owner) as Mention[];
    target.push(...list);
    target.sort((a, b) => comparePositions(a.range.start, b.range.start));
  }
  return mentions;
}

/** The other kinds a word said alone stands for (entityTypes.json aloneAlso: 自贸区 → 自贸试验区). */
const ALSO: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(data.aloneAlso));
/** The full writings of the clipped kinds (自贸试验区 → 自由贸易试验区): said so, a kind is said, not one zone. */
const FULL_KIND: ReadonlyMap<string, string> = new Map(Object.entries(data.typeClips).map(([full, clipped]) => [clipped, full]));

/**
 * Whether the name (keyed `name`, first written `text`) ends with the bare word or with a kind the word stands for
 * too (河北 2021: 中国（河北）自由贸易试验区, keyed 自贸试验区 once the country scope is off, … 自贸区). A name that is only
 * the kind, said as the kind is (推动自贸试验区提质增效), is no zone of the report's own, and owns no bare word.
 */
function endsAs(name: string, text: string, word: string): boolean {
  if (name.length > word.length && name.endsWith(word)) return true;
  for (const kind of ALSO.get(word) ?? []) {
    if (!name.endsWith(kind)) continue;
    if (name.length > kind.length || (text !== kind && text !== FULL_KIND.get(kind))) return true;
  }
  return false;
}

/**
 * Of the names said before a bare word that end with it, the one the reader takes it for: the only one, or one said
 * at least DOMINANT times as often as each other (河北 2023: 雄安新区 7 times, 渤海新区 twice — 落户新区 is 雄安's; 高阳
 * 2018: 雄安新区 15 times, so 与新区接壤 is too). Two said about as often (合肥都市圈, 南京都市圈) leave it alone.
 */
function soleOwner(before: ReadonlyArray<{ name: string }>, mentions: ReadonlyMap<string, Mention[]>): string | undefined {
  if (before.length <= 1) return before[0]?.name;
  const counts = before.map((o) => ({ name: o.name, n: mentions.get(o.name)?.length ?? 0 })).sort((a, b) => b.n - a.n);
  const [top, next] = counts as [{ name: string; n: number }, { name: string; n: number }];
  return top.n >= DOMINANT * next.n ? top.name : undefined;
}

/** How many times as often as any other the name a bare word stands for is said. */
const DOMINANT = 3;

/** Two names that end alike over this many characters or more may be one name said with two scopes. */
const MIN_SHARED = 8;

/**
 * One name said with two scopes before it (国家首批|数据要素综合试验区 … 辽宁|数据要素综合试验区): names that end
 * alike over MIN_SHARED characters or more are one name when what each says before the shared end is only a scope
 * (`isScope`: ordinary words, a batch, the report's own place, or nothing). Two places (沈阳|国家级数据标注基地,
 * 大连|…) make two things. The mentions join the name said first. (A short name with a scope said before it
 * elsewhere, 国家|中欧班列, was tried: it joined kinds of things, 全国|社会保障基金.) Linear in the names, grouped by
 * their last MIN_SHARED characters.
 */
export function joinScoped(mentions: Map<string, Mention[]>, isScope: (head: string) => boolean): Map<string, Mention[]> {
  const merge = (keep: string, other: string): void => {
    const target = mentions.get(keep);
    const list = mentions.get(other);
    if (!target || !list || keep === other) return;
    target.push(...list);
    target.sort((a, b) => comparePositions(a.range.start, b.range.start));
    mentions.delete(other);
  };
  // Two scopes before one long end.
  const groups = new Map<string, string[]>();
  for (const name of mentions.keys()) {
    if (name.length < MIN_SHARED || !firstOwn(mentions.get(name))) continue;
    const end = name.slice(name.length - MIN_SHARED);
    const group = groups.get(end);
    if (group) group.push(name);
    else groups.set(end, [name]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const [first, ...rest] = group.filter((n) => mentions.has(n)).sort((a, b) => comparePositions((firstOwn(mentions.get(a)) as Mention).range.start, (firstOwn(mentions.get(b)) as Mention).range.start));
    if (!first) continue;
    for (const other of rest) {
      const shared = sharedEnd(first, other);
      if (isScope(first.slice(0, first.length - shared)) && isScope(other.slice(0, other.length - shared))) merge(first, other);
    }
  }
  return mentions;
}

/**
 * A name's first own mention (not one nested in a longer name). Module functions, not closures made per call: V8 drops a
 * per-call closure's optimised code at each full GC and compiles it again on the next analysis (perf42, `--trace-opt`).
 */
function firstOwn(list: readonly Mention[] | undefined): Mention | undefined {
  if (list) for (const m of list) if (!m.nested) return m;
  return undefined;
}

/** The first own mention read before the joins, of a name not joined away since. */
function firstStill(mentions: ReadonlyMap<string, Mention[]>, firsts: ReadonlyMap<string, Mention | undefined>, name: string): Mention | undefined {
  return mentions.has(name) ? firsts.get(name) : undefined;
}

function sharedEnd(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** A name said short by its end is at least this long (双城经济圈, 中关村科技园). */
const MIN_ENDING = 5;

/** How joinEndings tells a name said short by its end (entities.ts gives it the lexicon's tests). */
export interface EndingTests {
  /** Whether a name may be said short by its end: a specific modifier before its type word (双城|经济圈). */
  readonly isSpecific: (name: string) => boolean;
  /** Whether what the full name says before the end is only its scope (joinScoped's test): then the two are two things. */
  readonly isScope: (head: string) => boolean;
  /** Whether a mention is said right after 等 (武王墩等|遗址博物馆): the kind a list's items share. */
  readonly afterList: (m: Mention) => boolean;
  /** The event a name is one edition of (第十六届全运会 → 全运会): an end shorter than MIN_ENDING that still says it. */
  readonly editionOf: (name: string) => string | undefined;
  /** Whether a name is an event named on its own (全运会): specific though nothing stands before its type word. */
  readonly isEvent: (name: string) => boolean;
}

/** A hash of a name's last MIN_ENDING code units (the name has that many at least). */
function endingHash(name: string): number {
  let h = 0;
  for (let k = name.length - MIN_ENDING; k < name.length; k++) h = (Math.imul(h, 31) + name.charCodeAt(k)) | 0;
  return h;
}

/**
 * A name said in full and later by its end alone (成渝地区双城经济圈 … 双城经济圈, 华北电力大学燕赵电力实验室 …
 * 燕赵电力实验室, 河北高阳经济开发区 … 高阳经济开发区, 夏季达沃斯论坛 … 达沃斯论坛): the end is that name said short
 * when it is a name itself (a specific modifier before its type word), first said after the full name, and the end of
 * no other name. What the full name drops must say which one — a place, an owner, an edition (河北, 华北电力大学,
 * 首届) — not a scope or a level (国家|历史文化名城, 国家级|产业协作园区, 年度|民生实事工程 are classes of which the report
 * names one, and the end said alone means the class). An event named on its own, after its edition, is such an end
 * however short (第十六届全运会 … 全运会: editions.ts). Every name is cut at each of its ends once (a map from ends to
 * the names ending so). Only ends that are names themselves are ever asked for, and such an end shares its last
 * MIN_ENDING characters with the name it ends: names are grouped by those, one cut per name, and a name is compared
 * with its group only (every end of every name cut was most of what this step allocated). Linear in the names.
 */
export function joinEndings(mentions: Map<string, Mention[]>, tests: EndingTests): Map<string, Mention[]> {
  // Each name's first own mention, read once: a list only ever gains mentions said after its first own one (an end
  // joins its owner only when said first after the owner's first), so it stays; a name joined away has none.
  const firsts = new Map<string, Mention | undefined>();
  for (const [name, list] of mentions) firsts.set(name, firstOwn(list));
  // Names by a hash of their last MIN_ENDING characters (no string cut per name): a name that ends with another has
  // the same last characters, so it is in that one's group; a group's other names fail the endsWith below.
  const byLast = new Map<number, string[]>();
  for (const name of mentions.keys()) {
    if (name.length < MIN_ENDING) continue;
    const last = endingHash(name);
    const group = byLast.get(last);
    if (group) group.push(name);
    else byLast.set(last, [name]);
  }
  const owners = new Map<string, string[]>();
  const add = (end: string, name: string): void => {
    const list = owners.get(end);
    if (list) list.push(name);
    else owners.set(end, [name]);
  };
  for (const name of mentions.keys()) {
    if (!firstStill(mentions, firsts, name)) continue;
    // Each shorter name this one ends with (of MIN_ENDING characters or more) is an end of it.
    if (name.length > MIN_ENDING) for (const end of byLast.get(endingHash(name)) as string[]) if (end.length < name.length && name.endsWith(end)) add(end, name);
    // An edition of an event (第十六届全运会) is said short by the event's name (全运会), however short.
    const event = tests.editionOf(name);
    if (event !== undefined && event.length < MIN_ENDING) add(event, name);
  }
  for (const name of mentions.keys()) {
    const own = owners.get(name);
    const list = mentions.get(name) as Mention[];
    const first = firstStill(mentions, firsts, name);
    if (own?.length !== 1 || !first || list.every(tests.afterList) || !(tests.isSpecific(name) || tests.isEvent(name))) continue;
    const owner = own[0] as string;
    const head = owner.slice(0, owner.length - name.length);
    const ownerFirst = firstStill(mentions, firsts, owner);
    if (tests.isScope(head) || head.includes('级') || !ownerFirst || comparePositions(ownerFirst.range.start, first.range.start) >= 0) continue;
    const target = mentions.get(owner) as Mention[];
    target.push(...list);
    target.sort((a, b) => comparePositions(a.range.start, b.range.start));
    mentions.delete(name);
  }
  return mentions;
}
