import data from '../lexicon/entityTypes.json';
import type { Paragraph } from '../text/paragraphs';
import type { OutlineNode, Reference } from '../types';
import type { RefContext } from './context';
import { blockNodes, inNodes, rangeIn } from './context';
import { WordTrie } from './wordTrie';
import { nameStarts, startsAfterBoundary, verbStartsAt } from './nameStart';
import { mergeVariants } from './variants';
import type { EntityMentions, Mention } from './mention';
import { comparePositions } from '../positions';
import { KNOWN_WRITINGS, addKnownName, knownNamesApply } from './knownNames';
import { listedNames } from './listedNames';
import { joinScoped, joinTails } from './tails';

const TYPES = new WordTrie(data.types);
/** The type words and the known names' writings (knownNames.ts): one pass over a paragraph finds both. */
const SCAN = new WordTrie([...data.types, ...KNOWN_WRITINGS.keys()]);
const TYPE_WORDS: ReadonlySet<string> = new Set(data.types);
const GENERIC = new Set([...data.genericModifiers, ...data.aloneKinds]);
/** The ordinary modifiers as a trie: the longest one at an offset in one walk. */
const GENERIC_TRIE = new WordTrie(data.genericModifiers);
const STANDALONE: ReadonlySet<string> = new Set(data.standaloneNames);
/** Type words of a region a report has one of (大湾区, 都市圈): said alone, they are that one said short. */
const SAID_ALONE: ReadonlySet<string> = new Set(data.saidAlone);

export type { EntityMentions, Mention } from './mention';

interface TypeMatch {
  readonly p: Paragraph;
  readonly end: number;
  /** Possible starts, longest first, each giving a proper name. */
  readonly starts: number[];
  /** The nearest start, where the name starts unless a longer reading recurs; absent when it gives no name. */
  readonly fallback?: number;
}

/**
 * Candidate names of the body: a compound ending in a type word (entityTypes.json) whose modifier is not an ordinary
 * one. Where a name starts is read backwards from its type word (nameStart.ts): at the nearest verb, unless a longer
 * reading over that verb recurs in the report (服务业扩大开放综合试点, 优化营商环境创新行动), which is then the name.
 */
