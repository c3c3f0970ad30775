import type { OutlineNode } from '../types';
import { comparePositions } from '../positions';
import type { RefContext } from './context';
import { bodyParagraphs, rangeIn } from './context';
import type { Mention } from './mention';
import { WordTrie } from './wordTrie';
import { codeSet, GENERIC_TRIE, lastCodes, opensWithManner, specificLength } from './modifiers';
import { CLOSE_QUOTE, isStop, verbStartsAt, wordEndsAt } from './nameStart';
import { MANNER_ADVERBS } from '../lexicon/nameWords';

/**
 * The kinds of a programme a report says once with and once without (安徽 2026: 全面展开城市生命线、全域水患治理、城乡安居
 * 三大工程 … 全域水患治理工程; the seed: 央行数字人民币等重大金融试点 … 央行数字人民币试点; 江苏 2026: 生物医药全产业链开放
 * 创新发展试点 … 推动生物医药全产业链开放创新发展落地见效; 辽宁 2025, outside: 辽东半岛水资源配置一期纳入… … 辽东半岛水资源
 * 配置一期工程). A programme is named by what it does; its kind word is what the reader drops once it is known. Zones,
 * platforms and clusters are not: what they hold before their type word is a field (人工智能|产业园, 新能源汽车|产业集群),
 * and the field said alone is the field, not the place. Nor plans: an old national report's 计划 is a plan's figure
 * (national 1982: 工农业总产值计划 … 工农业总产值 is the output, not its plan).
 */
const PROGRAMME_KINDS: readonly string[] = ['工程', '试点'];
const KIND_LAST = lastCodes(PROGRAMME_KINDS);
/** What is left before the kind is a name of this many characters at least (城市生命线)… */
const MIN_STEM = 5;
/** …with this many characters that are not ordinary words (全域水患治理, not 高标准农田建设). */
const MIN_SPECIFIC_STEM = 4;
/**
 * Said bare more often than this, the words are an ordinary phrase of the report (加强黑土地保护 … 黑土地保护工程 is a
 * policy said everywhere and a project named once), not a name said short.
 */
const MAX_BARE = 2;

/**
 * Mentions of a programme's name said without its kind (kindless), joined to that name's: read after the names are
 * gathered. The stems of the names that may be said so are put in one trie and the body is walked once with it (each
 * offset reads at most the longest stem: linear in the text). A bare stem must stand as a word of its own, opening a
 * clause or a list item (punctuation or a particle before it) and followed by a verb, punctuation, a particle or a
 * number (辽东半岛水资源配置一期|纳入, 全域水患治理|、), and lie in no other name (城市生命线|产业发展集团 is a firm).
 */
export function addKindless(ctx: RefContext, blocks: readonly OutlineNode[], mentions: Map<string, Mention[]>): void {
  const byStem = new Map<string, string>();
  for (const [name, list] of mentions) {
    // (Most names end in no kind's last character: told so before their mentions are looked at.)
    if (!KIND_LAST.has(name.charCodeAt(name.length - 1)) || !list.some((m) => !m.nested)) continue;
    const kind = PROGRAMME_KINDS.find((k) => name.endsWith(k));
    if (kind === undefined) continue;
    for (const stem of stemsOf(name.slice(0, name.length - kind.length))) {
      // A stem two names share (…一期工程, …一期试点) says neither.
      if (byStem.has(stem) && byStem.get(stem) !== name) byStem.set(stem, '');
      else byStem.set(stem, name);
    }
  }
  if (byStem.size === 0) return;
  const trie = new WordTrie(byStem.keys());
  const hits = new Map<string, Mention[]>();
  for (const p of bodyParagraphs(ctx, blocks)) {
    for (const [at, stem] of trie.matches(p.text)) {
      const end = at + stem.length;
      // Said as what a sentence or a list is about (，辽东半岛水资源配置一期纳入…, 、央行数字人民币等), not as what a verb
      // does (推动|重点产业链高质量发展, 加快培育|消费新业态新模式新场景, 完善|社会保障体系: the policy the name's pilot
      // tries, said as a policy). A stem that ends with a quote (科技“突围”) ends a word there.
      if (!opensClause(p.text, at) || (!wordEndsAt(p.text, end) && p.text.charCodeAt(end - 1) !== CLOSE_QUOTE)) continue;
      if (verbsListItem(p.text, at)) continue;
      const list = hits.get(stem);
      // Said bare more often than MAX_BARE is too often already, whatever the names around: no more are kept.
      if (list && list.length > MAX_BARE) continue;
      const mention: Mention = { range: rangeIn(p, at, end), text: stem, nested: false };
      if (list) list.push(mention);
      else hits.set(stem, [mention]);
    }
  }
  if (hits.size === 0) return;
  // Where names are said, by line: a stem said inside one is a piece of it. Only the lines a stem is said on are asked,
  // each as a bitmap of the characters names cover (marking costs the names' lengths, asking a stem's): linear, where a
  // list of spans asked per stem grew with the names of a long line times its stems.
  const width = new Map<number, number>();
  for (const list of hits.values()) for (const m of list) width.set(m.range.start.line, Math.max(width.get(m.range.start.line) ?? 0, lineEnd(m)));
  for (const list of mentions.values()) {
    for (const m of list) {
      const w = width.get(m.range.start.line);
      if (w !== undefined && lineEnd(m) > w) width.set(m.range.start.line, lineEnd(m));
    }
  }
  const covered = new Map<number, Uint8Array>();
  for (const [line, w] of width) covered.set(line, new Uint8Array(w + 1));
  for (const list of mentions.values()) {
    for (const m of list) {
      const bits = covered.get(m.range.start.line);
      if (bits === undefined) continue;
      bits.fill(1, m.range.start.character, m.range.end.line === m.range.start.line ? m.range.end.character : bits.length);
    }
  }
  for (const [stem, list] of hits) {
    const name = byStem.get(stem);
    if (!name) continue;
    const bare = list.filter((m) => !inName(m, covered));
    if (bare.length === 0 || bare.length > MAX_BARE) continue;
    const target = mentions.get(name) as Mention[];
    target.push(...bare);
    target.sort((a, b) => comparePositions(a.range.start, b.range.start));
  }
}

