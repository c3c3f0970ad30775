import type { Paragraph } from '../text/paragraphs';
import type { Mention } from './mention';
import { rangeIn } from './context';
import { nameStarts } from './nameStart';

/** An item of a list that shares one type word: a short run of Chinese characters (紫金山, 通苏嘉甬, 盐泰锡常宜). */
const ITEM = /^[\u4e00-\u9fff]{2,6}$/;
/** Characters no short name holds: they join or count items, not name them. */
const NOT_IN_ITEM = /[等和及与或的个项座家批]/;
/** At most this many items are read back from one type word (a bound for huge inputs). */
const MAX_ITEMS = 12;

/**
 * A list of names that shares one type word (紫金山、太湖、钟山、云龙湖等实验室; 北沿江、通苏嘉甬、盐泰锡常宜高铁): each
 * item is the name with that type word (紫金山实验室), keyed so; the item itself is the mention. Items are read back
 * from the type word over 、 only; an item made of ordinary words (教育、医疗等服务中心) or ending in a type word of its
 * own is no such name (`isItem` says which are).
 */
export function listedNames(p: Paragraph, at: number, type: string, isItem: (item: string) => boolean, mentions: Map<string, Mention[]>): void {
  const text = p.text;
  // The last item ends at the type word, or before 等 (云龙湖等实验室), or before 等 and a count (长赣、宜常、永清广、黔吉
  // 等6条高铁); attached to the type word it is the type-word scan's own mention, and only the items before it are added here.
  const counted = countedListAt(text, at);
  const listed = text[at - 1] === '等' || counted > 0;
  let end = counted > 0 ? at - counted : listed ? at - 1 : at;
  const items: Array<{ start: number; end: number }> = [];
  for (let n = 0; n < MAX_ITEMS; n++) {
    const sep = separatorBefore(text, end);
    const start = sep >= 0 ? sep + 1 : (nameStarts(text, end).at(-1) ?? end);
    const item = text.slice(start, end);
    if (!ITEM.test(item) || NOT_IN_ITEM.test(item) || !isItem(item)) return;
    items.push({ start, end });
    if (text[start - 1] !== '、') break;
    end = start - 1;
  }
  if (items.length < 2) return;
  for (const [k, { start, end: stop }] of items.entries()) {
    if (k === 0 && !listed) continue;
    const item = text.slice(start, stop);
    const key = item + type;
    const list = mentions.get(key) ?? [];
    list.push({ range: rangeIn(p, start, stop), text: item, nested: false });
    mentions.set(key, list);
  }
}

/** 等 and a count right before a type word (等6条|高铁, 等十个|园区), read back from the type word. */
const COUNTED_LIST = /等[\d一二两三四五六七八九十百]{1,4}[条个座项家所处]$/;
/** How far back COUNTED_LIST may reach. */
const MAX_COUNTED = 7;

/** The length of 等 and a count ending at `at` (等6条), or 0: where a list's last item ends, before its count. */
export function countedListAt(text: string, at: number): number {
  // Asked at every type word: most have no classifier before them, told without cutting a string.
  if (!CLASSIFIERS.has(text.charCodeAt(at - 1))) return 0;
  return COUNTED_LIST.exec(text.slice(Math.max(0, at - MAX_COUNTED), at))?.[0].length ?? 0;
}
/** COUNTED_LIST's last characters. */
const CLASSIFIERS: ReadonlySet<number> = new Set([...'条个座项家所处'].map((c) => c.charCodeAt(0)));

/** The 、 at most six characters before `end` (an item's length), or -1: a bounded look, not a scan of the paragraph. */
function separatorBefore(text: string, end: number): number {
  for (let k = end - 1; k >= 0 && k >= end - 7; k--) if (text.charCodeAt(k) === 0x3001) return k;
  return -1;
}
