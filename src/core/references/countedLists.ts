import data from '../lexicon/countedListHeads.json';
import { boundedMemo } from '../memo';
import { charSetIndex, charTable } from '../text/charSet';
import type { Paragraph } from '../text/paragraphs';
import type { Range, Reference } from '../types';
import type { RefContext } from './context';
import { bodyParagraphs, blockNodes, rangeIn } from './context';
import { isStop, LEAD_VERBS, startsAfterBoundary, verbStartsAt } from './nameStart';

/**
 * A counted short name that stands for a list the report named before it (test/fixtures/links/README.md, `short`):
 * 以创建全国文明城、国家卫生城为目标 … 发挥“双城”同创的带动作用 (dev 海拉尔 2019), 围绕县城工业园区和大王店产业园区 …
 * 全力建设两大园区 (src32 徐水县-2010; 徐水-2011, 徐水区-2012 the same, outside). The short form links to the list's first mention when its count is the list's length and its
 * head word (城, 区, 园区 …: countedListHeads.json) ends every item. Never a count without such a list before it (三农,
 * 两新), nor one said as the list's own label in the clause that lists it (文明城、卫生城、园林城、森林城“四城”同创: src32
 * 涞水县-2020, the reader has the list in view), nor a piece of a longer counted code (“两翼、两区、三群、六带”, 一城两区,
 * “三区三线”), which names something else. Kept apart from the name scan (entities.ts): a count is no name's type word.
 */

/** Head words, longest first (园区 before 区): countedListHeads.json. */
const HEADS: readonly string[] = [...data.heads].sort((a, b) => b.length - a.length);
/** The numerals a count is said with (两区, 双城, 三大片区); 一 counts no list. */
const COUNTS: ReadonlyMap<number, number> = new Map([...'两二双三四五六七八九十'].map((c, i) => [c.charCodeAt(0), [2, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10][i] as number]));
/**
 * The next numeral of a count, by a table lookup per character (perf44: a Map lookup per character of the body, and
 * a startsWith per head at each numeral, made this scan 7 % of the reference stage on the seed).
 */
const nextCount = charSetIndex('两二双三四五六七八九十');
/** The first characters of the heads: a head is looked for only where one of them stands. */
const HEAD_STARTS: Uint8Array = charTable(HEADS.map((w) => w.charAt(0)).join(''));
/** Numerals of any code a count may stand in (一城两区, 两翼两区三群): the character before a count or after its head. */
const CODE_NUMERALS: ReadonlySet<number> = new Set([...'一两二双三四五六七八九十百千万第'].map((c) => c.charCodeAt(0)));
/** 两大园区, 三个片区: the word between a count and its head. */
const MEASURES: ReadonlySet<number> = new Set([...'大个'].map((c) => c.charCodeAt(0)));
/** What joins a list's items: the enumeration comma, and the conjunction before its last item. */
const SEPARATORS: ReadonlySet<number> = new Set([...'、和及与'].map((c) => c.charCodeAt(0)));
/** What ends a clause: a list and a count that stand in one clause are the list and its own label. */
const CLAUSE_ENDS: ReadonlySet<number> = new Set([...'，。；！？,;!?：:'].map((c) => c.charCodeAt(0)));
const OPEN_QUOTES: ReadonlyMap<number, number> = new Map([
  [0x201c, 0x201d],
  [0x22, 0x22],
]);
/** A list item's length at most (生态环境支撑区, 中国农机检测鉴定中心). */
const MAX_ITEM = 14;
const ENUMERATION = '、'.charCodeAt(0);
const ETC = '等'.charCodeAt(0);
const isHan = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

interface Form {
  readonly p: Paragraph;
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly count: number;
  readonly head: string;
}

interface List {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly items: number;
  readonly text: string;
  readonly range: Range;
}

/** Counted short forms → the first mention of the list they stand for. */
export function findCountedListReferences(ctx: RefContext): Reference[] {
  const body = bodyParagraphs(ctx, blockNodes(ctx.outline));
  const forms: Form[] = [];
  body.forEach((p, index) => {
    for (const f of formsOf(p.text)) forms.push({ p, index, ...f });
  });
  if (forms.length === 0) return [];
  // Lists of the heads counted only, in one indexOf walk per head and paragraph.
  const lists = new Map<string, List[]>();
  for (const head of new Set(forms.map((f) => f.head))) {
    const found: List[] = [];
    body.forEach((p, index) => {
      for (const l of listsEndingWith(p.text, head)) found.push({ index, ...l, text: p.text.slice(l.start, l.end), range: rangeIn(p, l.start, l.end) });
    });
    lists.set(head, found);
  }
  const out: Reference[] = [];
  for (const f of forms) {
    const candidates = (lists.get(f.head) ?? []).filter((l) => l.index < f.index || (l.index === f.index && l.end <= f.start));
    const nearest = candidates[candidates.length - 1];
    if (!nearest || nearest.items !== f.count) continue;
    if (nearest.index === f.index && sameClause(f.p.text, nearest.end, f.start)) continue;
    // A clause that enumerates before its count (推进“平急两用”公共基础设施建设、城中村改造“三大工程”: src32 河北省-2024)
    // labels its own list, which need not end with the head: the list in view, not one said before.
    if (enumeratesBefore(f.p.text, f.start)) continue;
    // The list's first mention: the same items said earlier (涞水县-2020 lists its four cities twice).
    const first = candidates.find((l) => l.text === nearest.text) ?? nearest;
    const text = f.p.text.slice(f.start, f.end);
    out.push({ kind: 'short', from: { range: rangeIn(f.p, f.start, f.end), text }, to: { range: first.range, text: first.text }, key: `entity:${first.text}` });
  }
  return out;
}

