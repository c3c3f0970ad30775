import { comparePositions } from '../positions';
import type { Mention } from './mention';
import { sortUnlessInOrder } from './inOrder';

const byStart = (a: Mention, b: Mention): number => comparePositions(a.range.start, b.range.start);

/** A name is at least this long to absorb the longer candidates that end with it. */
const MIN_SUFFIX_NAME = 4;
const RESULTATIVE = /^[\u4e00-\u9fff]{1,2}[好实足活亮强优大]$/;
/** The last characters RESULTATIVE allows. */
const RESULT_ENDS: ReadonlySet<number> = new Set([...'好实足活亮强优大'].map((c) => c.charCodeAt(0)));

/**
 * Where a verb the dictionary does not know stands before a name (用好北京冬奥会), the candidate runs too far back; the
 * same name seen on its own elsewhere (精彩的北京冬奥会) tells where it starts. A candidate that ends with another
 * candidate is that candidate, its range trimmed to it. Linear in the number of candidates times their length.
 */
export function mergeSuffixes(mentions: Map<string, Mention[]>): Map<string, Mention[]> {
  // The names long enough to try, as they are now (the loop deletes the name it merges, and only that one).
  const names: string[] = [];
  for (const name of mentions.keys()) if (name.length >= 2 + MIN_SUFFIX_NAME) names.push(name);
  for (const name of names) {
    const list = mentions.get(name) as Mention[];
    let suffix: string | undefined;
    // A resultative verb is two or three characters (用好, 做大做强's 做强): only those prefixes are tried.
    for (let i = 2; i <= 3 && i + MIN_SUFFIX_NAME <= name.length; i++) {
      // Only a resultative verb (用好, 办实, 用足, 盘活, 做亮, 做强) the dictionary lacks: an ordinary modifier (政府融资平台) makes
      // another name. Its last character is tested before a prefix is cut for the pattern.
      if (!RESULT_ENDS.has(name.charCodeAt(i - 1)) || !RESULTATIVE.test(name.slice(0, i))) continue;
      const tail = name.slice(i);
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
  for (const list of mentions.values()) if (list.length > 1) sortUnlessInOrder(list, byStart);
  return mentions;
}