export function collectEntityMentions(ctx: RefContext): EntityMentions {
  // A glossary defines names; an annex (2026年省十件民生实事) says them again as the body does.
  const blocks = blockNodes(ctx.outline).filter((n) => n.kind === 'glossary');
  const byParagraph: TypeMatch[][] = [];
  const readings = new Map<string, number>();
  /** Mentions of the known names (national report only), merged into the names below. */
  const known = knownNamesApply(ctx) ? new Map<string, Mention[]>() : undefined;
  /** Type words that may end a list of names sharing them (…、…等实验室), read by listedNames.ts. */
  const listed: Array<{ p: Paragraph; at: number; type: string }> = [];
  /** Type words said alone, with nothing before them (大湾区): names said short, maybe (tails.ts). */
  const bare = new Map<string, Mention[]>();
  for (let i = ctx.bodyStart; i < ctx.bodyEnd; i++) {
    const p = ctx.paragraphs[i] as Paragraph;
    if (inNodes(p.segments[0]?.line ?? 0, blocks)) continue;
    const matches: TypeMatch[] = [];
    for (const [at, type] of SCAN.matches(p.text)) {
      if (KNOWN_WRITINGS.has(type)) {
        if (known) addKnownName(p, at, type, known);
        continue;
      }
      const end = at + type.length;
      if (p.text[at - 1] === '等' || enumeratedBefore(p.text, at)) listed.push({ p, at, type });
      const found = nameStarts(p.text, at);
      const nearest = found[found.length - 1] as number;
      // After a quantity word (一批) a name may start; such a start stands only where its reading is said elsewhere
      // too (再建设一批国家自主创新示范区 after 扩大国家自主创新示范区): it adds no reading and is never the fallback.
      const quantity = quantityStarts(p.text, found, at);
      const all = quantity.length === 0 ? found : found.flatMap((s) => [s, ...quantity.filter((q) => q.from === s).map((q) => q.start)]);
      // A longer reading over a verb must name something specific (服务业扩大开放综合试点), not a kind of thing
      // (社区党群服务中心: 社区 and 服务 are ordinary words, 党群 alone is too little). The nearest reading may be no
      // name at all (创新|行动) while a longer one is (优化营商环境创新行动): it stands when it recurs.
      const starts = all.filter((s) => isName(p.text.slice(s, at), p.text, s, end) && (s === nearest || specificLength(p.text.slice(s, at)) >= MIN_SPECIFIC_READING));
      // A type word that is a whole name on its own (冬残奥会, 进博会) names the event where nothing specific precedes it.
      if (starts.length === 0 && STANDALONE.has(type)) starts.push(at);
      if (starts.length === 0) {
        // Said alone (大湾区 after 粤港澳大湾区), a long type word may be a name said short (tails.ts).
        if (nearest === at && SAID_ALONE.has(type)) addMention(bare, type, { range: rangeIn(p, at, end), text: type, nested: false });
        continue;
      }
      for (const s of starts) {
        if (quantity.some((q) => q.start === s)) continue;
        const reading = p.text.slice(s, end);
        readings.set(reading, (readings.get(reading) ?? 0) + 1);
      }
      const last = starts[starts.length - 1] as number;
      matches.push({ p, end, starts, ...(last === nearest || last === at ? { fallback: last } : {}) });
    }
    if (matches.length > 0) byParagraph.push(matches);
  }
  countQualifiedReadings(byParagraph, readings);
  const mentions = new Map<string, Mention[]>();
  for (const { p, at, type } of listed) listedNames(p, at, type, isListItem, mentions);
  for (const matches of byParagraph) {
    // Candidates of this paragraph. Of two that start at the same place, the shorter is nested in the longer (国际铁路
    // in 国际铁路物流中心; 苏州自贸片区 in 苏州自贸片区联动创新区): both are recorded, and a name only ever seen nested
    // is no name (below).
    const found: Array<{ p: Paragraph; start: number; end: number; within?: number }> = [];
    for (const { p, end, starts, fallback } of matches) {
      const start = starts.find((s) => (readings.get(p.text.slice(s, end)) ?? 0) >= 2) ?? fallback;
      if (start === undefined) continue;
      // Every shorter candidate starting at the same place is nested in this one.
      for (let k = found.length - 1; k >= 0 && (found[k] as { start: number }).start === start; k--) (found[k] as { within?: number }).within = end;
      found.push({ p, start, end });
    }
    for (const { p, start, end, within } of found) {
      const name = p.text.slice(start, end);
      const list = mentions.get(name) ?? [];
      list.push({ range: rangeIn(p, start, end), text: name, nested: within !== undefined, ...(within !== undefined ? { within: p.text.slice(start, within) } : {}) });
      mentions.set(name, list);
    }
  }
  addNumberedLines(ctx, blocks, mentions);
  addEventClips(ctx, blocks, mentions);
  if (known) for (const [key, list] of known) mentions.set(key, [...(mentions.get(key) ?? []), ...list]);
  const place = ownPlace(ctx.meta.place);
  // A level or a rank (省级, 县级, 国家级, 重点) says which class of things, not where: 省级零碳园区 is no 零碳园区 of before.
  const isScopeHead = (head: string): boolean =>
    !LEVEL.test(head) && (head === '' || head === place || onlyGeneric(head) || QUANTITY_HEAD.test(head) || (place !== '' && head.startsWith(place) && onlyGeneric(head.slice(place.length))));
  return joinScoped(joinTails(mergeVariants(mergeQualified(mergeSuffixes(mentions))), bare), isScopeHead);
}

/** An event said by its clipped name (数博会, 辽洽会, 园博会): one character, then a clipped kind of fair. */
const EVENT_CLIP = /[\u4e00-\u9fff](?:博会|洽会|交会|贸会)/g;

/**
 * Clipped names of fairs and expos are names on their own (贵州: 创新办好数博会、酒博会; 辽宁: 第六届中国辽洽会 …
 * 第七届中国辽洽会), whatever precedes them: each is keyed by its three characters. The clips entityTypes.json
 * already knows (进博会, 服贸会) and the type words they end (世博会 of 上海世博会) are left to the type-word scan.
 */
