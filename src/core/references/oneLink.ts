import { rangeWithin } from '../positions';
import type { Reference } from '../types';

/**
 * One link per mention. A quoted term and a name said at once go from one place to one place: the term “三北” of the
 * name “三北”工程 (national 2024), the term “双百” inside 产业用地更新“双百”行动, the names inside a quoted list
 * (“草原音乐名城、冰雪运动名城、文化旅游名城”, 海拉尔 2019). Where one link's source and target both lie within the
 * other's, the one holding them is the link (what the whole mention names; a name over its term when both are
 * alike); the other is kept on it as `also`, so that Find All References on the held thing still lists this mention.
 */
export function oneLinkPerMention(terms: readonly Reference[], names: readonly Reference[]): Reference[] {
  if (terms.length === 0 || names.length === 0) return [...terms, ...names];
  const holds = (outer: Reference, inner: Reference): boolean => rangeWithin(inner.from.range, outer.from.range) && rangeWithin(inner.to.range, outer.to.range);
  // Names by the line their source starts on: a term is compared with the names of its own line only.
  const namesOn = new Map<number, Reference[]>();
  for (const r of names) {
    const line = r.from.range.start.line;
    const list = namesOn.get(line);
    if (list) list.push(r);
    else namesOn.set(line, [r]);
  }
  const held = new Map<Reference, Reference[]>();
  const hold = (outer: Reference, inner: Reference): void => {
    const list = held.get(outer);
    if (list) list.push(inner);
    else held.set(outer, [inner]);
  };
  const gone = new Set<Reference>();
  for (const term of terms) {
    for (const name of namesOn.get(term.from.range.start.line) ?? []) {
      if (gone.has(name)) continue;
      if (holds(name, term)) {
        hold(name, term);
        gone.add(term);
        break;
      }
      if (holds(term, name)) {
        hold(term, name);
        gone.add(name);
      }
    }
  }
  if (gone.size === 0) return [...terms, ...names];
  const withHeld = (r: Reference): Reference => {
    const inner = held.get(r)?.filter((x) => x.key !== undefined);
    return inner?.length ? { ...r, also: inner.map((x) => ({ key: x.key!, range: x.from.range })) } : r;
  };
  return [...terms, ...names].filter((r) => !gone.has(r)).map(withHeld);
}
