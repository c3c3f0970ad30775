import data from '../lexicon/entityTypes.json';
import { TYPE_WORDS } from './modifiers';
import { isStop, startsAfterBoundary, wordEndsAt } from './nameStart';

/**
 * The characters a kind of named place, park or event ends with (entityTypes.json headMorphemes: 区 of 先导区, 集聚区,
 * 转型区; 园 of 科创园, 纪念园; 会 of 冬运会, 全运会). The list of type words grew report by report, a word for each new
 * kind; the kinds of a kind share their last character, which a new report's kinds share too.
 */
const MORPHEMES: readonly string[] = data.headMorphemes;

const isHan = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;
/**
 * The particle 之 (“of”) before a morpheme makes no kind: X之城 is “a city of X”, the epithet a place gives itself
 * (品质生活之城, 现代化品质生活之城, 高品质数字生活之城 — 保定 2021/2023, 涞水 2021, outside), a goal it sets for itself,
 * not a named thing a reader goes back to; read as a head, every repeat of the slogan was linked to its first.
 */
const OF = '之'.charCodeAt(0);

/** A paragraph's text and the listed type words' matches in it (WordTrie.matches: leftmost, not overlapping). */
interface ScannedText {
  readonly text: string;
  readonly matches: ReadonlyArray<readonly [number, string]>;
}

/**
 * Where a morpheme stands in `text` (not at 0: a head has a character before it), ascending. indexOf per morpheme, not
 * a look at every character: the body is read twice (ownHeads, addOwnHeads) and most characters are none of the four.
 * Each morpheme's next place is kept and the nearest taken in turn (two at one place, were a morpheme longer than a
 * character, come out one after the other, as a sort leaves them) — ascending without a sort, whose work array and comparator calls were the largest allocation of the body's
 * first pass (perf31).
 */
function morphemesIn(text: string): number[] {
  const at: number[] = [];
  const next = MORPHEMES.map((c) => text.indexOf(c, 1));
  for (;;) {
    let k = -1;
    let nearest = text.length;
    for (let j = 0; j < next.length; j++) {
      const i = next[j] as number;
      if (i >= 0 && i < nearest) {
        nearest = i;
        k = j;
      }
    }
    if (k < 0) return at;
    at.push(nearest);
    next[k] = text.indexOf(MORPHEMES[k] as string, nearest + 1);
  }
}

/**
 * Calls `visit` with each place a head may stand in `text`: a character of MORPHEMES and the one before it, a Han
 * character, outside every listed type word's match (示范区 is listed; its 区 is no head of its own).
 */
function eachHead(text: string, matches: ScannedText['matches'], visit: (at: number) => void): void {
  let next = 0;
  let covered = 0;
  for (const m of morphemesIn(text)) {
    // How far the matches that start by here reach: a head inside one is that type word's, not a head.
    while (next < matches.length && (matches[next] as readonly [number, string])[0] <= m) {
      const [at, type] = matches[next] as readonly [number, string];
      covered = Math.max(covered, at + type.length);
      next++;
    }
    if (m - 1 < covered) continue;
    const c = text.charCodeAt(m - 1);
    if (isHan(c) && !isStop(c) && c !== OF) visit(m - 1);
  }
}

/**
 * The report's own heads (ownHeads) and, for each text read, where a word ends after such a head's characters: the body
 * is read for heads once, and the names are then read back from those places (addOwnHeads) without a second look.
 */
export interface OwnHeads {
  readonly heads: ReadonlySet<string>;
  /** Per text, in the order read: the places (ascending) of a head's first character a word ends two after. */
  readonly endings: ReadonlyArray<readonly number[]>;
}

/**
 * The report's own heads: words of two characters ending in one of MORPHEMES (先导|区, 科创|园, 冬运|会) that the
 * report says only at a word's end, as a kind ends a name. A word it says before another noun too is an ordinary word
 * that modifies (地区|生产总值, 社会|主义, 全会|精神, 社区|治理), whatever ends with it elsewhere (民族地区, 小康社会).
 * One look per place of a morpheme in the body: linear.
 */
export function learnOwnHeads(texts: Iterable<ScannedText>): OwnHeads {
  const ending = new Set<string>();
  const modifying = new Set<string>();
  const endings: number[][] = [];
  for (const { text, matches } of texts) {
    const here: number[] = [];
    eachHead(text, matches, (at) => {
      const head = text.slice(at, at + 2);
      if (wordEndsAt(text, at + 2)) {
        ending.add(head);
        here.push(at);
      } else modifying.add(head);
    });
    endings.push(here);
  }
  for (const head of modifying) ending.delete(head);
  // (A listed word is never a head of the report's own, even where the listed scan passed over it inside another match.)
  for (const head of ending) if (TYPE_WORDS.has(head)) ending.delete(head);
  return { heads: ending, endings };
}

/** The report's own heads alone (learnOwnHeads). */
export function ownHeads(texts: Iterable<ScannedText>): ReadonlySet<string> {
  return learnOwnHeads(texts).heads;
}

/**
 * The paragraph's listed type-word matches with the report's own heads (ownHeads) added in order: a name is then read
 * back from such a head as from any type word (nameStarts.ts), and stands only as those do — a proper modifier
 * (isName), said twice or more. `endings`: where learnOwnHeads found a word ending after a head in this very text.
 */
export function addOwnHeads({ text, matches }: ScannedText, heads: ReadonlySet<string>, endings: readonly number[]): ReadonlyArray<readonly [number, string]> {
  let added: Array<[number, string]> | undefined;
  if (heads.size > 0) {
    for (const at of endings) {
      const head = text.slice(at, at + 2);
      if (heads.has(head)) (added ??= []).push([at, head]);
    }
  }
  return added === undefined ? matches : [...matches, ...added].sort((a, b) => a[0] - b[0]);
}

/** What a name may be introduced after: punctuation, a bracket or a quote that opens (。辽西先导区, 、支持梅州…). */
const OPENINGS: ReadonlySet<number> = new Set([...'，。；：、！？(（“"'].map((c) => c.charCodeAt(0)));

/**
 * Whether a name read from an own head is introduced at `start` as a thing of its own: at a clause's or item's start, or
 * right after a verb (支持|辽西先导区, 加快建设|生态涵养发展实验区) — not only ever after a particle or preposition, as a
 * class of places is said in passing (特别是|粮食主产区, 向|粮食主产区倾斜).
 */
export function introducedAt(text: string, start: number): boolean {
  if (start === 0 || OPENINGS.has(text.charCodeAt(start - 1))) return true;
  return !isStop(text.charCodeAt(start - 1)) && startsAfterBoundary(text, start);
}

/** The longest listed type word (entityTypes.json types): how far back endsWithOwnHead looks for one. */
const LONGEST_TYPE = Math.max(...data.types.map((t) => t.length));

/**
 * Whether `name` was read from one of the report's own heads: it ends with one, and with no listed type word (第十六届
 * 全运会 ends with 全运会, listed, though 运会 is a head of a report that says 省运会 too).
 */
export function endsWithOwnHead(name: string, heads: ReadonlySet<string>): boolean {
  if (heads.size === 0 || !heads.has(name.slice(-2))) return false;
  for (let n = 2; n <= LONGEST_TYPE && n <= name.length; n++) if (TYPE_WORDS.has(name.slice(-n))) return false;
  return true;
}