function addEventClips(ctx: RefContext, blocks: readonly OutlineNode[], mentions: Map<string, Mention[]>): void {
  for (let i = ctx.bodyStart; i < ctx.bodyEnd; i++) {
    const p = ctx.paragraphs[i] as Paragraph;
    if (!p.text.includes('会') || inNodes(p.segments[0]?.line ?? 0, blocks)) continue;
    for (const m of p.text.matchAll(EVENT_CLIP)) {
      const clip = m[0];
      if (TYPE_WORDS.has(clip) || TYPE_WORDS.has(clip.slice(1))) continue;
      const list = mentions.get(clip) ?? [];
      list.push({ range: rangeIn(p, m.index, m.index + clip.length), text: clip, nested: false });
      mentions.set(clip, list);
    }
  }
}

/** A numbered line of a transit system (轨道交通5号线, 6号线, S1线), with the system's name when it is said. */
const NUMBERED_LINE = /(?:轨道交通|轨道|地铁|城轨|市域铁路)?((?:[A-Z]\d{0,2}|\d{1,2})号线|[A-Z]\d{1,2}线)/g;

/**
 * Numbered lines are proper names a type word cannot find (a number stops a name's modifier): 轨道交通5号线 and
 * 5号线 are mentions of one line, keyed by its number, in document order with the other names. A bare number line
 * is a transit line only where the report also lists it after one that names its system (轨道交通5号线、6号线和S1线):
 * alone, 1号线 may be a production line.
 */
function addNumberedLines(ctx: RefContext, blocks: readonly OutlineNode[], mentions: Map<string, Mention[]>): void {
  const found: Array<{ key: string; mention: Mention }> = [];
  const listed = new Set<string>();
  for (let i = ctx.bodyStart; i < ctx.bodyEnd; i++) {
    const p = ctx.paragraphs[i] as Paragraph;
    if (!p.text.includes('线') || inNodes(p.segments[0]?.line ?? 0, blocks)) continue;
    let listEnd = -1;
    let inList = false;
    for (const m of p.text.matchAll(NUMBERED_LINE)) {
      // Part of a longer code or number (G1512线, 2035号线) is no line's name.
      if (/[A-Za-z\d]/.test(p.text[m.index - 1] ?? '')) continue;
      const key = m[1] as string;
      const chained = m.index === listEnd || (m.index === listEnd + 1 && /[、和及与]/.test(p.text[listEnd] ?? ''));
      inList = m[0] !== key || (inList && chained);
      listEnd = m.index + m[0].length;
      if (inList) listed.add(key);
      found.push({ key, mention: { range: rangeIn(p, m.index, listEnd), text: m[0], nested: false } });
    }
  }
  for (const { key, mention } of found) {
    if (!listed.has(key)) continue;
    const list = mentions.get(key) ?? [];
    list.push(mention);
    mentions.set(key, list);
  }
}

/** Words that count or sort what follows (再建设一批|国家自主创新示范区): a name starts after them, never with them. */
const QUANTITY = /^(?:一大批|一批批|一批|一系列|若干|各类|多个|一些)/;

/** Starts right after a quantity word that opens a possible start (from), before the type word at `at`. */
function quantityStarts(text: string, starts: readonly number[], at: number): Array<{ from: number; start: number }> {
  const out: Array<{ from: number; start: number }> = [];
  for (const s of starts) {
    // Only 一, 各, 若 and 多 open a quantity word: other starts are passed without cutting a string.
    const c = text.charCodeAt(s);
    if (c !== 0x4e00 && c !== 0x5404 && c !== 0x82e5 && c !== 0x591a) continue;
    const q = QUANTITY.exec(text.slice(s, s + 3))?.[0].length ?? 0;
    if (q > 0 && s + q < at && !starts.includes(s + q)) out.push({ from: s, start: s + q });
  }
  return out;
}

/** A quantity or a batch said before a name (首批, 一批, 国家首批): what is counted, not which. */
const QUANTITY_HEAD = /^(?:国家|全国)?(?:首批|第[一二三四五六七八九十\d]+批|一批|新一批)$/;
const LEVEL = /级|重点/;

