import data from '../lexicon/zoneHeads.json';
import { isBefore } from '../positions';
import type { Reference } from '../types';
import type { RefContext } from './context';
import { bodyParagraphs, blockNodes, rangeIn } from './context';
import type { EntityMentions, Mention } from './entities';

/** Kind words of zones named after their place, longest first, with what may stand between (zoneHeads.json). */
const SUFFIXES: ReadonlyArray<{ suffix: string; between: number }> = data.suffixes;
const GENERIC_HEADS: ReadonlySet<string> = new Set(data.genericHeads);
/** The place is the name's first two characters (雄安, 横琴). */
const HEAD = 2;
/**
 * What may follow the place said alone as the zone: a break, or a word joining or ending a noun phrase (联动雄安和推进,
 * 联动雄安的关系, 联动雄安为抓手, 服务北京和雄安，). Any other character goes on into a word of its own (雄安配套骨干道路,
 * 雄安协同保障高地, 雄安调蓄库, 雄安郊野公园: src32 保定市-2021, 河北省-2022), where the place modifies another thing; a closing quote or
 * a middle dot ends a slogan or brand the place is a word of (“时尚雄安”, “廉洁雄安”, 雄安·容城: src32 容城县-2019).
 */
const ENDS_PHRASE = /^(?:[^\u4e00-\u9fff”"’·・]|[和与及的为、])/;
/** A character before the place that makes it part of a word (环雄安生态林带: the ring around it, not the zone). */
const JOINS_BEFORE = /[环周大小新老]/;

/** The place a zone's name opens with, or undefined when the name is no such zone's. */
function zoneHead(name: string, ownPlace: string | null): string | undefined {
  const kind = SUFFIXES.find((s) => name.endsWith(s.suffix));
  if (kind === undefined) return undefined;
  const between = name.length - kind.suffix.length - HEAD;
  if (between < 0 || between > kind.between) return undefined;
  const head = name.slice(0, HEAD);
  // The report's own place said alone is the place (容城县-2012's 容城 after its 容城新区), never its new area.
  if (ownPlace?.startsWith(head) === true) return undefined;
  return /^[\u4e00-\u9fff]{2}$/.test(head) && !GENERIC_HEADS.has(head) ? head : undefined;
}

/**
 * A zone said later by its place alone (雄安 for 雄安新区, after the report named it) links `short` to the name's first
 * mention. Only after it: before it the place is a place. One indexOf per paragraph and zone (a report names a few).
 */
export function findZoneHeadReferences(ctx: RefContext, mentions: EntityMentions): Reference[] {
  const zones: Array<{ head: string; name: string; first: Mention }> = [];
  for (const [name, list] of mentions) {
    const head = zoneHead(name, ctx.meta.place);
    const first = list.find((m) => !m.nested);
    if (head !== undefined && first) zones.push({ head, name, first });
  }
  if (zones.length === 0) return [];
  const out: Reference[] = [];
  for (const p of bodyParagraphs(ctx, blockNodes(ctx.outline))) {
    const text = p.text;
    for (const z of zones) {
      for (let at = text.indexOf(z.head); at >= 0; at = text.indexOf(z.head, at + HEAD)) {
        const end = at + HEAD;
        if ((end < text.length && !ENDS_PHRASE.test(text.slice(end, end + 1))) || (at > 0 && JOINS_BEFORE.test(text[at - 1] as string))) continue;
        const from = rangeIn(p, at, end);
        if (!isBefore(z.first.range.start, from.start)) continue;
        out.push({ kind: 'short', from: { range: from, text: z.head }, to: { range: z.first.range, text: z.first.text }, key: `entity:${z.name}` });
      }
    }
  }
  return out;
}
