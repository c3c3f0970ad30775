import { comparePositions } from '../positions';
import type { Mention } from './mention';

/** 第十四届, 第15届: the edition of a recurring event. */
const EDITION = /第([一二三四五六七八九十百零〇\d]{1,4})届/;
/** Who holds an event, before or right after its edition (全国第十四届…, 第十四届全国…, 自治区第二届…). */
const SCOPE = /^(?:全国|全省|全市|全区|自治区|国际|世界|省|市|区)/;

/** The length of the edition a name opens with (第四届 of 第四届中国国际进口博览会), or 0. */
export function leadingEditionLength(name: string): number {
  const m = EDITION.exec(name);
  return m && m.index === 0 ? m[0].length : 0;
}

/**
 * The event series a name belongs to, or null: the holder (全国, 自治区 …) and the event after its edition, with
 * 运动会 clipped the way it is said (冬季运动会 → 冬运会). 第十四届全国冬运会, 全国第十四届冬运会 and
 * 全国第十四届冬季运动会 are one series; 自治区第二届冬运会 is another; the 15th 中俄蒙经贸洽谈暨商品展销会 follows the 14th.
 */
export function editionSeries(name: string): { series: string; ordinal: string } | null {
  // Asked of every name of a report: most have no 届, told by a plain search before the pattern runs.
  if (!name.includes('届')) return null;
  const m = EDITION.exec(name);
  if (!m) return null;
  const before = name.slice(0, m.index);
  let event = name.slice(m.index + m[0].length);
  const scope = SCOPE.exec(before)?.[0] ?? SCOPE.exec(event)?.[0] ?? '';
  if (event.startsWith(scope)) event = event.slice(scope.length);
  if (event.length > 3 && event.endsWith('运动会')) event = `${event[0]}运会`;
  if (event.length < 2) return null;
  return { series: `${scope}|${event}`, ordinal: m[1] as string };
}

/**
 * Names written two ways are one name: the editions of one event series (第十四届全国冬运会, 全国第十四届冬季运动会)
 * are mentions of the way said first.
 */
export function mergeVariants(mentions: Map<string, Mention[]>): Map<string, Mention[]> {
  const first = (name: string): Mention => (mentions.get(name) as Mention[])[0] as Mention;
  const groups = new Map<string, string[]>();
  for (const name of mentions.keys()) {
    const edition = editionSeries(name);
    if (!edition) continue;
    const group = groups.get(edition.series);
    if (group) group.push(name);
    else groups.set(edition.series, [name]);
  }
  // Copied only when a series merges (most reports have none): `first` keeps reading the map as it came.
  let merged: Map<string, Mention[]> | undefined;
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const present = group.filter((n) => (merged ?? mentions).has(n));
    if (present.length < 2) continue;
    merged ??= new Map(mentions);
    present.sort((x, y) => comparePositions(first(x).range.start, first(y).range.start));
    const keep = present[0] as string;
    const list = [...(merged.get(keep) as Mention[])];
    for (const other of present.slice(1)) {
      list.push(...(merged.get(other) as Mention[]));
      merged.delete(other);
    }
    list.sort((x, y) => comparePositions(x.range.start, y.range.start));
    merged.set(keep, list);
  }
  return merged ?? mentions;
}