/** The report's own place as its names say it: 辽宁 of 辽宁省, 广州 of 广州市 (empty when unknown or national). */
function ownPlace(place: string | null): string {
  if (!place || place === '全国') return '';
  return place.replace(/(?:维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市|区|县|盟|旗)$/, '');
}

function addMention(mentions: Map<string, Mention[]>, key: string, mention: Mention): void {
  const list = mentions.get(key);
  if (list) list.push(mention);
  else mentions.set(key, [mention]);
}

/** A name is at least this long to absorb the longer candidates that end with it. */
const MIN_SUFFIX_NAME = 4;
const COUNTED = /[\d二两三四五六七八九十百千几][个家座所处条批]$/;
const PLACE_SUFFIX = /^[市县](?![区场级域乡])/;
const NUMBERED = /^[一二三四五六七八九十两百千\d]+[大个项条种批类]/;
const RESULTATIVE = /^[\u4e00-\u9fff]{1,2}[好实足活亮强优大]$/;

/**
 * Where a verb the dictionary does not know stands before a name (用好北京冬奥会), the candidate runs too far back; the
 * same name seen on its own elsewhere (精彩的北京冬奥会) tells where it starts. A candidate that ends with another
 * candidate is that candidate, its range trimmed to it. Linear in the number of candidates times their length.
 */