/** Whether the clause that holds text[at] enumerates (、) before it. */
function enumeratesBefore(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === ENUMERATION) return true;
    if (CLAUSE_ENDS.has(c)) return false;
  }
  return false;
}

/** Whether nothing ends a clause between text[from] and text[to]. */
function sameClause(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CLAUSE_ENDS.has(text.charCodeAt(k))) return false;
  return true;
}

/**
 * countedForms remembered by the paragraph's text, as entities.ts remembers its body scan: a paragraph the report said
 * in an earlier analysis (the editor analyses again after each edit) is not walked again. Read only.
 */
const formsOf = boundedMemo(countedForms, 4096);

/**
 * The counted forms of a paragraph: a count and a head quoted alone (“双城”, “四城”), or said with 大/个 (两大园区,
 * “两个走廊”). One look at each numeral of the text.
 */
function countedForms(text: string): Array<{ start: number; end: number; count: number; head: string }> {
  const out: Array<{ start: number; end: number; count: number; head: string }> = [];
  for (let k = nextCount(text, 0); k >= 0; k = nextCount(text, k + 1)) {
    const count = COUNTS.get(text.charCodeAt(k)) as number;
    let h = k + 1;
    const measured = MEASURES.has(text.charCodeAt(h));
    if (measured) h++;
    if (HEAD_STARTS[text.charCodeAt(h)] !== 1) continue;
    const head = HEADS.find((w) => text.startsWith(w, h));
    if (head === undefined) continue;
    const end = h + head.length;
    const before = text.charCodeAt(k - 1);
    const close = OPEN_QUOTES.get(before);
    if (close !== undefined) {
      // “双城”: the quotes hold the count alone; “三区三线”, “两园四带六区百点” are longer codes. After a word that goes on
      // into it (张家口首都“两区”: src32 河北省-2024, -2025), a count is that place's own designation, not the report's
      // list: only after punctuation, a particle or a verb (发挥“双城”同创).
      if (text.charCodeAt(end) === close && startsAfterBoundary(text, k - 1)) out.push({ start: k, end, count, head });
      continue;
    }
    // A piece of a longer code: a numeral right before (一城|两区 reads 城 after 一) or right after (两区三群).
    if (CODE_NUMERALS.has(before) || (isHan(before) && CODE_NUMERALS.has(text.charCodeAt(k - 2))) || CODE_NUMERALS.has(text.charCodeAt(end))) continue;
    // Unquoted, only with 大/个 and after a boundary (全力建设两大园区): a bare 两区, 三区 is a code's piece far more often
    // than a list's name.
    if (measured && !insideQuotes(text, k) && startsAfterBoundary(text, k)) out.push({ start: k, end, count, head });
  }
  return out;
}

/** Whether a quote opened shortly before text[k] is still open there (“三个区分开来”: a saying, not a count). */
function insideQuotes(text: string, k: number): boolean {
  for (let s = k - 1; s >= Math.max(0, k - MAX_ITEM); s--) {
    const c = text.charCodeAt(s);
    if (c === 0x201d) return false;
    if (c === 0x201c) return true;
  }
  return false;
}

/**
 * The lists in a text whose every item ends with `head`, two items or more, joined by 、 or a conjunction, and no
 * longer than those items (an item before them or after them that ends otherwise, or 等 after them, makes a list the
 * count does not stand for). The first item starts after the stop before it and a verb leading into it
 * (以创建|全国文明城: the verbs nameStart.ts knows). One indexOf walk over the text.
 */
export function listsEndingWith(text: string, head: string): Array<{ start: number; end: number; items: number }> {
  const out: Array<{ start: number; end: number; items: number }> = [];
  let chain: { start: number; end: number; items: number; open: boolean } | null = null;
  const close = (): void => {
    if (chain && chain.items >= 2 && !chain.open) {
      const after = text.charCodeAt(chain.end);
      if (after !== ENUMERATION && after !== ETC) out.push({ start: chain.start, end: chain.end, items: chain.items });
    }
    chain = null;
  };
  for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
    const end = at + head.length;
    const c: { start: number; end: number; items: number; open: boolean } | null = chain;
    if (c !== null && at >= c.end) {
      const itemStart = c.end + 1;
      const joined = SEPARATORS.has(text.charCodeAt(c.end)) && end - itemStart <= MAX_ITEM && !hasStop(text, itemStart, at);
      if (joined) {
        if (end - itemStart > head.length) {
          c.end = end;
          c.items++;
        }
        continue;
      }
    } else if (c !== null) continue;
    close();
    const start = firstItemStart(text, at);
    if (at - start < 1) continue;
    chain = { start, end, items: 1, open: start > 0 && text.charCodeAt(start - 1) === ENUMERATION };
  }
  close();
  return out;
}

function hasStop(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isStop(text.charCodeAt(k)) || !isHan(text.charCodeAt(k))) return true;
  return false;
}

/**
 * Where a list's first item, whose head starts at `at`, starts: after the stop before it and a verb leading into it
 * (创建|全国文明城, 围绕|县城工业园区: the lead verbs and two-character verbs nameStart.ts knows).
 */
function firstItemStart(text: string, at: number): number {
  let s = at;
  while (s > 0 && at - s < MAX_ITEM && isHan(text.charCodeAt(s - 1)) && !isStop(text.charCodeAt(s - 1))) s--;
  while (at - s > 2 && (LEAD_VERBS.has(text.slice(s, s + 2)) || verbStartsAt(text, s))) s += 2;
  return s;
}
