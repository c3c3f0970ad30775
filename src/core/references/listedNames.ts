import type { Paragraph } from '../text/paragraphs';
import type { Mention } from './mention';
import { rangeIn } from './context';
import { nameStarts } from './nameStart';
import { TYPES, genericMayEndAt, onlyGeneric } from './modifiers';

/** An item of a list that shares one type word: a short run of Chinese characters (紫金山, 通苏嘉甬, 盐泰锡常宜). */
const ITEM = /^[\u4e00-\u9fff]{2,6}$/;
/** Characters no short name holds: they join or count items, not name them. */
const NOT_IN_ITEM = /[等和及与或的个项座家批]/;
/** At most this many items are read back from one type word (a bound for huge inputs). */
const MAX_ITEMS = 12;
/**
 * An item of a list whose type word comes after ordinary words (金白兰武有色金属、宝汉天工业母机2个国家先进制造业集群;
 * 碳化硅三期、阳泉铝产业链一体化等项目): the 等 or the count set the items apart, so an item may be a longer name.
 */
const LONG_ITEM = /^[\u4e00-\u9fff]{4,12}$/;
/** A place closes no such item: 庆阳、张掖、天水3个省级区域医疗中心 are three places' centres, named by no item. */
const PLACE_END = /[省市县区州镇乡村]$/;

/**
 * A list of names that shares one type word (紫金山、太湖、钟山、云龙湖等实验室; 北沿江、通苏嘉甬、盐泰锡常宜高铁): each
 * item is the name with that type word (紫金山实验室), keyed so; the item itself is the mention. Items are read back
 * from the type word over 、 only; an item made of ordinary words (教育、医疗等服务中心) or ending in a type word of its
 * own is no such name (`isItem` says which are).
 */
export function listedNames(p: Paragraph, at: number, type: string, isItem: (item: string) => boolean, mentions: Map<string, Mention[]>, keyOf: (name: string) => string = (name) => name): void {
  const text = p.text;
  // The last item ends at the type word, or before 等 (云龙湖等实验室), or before 等 and a count (长赣、宜常、永清广、黔吉
  // 等6条高铁); attached to the type word it is the type-word scan's own mention, and only the items before it are added here.
  const counted = countedListAt(text, at);
  // Not after 等 or a count right at the type word, the list may end before ordinary words (…等重点项目, …三大工程).
  const shared = text[at - 1] === '等' || counted > 0 ? -1 : sharedKindListEnd(text, at);
  const listed = text[at - 1] === '等' || counted > 0 || shared >= 0;
  let end = shared >= 0 ? shared : counted > 0 ? at - counted : listed ? at - 1 : at;
  const shape = shared >= 0 ? LONG_ITEM : ITEM;
  const reach = shared >= 0 ? LONG_REACH : SHORT_REACH;
  const items: Array<{ start: number; end: number }> = [];
  let ownItems = 0;
  for (let n = 0; n < MAX_ITEMS; n++) {
    const sep = separatorBefore(text, end, reach);
    const start = sep >= 0 ? sep + 1 : (nameStarts(text, end).at(-1) ?? end);
    const item = text.slice(start, end);
    // In a list set apart by 等 or a count, an item that is a name of its own kind (青藏铁路、西气东输、西电东送等重点
    // 工程) is found by its own type word; the items around it still share the list's.
    const own = shared >= 0 && LONG_ITEM.test(item) && TYPES.matches(item).length > 0;
    // An item that ends as the type word does (能博会 before 专业镇博览会 — 山西 2025, outside: 办好能博会、专业镇博览会、
    // 杏花村酒业博览会) is an event said by its clip, a name of its own, as an item holding the type word is: no such list
    // (keyed 能博会博览会, the clip scan took the clip for the short name of that made-up name, and linked it to itself).
    if (endsAsType(item, type)) return;
    if (!own && (!shape.test(item) || NOT_IN_ITEM.test(item) || !isItem(item) || (shared >= 0 && PLACE_END.test(item)))) return;
    if (!own) items.push({ start, end });
    else ownItems++;
    if (text[start - 1] !== '、') break;
    end = start - 1;
  }
  // One item before 等 and ordinary words (金白兰武有色金属等国家级产业集群) is one of that kind, named: it stands alone.
  const lone = shared >= 0 && items.length === 1 && text[shared] === '等';
  if (items.length + ownItems < 2 && !lone) return;
  for (const [k, { start, end: stop }] of items.entries()) {
    if (k === 0 && !listed) continue;
    const item = text.slice(start, stop);
    // Keyed as the type-word scan keys a name (its kind clipped: 曲港|高速公路 is 曲港高速, entities.ts).
    const key = keyOf(item + type);
    const list = mentions.get(key) ?? [];
    list.push({ range: rangeIn(p, start, stop), text: item, nested: false });
    mentions.set(key, list);
  }
}

/** Whether an item ends with the last character of the type word its list would share (能博会 | 博览会: 会). */
function endsAsType(item: string, type: string): boolean {
  return item.length > 0 && item.charCodeAt(item.length - 1) === type.charCodeAt(type.length - 1);
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

/** How far back the 、 before an item is looked for: an item's length and one. */
const SHORT_REACH = 7;
const LONG_REACH = 13;

/** The 、 at most `reach` characters before `end` (an item's length), or -1: a bounded look, not a scan of the paragraph. */
function separatorBefore(text: string, end: number, reach: number): number {
  for (let k = end - 1; k >= 0 && k >= end - reach; k--) if (text.charCodeAt(k) === 0x3001) return k;
  return -1;
}

/** Ordinary words between a list's end and the type word its items share (等|国家级产业|集群): at most this long. */
const MAX_SHARED_MODIFIER = 8;
/** A count that closes a list of names before their kind (…、城乡安居|三大|工程, …、宝汉天工业母机|2个|…集群). */
const LIST_COUNT = /(?:等)?[\d一二两三四五六七八九十]{1,3}[个大项条座家所处]$/;
/** LIST_COUNT's last characters. */
const COUNT_ENDS: ReadonlySet<number> = new Set([...'个大项条座家所处'].map((c) => c.charCodeAt(0)));

/**
 * Where the last item of a list ends when the kind its items share is said after ordinary words (金白兰武有色金属等|
 * 国家级产业|集群; 城市生命线、全域水患治理、城乡安居|三大|工程; 西电东送等|重大|项目) or after a count alone (…三大|工程), or
 * -1. The words between are read back from the type word, at most MAX_SHARED_MODIFIER characters: a bounded look.
 */
export function sharedKindListEnd(text: string, at: number): number {
  // Asked at every type word: where no generic word can end before it, no words between are ordinary ones, and only a
  // count right at the type word is looked for (m = 0) — not eight modifiers cut and split in turn.
  const reach = genericMayEndAt(text, at) ? MAX_SHARED_MODIFIER : 0;
  for (let m = 0; m <= reach && at - m > 0; m++) {
    if (m > 0 && !onlyGeneric(text.slice(at - m, at))) continue;
    const before = at - m;
    if (m > 0 && text[before - 1] === '等') return before - 1;
    // LIST_COUNT ends with a classifier: where none stands before, it is not run (asked at every type word, per m).
    if (!COUNT_ENDS.has(text.charCodeAt(before - 1))) continue;
    const count = LIST_COUNT.exec(text.slice(Math.max(0, before - 5), before))?.[0];
    if (count !== undefined) return before - count.length;
  }
  return -1;
}
