import { comparePositions } from '../positions';
import type { Mention } from './mention';
import { specificLength, TYPES } from './modifiers';

/**
 * A name said again with a word of its middle left out or put in (海拉尔 2018: 两河圣山旅游文化景区 … 两河圣山景区;
 * 内蒙古 2026: 巴彦淖尔农高区 … 巴彦淖尔国家农高区): the two keep the same opening and the same type word, so the
 * later one names what the first did.
 */

/**
 * Characters of the opening the two share, at least (两河圣山, 巴彦淖尔, 曹妃甸): a two-character opening is most often a
 * place or an ordinary word, and the place's other thing is another name (燕赵|钢铁|实验室 and 燕赵实验室, 郑州|中心).
 */
const MIN_OPENING = 3;
/**
 * A two-character opening is taken when the report says it nowhere but in the two names (东盟货运班列 … 东盟班列;
 * 巴黎和平协定 … 巴黎协定): then it is the name's own word, not a place the report names things of.
 */
const MIN_OWN_OPENING = 2;
/** How many two-character openings one report may count (each count reads the body once: a bound for huge inputs). */
const MAX_COUNTS = 32;
/** Characters of the opening outside ordinary words, at least: 中介|服务|组织 is a kind, not one body. */
const MIN_SPECIFIC = 2;
/** Characters of the middle said or left out, at least: one character is a word of the name (秦皇岛|临|港 ≠ 秦皇岛港). */
const MIN_MIDDLE = 2;
/**
 * Middles that name a part of the thing (南水北调|中线|工程 is one route of 南水北调工程, 葛洲坝水利枢纽|第一期|工程 one
 * phase): the longer name is another thing, not the same said in full.
 */
const PART = /^(?:[东西南北中][线段区]|第?[一二三四五六七八九十\d]+期)/;

/** The length of the longest type word a name ends with (保护区 rather than 区), or 0. */
function typeLength(name: string): number {
  let best = 0;
  for (const [at, type] of TYPES.matches(name)) if (at + type.length === name.length && type.length > best) best = type.length;
  return best;
}

/** How many characters of its opening a short name shares with its long one. */
function openingShared(short: string, long: string): number {
  return Math.min(shared(short, long).start, short.length - typeLength(short));
}

/** How many characters `a` and `b` share at their start, and at their end. */
function shared(a: string, b: string): { start: number; end: number } {
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return { start, end };
}

/**
 * The longer name `short` is said in full, or undefined: `long` opens with the short's opening and ends with its type
 * word (and whatever else of its end), with a middle of its own between that is no part of a whole.
 */
function saidInFull(short: string, type: number, long: string): boolean {
  if (long.length < short.length + MIN_MIDDLE) return false;
  const { start, end } = shared(short, long);
  if (end < type || start + end < short.length) return false;
  const opening = Math.min(start, short.length - type);
  if (opening < MIN_OWN_OPENING) return false;
  return !PART.test(long.slice(opening, opening + long.length - short.length));
}

/**
 * Merges each shorter name into the one longer name that holds its opening and its type word with a middle between,
 * the mentions going to the name said first (a middle left out later, or put in later). Names are compared only with
 * those that open and end alike.
 */
export function mergeMiddles(mentions: Map<string, Mention[]>, timesSaid: (word: string) => number): Map<string, Mention[]> {
  const alike = new Map<string, string[]>();
  for (const name of mentions.keys()) {
    // Said as written: a key read from two names that share an end (零碳工厂、零碳园区 → 零碳工厂园区) is no name a
    // report says, and its opening is no one name's.
    if ((mentions.get(name) as Mention[])[0]?.text !== name || name.length < MIN_OWN_OPENING + 1) continue;
    // Both share their first MIN_OWN_OPENING characters and their last: the key of the names that may be one, so a report
    // with thousands of names compares only the few that start and end alike.
    const key = name.slice(0, MIN_OWN_OPENING) + name.slice(-1);
    const list = alike.get(key);
    if (list) list.push(name);
    else alike.set(key, [name]);
  }
  let merged: Map<string, Mention[]> | undefined;
  let counts = 0;
  for (const names of alike.values()) {
    if (names.length < 2) continue;
    for (const short of names) {
      const type = typeLength(short);
      const opening = short.slice(0, short.length - type);
      if (type === 0 || opening.length < MIN_OWN_OPENING || specificLength(opening) < MIN_SPECIFIC) continue;
      const fits = names.filter((long) => saidInFull(short, type, long));
      if (fits.length !== 1) continue;
      const long = fits[0] as string;
      const sharedOpening = openingShared(short, long);
      if (sharedOpening < MIN_OPENING && (++counts > MAX_COUNTS || timesSaid(short.slice(0, sharedOpening)) > (mentions.get(short)?.length ?? 0) + (mentions.get(long)?.length ?? 0))) continue;
      merged ??= new Map(mentions);
      const a = merged.get(long);
      const b = merged.get(short);
      if (!a || !b) continue;
      const [keep, drop] = comparePositions((a[0] as Mention).range.start, (b[0] as Mention).range.start) <= 0 ? [long, short] : [short, long];
      merged.set(keep, [...a, ...b].sort((x, y) => comparePositions(x.range.start, y.range.start)));
      merged.delete(drop);
    }
  }
  return merged ?? mentions;
}