function mergeSuffixes(mentions: Map<string, Mention[]>): Map<string, Mention[]> {
  for (const [name, list] of [...mentions]) {
    let suffix: string | undefined;
    // A resultative verb is two or three characters (用好, 做大做强's 做强): only those prefixes are tried.
    for (let i = 2; i <= 3 && i + MIN_SUFFIX_NAME <= name.length; i++) {
      const tail = name.slice(i);
      // Only a resultative verb (用好, 办实, 用足, 盘活, 做亮, 做强) the dictionary lacks: an ordinary modifier (政府融资平台) makes
      // another name.
      if (!RESULTATIVE.test(name.slice(0, i))) continue;
      if (mentions.get(tail)?.some((m) => !m.nested)) {
        suffix = tail;
        break;
      }
    }
    if (!suffix) continue;
    const cut = name.length - suffix.length;
    const target = mentions.get(suffix) as Mention[];
    // A name split over lines keeps its range as it is (its start cannot be moved within one line).
    for (const m of list) target.push(m.range.start.line === m.range.end.line ? { ...m, text: suffix, range: { start: { line: m.range.start.line, character: m.range.start.character + cut }, end: m.range.end } } : m);
    mentions.delete(name);
  }
  for (const list of mentions.values()) list.sort((a, b) => comparePositions(a.range.start, b.range.start));
  return mentions;
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
function countQualifiedReadings(byParagraph: readonly TypeMatch[][], readings: Map<string, number>): void {
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
function mergeQualified(mentions: Map<string, Mention[]>): Map<string, Mention[]> {
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

/**
 * Named programmes, platforms, projects and zones that recur without quotation marks (材料科学姑苏实验室, 沪苏湖铁路,
 * 苏州自贸片区), mentioned twice or more: every later mention points at the first.
 */
export function findEntityReferences(mentions: EntityMentions): Reference[] {
  const out: Reference[] = [];
  // A mention inside a longer name that itself recurs (太仓港 in 太仓港疏港铁路专用线) is a mention of that longer
  // name: the reader follows the longer one. Inside a name said once (东山组团 in 东山组团雨水排放工程) it still
  // stands for itself.
  const recurs = (name: string | undefined): boolean => name !== undefined && (mentions.get(name)?.length ?? 0) >= 2;
  for (const [name, list] of mentions) {
    const own = list.filter((m) => !recurs(m.within));
    // Only ever seen inside one longer name, it is a piece of that name; inside two different ones (纪念园 of
    // …纪念园抗战遗址设施工程 and …纪念园抗战遗址保护工程) it is what both are about.
    if (own.length < 2 || (own.every((m) => m.nested) && own.every((m) => m.within === own[0]?.within))) continue;
    const first = list[0] as Mention;
    for (const m of list.slice(1)) {
      // Said again as it is written in the paragraph that first says it (秦沈高速一期…秦沈高速), the name is in view: no
      // link to follow. Said another way there (自由贸易试验区 … 自贸试验区), the reader may still want to know what it is.
      if (recurs(m.within) || (m.range.start.line === first.range.start.line && m.text === first.text)) continue;
      out.push({ kind: 'entity', from: { range: m.range, text: m.text }, to: { range: first.range, text: first.text }, key: `entity:${name}` });
    }
  }
  return out;
}

/** A proper name: a modifier of two or more characters that is not an ordinary one, and not inside quotes (terms.ts). */
function isName(modifier: string, text: string, start: number, end: number): boolean {
  if (modifier.length < 2) return false;
  // Counted and made mostly of ordinary words (改扩建15个社区党群服务中心), it is a kind of thing, of which there are
  // several; a counted name that is specific (新增4个服务业扩大开放综合试点) is still the programme's.
  if (COUNTED.test(text.slice(Math.max(0, start - 2), start)) && specificLength(modifier) < MIN_SPECIFIC) return false;
  // Followed by 市 or 县 it is a place's name (张家港市, 连云港市), not a port's or a zone's.
  if (PLACE_SUFFIX.test(text.slice(end, end + 2))) return false;
  // A numbered slogan (三大攻坚战, 两大基地, 十大工程) counts things; it names none of them.
  if (NUMBERED.test(modifier)) return false;
  if (GENERIC.has(modifier) || (modifier.endsWith('的') && GENERIC.has(modifier.slice(0, -1)))) return false;
  // Made of generic words only (重点民生工程, 省级重点实验室): an ordinary phrase.
  if (onlyGeneric(modifier)) return false;
  // A modifier that is itself a type word (行动计划, 示范基地), or one with ordinary words after it (自贸区|改革|试点): a
  // kind of thing, not a name.
  if (TYPE_WORDS.has(modifier) || typeThenGeneric(modifier)) return false;
  if (text[start - 1] === '“' && text[end] === '”') return false;
  // Alone in brackets after another name (全球公共安全合作论坛（连云港）), it says where that one is held: a place.
  // (The paragraph text is folded: its brackets are ASCII.)
  if ((text[start - 1] === '(' || text[start - 1] === '（') && (text[end] === ')' || text[end] === '）')) return false;
  return /[\u4e00-\u9fff]/.test(modifier);
}

/** Whether a 、 stands within the seven characters before `at` (a list's last item is that short): a bounded look. */
function enumeratedBefore(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 7; k--) if (text.charCodeAt(k) === 0x3001) return true;
  return false;
}

/** An item of a list sharing a type word: something specific, not a type word's name of its own (苏州实验室). */
function isListItem(item: string): boolean {
  return !onlyGeneric(item) && !GENERIC.has(item) && TYPES.matches(item).length === 0;
}

/** Characters of a counted name's modifier left when its ordinary words are taken out, for it to be a name… */
const MIN_SPECIFIC = 4;
/** …and of a longer reading over a verb (国家自主创新示范区: 自主). */
const MIN_SPECIFIC_READING = 2;

/** How many characters of `modifier` are not in ordinary words (greedy, longest ordinary word first). */
function specificLength(modifier: string): number {
  let n = 0;
  for (let i = 0; i < modifier.length; ) {
    const matched = GENERIC_TRIE.longestAt(modifier, i)?.length ?? 0;
    if (matched === 0) {
      n++;
      i++;
    } else i += matched;
  }
  return n;
}

/** Whether a modifier is a type word followed by ordinary words only (自贸区改革). */
function typeThenGeneric(modifier: string): boolean {
  for (const type of TYPES.wordsAt(modifier, 0)) if (type.length < modifier.length && onlyGeneric(modifier.slice(type.length))) return true;
  return false;
}

function onlyGeneric(modifier: string): boolean {
  // Greedy split into generic words from the left; the whole modifier consumed means nothing specific is left.
  let i = 0;
  while (i < modifier.length) {
    const matched = GENERIC_TRIE.longestAt(modifier, i)?.length ?? 0;
    if (matched === 0) return false;
    i += matched;
  }
  return true;
}
