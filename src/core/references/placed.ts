import { comparePositions } from '../positions';
import type { Mention } from './mention';
import { isManner, onlyGeneric } from './modifiers';
import { bodyParagraphs } from './context';
import type { BodySpan } from './context';

/** How long a place's name said before a name is: two or three characters (南昌, 深圳, 景德镇). */
const PLACE_LENGTHS = [2, 3] as const;
/** A name said again with its place before it is at least this long (昌北国际机场, 国际红树林中心). */
const MIN_PLACED = 5;

/**
 * A name said again later with its city before it (江西 2025: 昌北国际机场纳入过境免签人员入出境口岸 … 南昌昌北国际机场
 * 三期扩建; 广东 2026: 国际红树林中心 … 深圳国际红树林中心) is that name: the longer key's mentions join the shorter's.
 * The place is one the report lists as a place (广州、深圳; 南昌、景德镇; 南昌市), and the name after it is specific and
 * long enough (`isSpecific`, MIN_PLACED) that another city's would be named otherwise: a brand the country shares, said
 * after a city (中欧班列 … 合肥中欧班列), is short and stays apart. Not joined: a name said with two places (上海自贸试验区,
 * 福建自贸试验区: two zones), with the report's own place (苏州历史文化名城 in 苏州's report: the kind, said of itself;
 * joinScoped reads own-place scopes), or said with its place first (双墩遗址博物馆 … 等遗址博物馆: the later, shorter
 * one is a kind, as joinEndings reads it). One look-up per name and place length; the places are read once, in one
 * pass over the body, and only when some key may hold one.
 */
export function joinPlaced(mentions: Map<string, Mention[]>, isSpecific: (name: string) => boolean, places: (heads: ReadonlySet<string>) => ReadonlySet<string>, own: string): Map<string, Mention[]> {
  const pairs: Array<[string, string]> = [];
  /** How many placed names each shorter one has: two places make two things. */
  const placings = new Map<string, number>();
  for (const name of mentions.keys()) {
    for (const n of PLACE_LENGTHS) {
      // (Told before a rest is cut: most names are too short to hold a place and a name of MIN_PLACED.)
      if (name.length - n < MIN_PLACED) break;
      const rest = name.slice(n);
      // (Not a rest opening with 市, the report's own city's (市旅发大会): another head before it is another city's or
      // another edition's (3届市旅发大会 … 办好第四届市旅发大会 — 保定 2021, Hebei archive, outside), and listedPlaces
      // would take that head for a place from this very name's 市.)
      if (rest.length < MIN_PLACED || rest.startsWith('市') || !mentions.has(rest)) continue;
      const head = name.slice(0, n);
      // (Nor a head of manner (高质量|沿海经济带 — hebei-2021): listedPlaces takes it from 更高质量、更有效率.)
      if (head === own || onlyGeneric(head) || isManner(head) || !isSpecific(rest)) continue;
      pairs.push([name, rest]);
      placings.set(rest, (placings.get(rest) ?? 0) + 1);
    }
  }
  if (pairs.length === 0) return mentions;
  // Only the heads of these pairs are ever asked about: the body is read for them alone.
  const listed = places(new Set(pairs.map(([name, rest]) => name.slice(0, name.length - rest.length))));
  for (const [name, rest] of pairs) {
    const placed = mentions.get(name);
    const target = mentions.get(rest);
    if (!placed || !target || placings.get(rest) !== 1 || !listed.has(name.slice(0, name.length - rest.length))) continue;
    // Said first without its place, and only later with it.
    if (comparePositions((target[0] as Mention).range.start, (placed[0] as Mention).range.start) >= 0) continue;
    target.push(...placed);
    target.sort((a, b) => comparePositions(a.range.start, b.range.start));
    mentions.delete(name);
  }
  return mentions;
}

/**
 * The words a report says as places: the two or three characters after a 、 or before one (广州、深圳), and before a 市
 * (南昌市). Loose on purpose — a list's other items come in too — since only a name's head is looked up in it. Given
 * `heads`, only those of them said so: a place is cut from the text only where its character next to the 、 or 市 is
 * one of theirs, not at every 、 of the body.
 */
export function listedPlaces(body: BodySpan, heads?: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  const lasts = heads && new Set([...heads].map((h) => h.charCodeAt(h.length - 1)));
  const firsts = heads && new Set([...heads].map((h) => h.charCodeAt(0)));
  const add = (place: string): void => {
    if (!heads || heads.has(place)) out.add(place);
  };
  for (const { text } of bodyParagraphs(body)) {
    for (let at = text.indexOf('、'); at >= 0; at = text.indexOf('、', at + 1)) {
      if (!lasts || lasts.has(text.charCodeAt(at - 1))) for (const n of PLACE_LENGTHS) if (at - n >= 0) add(text.slice(at - n, at));
      if (!firsts || firsts.has(text.charCodeAt(at + 1))) for (const n of PLACE_LENGTHS) if (at + 1 + n <= text.length) add(text.slice(at + 1, at + 1 + n));
    }
    for (let at = text.indexOf('市'); at >= 0; at = text.indexOf('市', at + 1)) {
      if (!lasts || lasts.has(text.charCodeAt(at - 1))) for (const n of PLACE_LENGTHS) if (at - n >= 0) add(text.slice(at - n, at));
    }
  }
  return out;
}