/** Where a mention ends on the line it starts on (a mention running onto the next line covers the rest of its first). */
function lineEnd(m: Mention): number {
  return m.range.end.line === m.range.start.line ? m.range.end.character : m.range.start.character + m.text.length;
}

/** Whether a stem's mention lies on characters a name covers. */
function inName(m: Mention, covered: ReadonlyMap<number, Uint8Array>): boolean {
  const bits = covered.get(m.range.start.line) as Uint8Array;
  for (let k = m.range.start.character; k < lineEnd(m); k++) if (bits[k] === 1) return true;
  return false;
}

/** Whether a bare stem at `at` opens a clause or a list item: the paragraph's start, punctuation or a particle before it. */
function opensClause(text: string, at: number): boolean {
  return at === 0 || isStop(text.charCodeAt(at - 1));
}

/** What joins a stem to the item before it in a list (、, 和 …). */
const LIST_JOINS = codeSet('、和与及或');
/** What ends the clause before a list (，。；：…). */
const CLAUSE_MARKS = codeSet('，。；：！？,;:!?');
/** How far back the opening of a list's clause is looked for: a longer list is let be, as before. */
const MAX_LIST_REACH = 48;
/** Adverbs of manner (稳步, 加快, 大力 …) before the verb that opens a clause. */
const CLAUSE_ADVERBS: ReadonlySet<string> = new Set(MANNER_ADVERBS);

/**
 * Whether a stem at `at` is an item of a list that a verb opening its clause acts on (稳步推进高标准农田建设、|盐碱地综合
 * 利用和撂荒地整治 — 甘肃 2025, outside, linked to 国家级盐碱地综合利用试点; 推动数字经济和|重点产业链高质量发展): the
 * policy a pilot tries, said as a verb's object as much as 推动|重点产业链高质量发展 is, though a list's 、 or 和 stands
 * right before it. A list whose clause opens with a noun (，小微企业数字征信实验区、…、|央行数字人民币等重大金融试点) is
 * what the clause is about. Bounded: the clause's opening is looked for at most MAX_LIST_REACH characters back.
 */
function verbsListItem(text: string, at: number): boolean {
  if (at === 0 || !LIST_JOINS.has(text.charCodeAt(at - 1))) return false;
  const limit = Math.max(0, at - MAX_LIST_REACH);
  let start = at - 1;
  while (start > limit && !CLAUSE_MARKS.has(text.charCodeAt(start - 1))) start--;
  if (start > 0 && !CLAUSE_MARKS.has(text.charCodeAt(start - 1))) return false;
  return verbStartsAt(text, start) || opensWithManner(text, start, at) || (CLAUSE_ADVERBS.has(text.slice(start, start + 2)) && verbStartsAt(text, start + 2));
}

/** The stem of a name and, when it opens with a scope or an ordinary word (国家|土地节约集约利用综合改革), the rest. */
function stemsOf(stem: string): string[] {
  if (!isStem(stem)) return [];
  const scope = GENERIC_TRIE.longestAt(stem, 0)?.length ?? 0;
  const rest = stem.slice(scope);
  return scope > 0 && isStem(rest) ? [stem, rest] : [stem];
}

/** A count, a date or an edition opening a stem (一九五四年两年|计划, 三年|行动): it says which one or how long, no name. */
const OPENS_WITH_NUMBER = /^[〇零一二两三四五六七八九十百千\d第]/;

/** A stem in quotes and nothing more (“十个全覆盖”|工程) is a quoted term, which the term scan links said alone (terms.ts). */
const QUOTED_ONLY = /^“[^“”]+”$/;

function isStem(stem: string): boolean {
  return stem.length >= MIN_STEM && specificLength(stem) >= MIN_SPECIFIC_STEM && !/[省市县区级]$/.test(stem) && !OPENS_WITH_NUMBER.test(stem) && !QUOTED_ONLY.test(stem);
}
