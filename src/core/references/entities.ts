import data from '../lexicon/entityTypes.json';
import { isVerb } from '../lexicon/verbs';
import type { Paragraph } from '../text/paragraphs';
import type { Range, Reference } from '../types';
import type { RefContext } from './context';
import { blockNodes, inNodes, rangeIn } from './context';
import { WordTrie } from './wordTrie';
import { comparePositions } from '../positions';

const TYPES = new WordTrie(data.types);
const GENERIC = new Set(data.genericModifiers);
/** How far back from its type word a name may start (材料科学姑苏实验室: 7 characters before 实验室). */
const MAX_MODIFIER = 12;
/** Characters a name never spans: punctuation, and the particles and prepositions between words. */
const STOP = new Set('，。；：、！？,.;:!?（）()《》“”‘’「」 \t的和与及或在对把将为了等是由从向到至被以');

export interface Mention {
  readonly range: Range;
  readonly text: string;
  /** Inside a longer name starting at the same place. */
  readonly nested: boolean;
}

/** Every mention of every candidate name of the report's body, by name, in document order. */
export type EntityMentions = ReadonlyMap<string, readonly Mention[]>;

/**
 * Candidate names of the body: a compound ending in a type word (entityTypes.json) whose modifier is not an ordinary
 * one. Where a name starts is read backwards from its type word: never across punctuation, a particle (的, 和, 在 …)
 * or a verb of jieba's dictionary (建设材料科学姑苏实验室 → 材料科学姑苏实验室).
 */
export function collectEntityMentions(ctx: RefContext): EntityMentions {
  const blocks = blockNodes(ctx.outline);
  const mentions = new Map<string, Mention[]>();
  for (let i = ctx.bodyStart; i < ctx.bodyEnd; i++) {
    const p = ctx.paragraphs[i] as Paragraph;
    if (inNodes(p.segments[0]?.line ?? 0, blocks)) continue;
    // Candidates of this paragraph. Of two that start at the same place, the shorter is nested in the longer (国际铁路
    // in 国际铁路物流中心; 苏州自贸片区 in 苏州自贸片区联动创新区): both are recorded, and a name only ever seen nested
    // is no name (below).
    const found: Array<{ start: number; end: number; nested: boolean }> = [];
    for (const [at, type] of TYPES.matches(p.text)) {
      const end = at + type.length;
      const start = nameStart(p.text, at);
      if (!isName(p.text.slice(start, at), p.text, start, end)) continue;
      const last = found[found.length - 1];
      if (last && last.start === start) last.nested = true;
      found.push({ start, end, nested: false });
    }
    for (const { start, end, nested } of found) {
      const name = p.text.slice(start, end);
      const list = mentions.get(name) ?? [];
      list.push({ range: rangeIn(p, start, end), text: name, nested });
      mentions.set(name, list);
    }
  }
  return mergeSuffixes(mentions);
}

/** A name is at least this long to absorb the longer candidates that end with it. */
const MIN_SUFFIX_NAME = 4;
/** Verbs that lead into a name but are missing from verbs.json, which keeps only verbs that never end an indicator. */
const LEAD_VERBS = new Set(['建设', '落实', '推进', '实施', '打造', '创建', '培育', '加快', '深化', '支持', '举办', '召开', '改造', '治理', '开展', '启动', '组建', '设立', '申建', '争创', '获批']);
const RESULTATIVE = /^[\u4e00-\u9fff]{1,2}[好实足活]$/;

/**
 * Where a verb the dictionary does not know stands before a name (用好北京冬奥会), the candidate runs too far back; the
 * same name seen on its own elsewhere (精彩的北京冬奥会) tells where it starts. A candidate that ends with another
 * candidate is that candidate, its range trimmed to it. Linear in the number of candidates times their length.
 */
function mergeSuffixes(mentions: Map<string, Mention[]>): Map<string, Mention[]> {
  for (const [name, list] of [...mentions]) {
    let suffix: string | undefined;
    for (let i = 1; i + MIN_SUFFIX_NAME <= name.length; i++) {
      const tail = name.slice(i);
      // Only a resultative verb (用好, 办实, 用足, 盘活) the dictionary lacks: an ordinary modifier (政府融资平台) makes
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

/**
 * Named programmes, platforms, projects and zones that recur without quotation marks (材料科学姑苏实验室, 沪苏湖铁路,
 * 苏州自贸片区), mentioned twice or more: every later mention points at the first.
 */
export function findEntityReferences(mentions: EntityMentions): Reference[] {
  const out: Reference[] = [];
  for (const [name, list] of mentions) {
    if (list.length < 2 || list.every((m) => m.nested)) continue;
    const first = list[0] as Mention;
    for (const m of list.slice(1)) out.push({ kind: 'entity', from: { range: m.range, text: m.text }, to: { range: first.range, text: first.text }, key: `entity:${name}` });
  }
  return out;
}

/** Where a name ending at `typeAt` starts: back over word characters, never past a stop or a verb. */
function nameStart(text: string, typeAt: number): number {
  let s = typeAt;
  const limit = Math.max(0, typeAt - MAX_MODIFIER);
  while (s > limit) {
    const ch = text[s - 1] as string;
    // A date before the name (2024年全国第十四届冬季运动会) is not part of it.
    if (STOP.has(ch) || /\d/.test(ch) || (/[年月日]/.test(ch) && /\d/.test(text[s - 2] ?? ''))) break;
    // A verb right before the name (建设, 推进, 打造 …) is where the name starts. verbs.json leaves out verbs that end
    // indicator names (建设, 改造), so the verbs that lead into a programme's name are listed here too.
    if (s - 2 >= limit && (isVerb(text.slice(s - 2, s)) || LEAD_VERBS.has(text.slice(s - 2, s)))) break;
    if (s - 3 >= limit && isVerb(text.slice(s - 3, s))) break;
    s--;
  }
  return s;
}

/** A proper name: a modifier of two or more characters that is not an ordinary one, and not inside quotes (terms.ts). */
function isName(modifier: string, text: string, start: number, end: number): boolean {
  if (modifier.length < 2) return false;
  if (GENERIC.has(modifier) || (modifier.endsWith('的') && GENERIC.has(modifier.slice(0, -1)))) return false;
  // Made of generic words only (重点民生工程, 省级重点实验室): an ordinary phrase.
  if (onlyGeneric(modifier)) return false;
  // A modifier that is itself a type word (行动计划, 示范基地): a kind of thing, not a name.
  if ([...TYPES.matches(modifier)].some(([at, w]) => at === 0 && w.length === modifier.length)) return false;
  if (text[start - 1] === '“' && text[end] === '”') return false;
  return /[\u4e00-\u9fff]/.test(modifier);
}

function onlyGeneric(modifier: string): boolean {
  // Greedy split into generic words from the left; the whole modifier consumed means nothing specific is left.
  let i = 0;
  while (i < modifier.length) {
    let matched = 0;
    for (const g of GENERIC) if (g.length > matched && modifier.startsWith(g, i)) matched = g.length;
    if (matched === 0) return false;
    i += matched;
  }
  return true;
}
