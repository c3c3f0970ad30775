import type { Paragraph } from '../text/paragraphs';
import { rangeIn } from './context';
import type { Mention } from './mention';
import { nameStarts, startsAfterBoundary } from './nameStart';
import { MIN_SPECIFIC_READING, isListItem, onlyGeneric, specificLength } from './modifiers';
import { POLICY_TERMS } from '../terms/lexicon';
import { itemSeparatorBefore } from './itemSeparator';

/** The word a list of projects ends with (…、…等重大项目): read by entities.ts's type-word scan, no pass of its own. */
export const PROJECT_END = '项目';

/** An item of a project list: a run of Chinese characters, as long as a company's project is named (华锦阿美精细化工). */
const ITEM = /^[\u4e00-\u9fff]{4,14}$/;
/** Characters no project's name holds: they join or count items (…和…, 3个), or say whose (…的…). */
const NOT_IN_ITEM = /[等和及与或的个项座家批]/;
/** A place closes no project's name (…等市县项目). */
const PLACE_END = /[省市县区州镇乡村]$/;
/** The policy dictionary's terms (terms/policyTerms.json): kinds of things a report pursues, none a project's name. */
const POLICY_KINDS: ReadonlySet<string> = new Set(POLICY_TERMS);
/** How far back the 、 before an item is looked for: the longest item and one. */
const REACH = 15;
/** At most this many items are read back from one list (a bound for huge inputs). */
const MAX_ITEMS = 12;
/** Ordinary words between 等 and 项目 (等|重点|项目, 等|重大|项目): at most this long. */
const MAX_BETWEEN = 4;
/** Characters left in an item when its ordinary words are taken out, for it to name one project (陕煤|煤炭分质利用). */
const MIN_SPECIFIC_ITEM = MIN_SPECIFIC_READING * 2;

/**
 * The items of a list of projects (陕西 2025: 陕煤煤炭分质利用、国能聚乙醇酸等重大项目开工建设 … 加快陕煤煤炭分质利用、
 * 环氧树脂一期等项目建设; 辽宁 2026: 华锦阿美精细化工、中国原子能科学院葫芦岛基地…等重点项目 … 华锦阿美精细化工、亿纬锂能
 * 沈阳工厂等项目建成投产): each item names one project, though no type word ends it, and a project reviewed and set to
 * work again links as any name does. Only items of such lists are read (said in prose, 利用 or 化工 end no name), and
 * an item holding a type word is the type-word scan's own. Read back from 等 over 、, each look bounded.
 */
export function addProjectItems(p: Paragraph, at: number, mentions: Map<string, Mention[]>): void {
  const text = p.text;
  let end = listEnd(text, at);
  if (end < 0) return;
  const items: Array<{ item: string; start: number; end: number }> = [];
  for (let n = 0; n < MAX_ITEMS; n++) {
    const sep = itemSeparatorBefore(text, end, REACH);
    // The first item starts where a name may (after the verb that leads into the list: 加快|陕煤煤炭分质利用).
    const start = sep >= 0 ? sep + 1 : (nameStarts(text, end)[0] ?? end);
    const item = text.slice(start, end);
    // A kind the policy dictionary names (集成电路, 新能源, 新型基础设施) makes the list one of kinds, as its other items
    // then are (national 2015: 信息网络、集成电路、新能源…航空发动机、燃气轮机等重大项目; 2022: 新型基础设施、老旧公用设施改造等
    // 建设项目): none of them names a project.
    if (POLICY_KINDS.has(item)) return;
    // (Only where a word ends before it: a reading that stopped inside a figure's measure (芯业时代8英寸|半导体、…等项目 —
    // 陕西 2026; 龙滩水电站1000吨级|通航设施、…等项目, an item longer than REACH — 广西 2026) is a piece of a word, no name.)
    const whole = sep >= 0 || startsAfterBoundary(text, start);
    if (whole && ITEM.test(item) && !NOT_IN_ITEM.test(item) && !PLACE_END.test(item) && isListItem(item) && specificLength(item) >= MIN_SPECIFIC_ITEM) {
      items.push({ item, start, end });
    }
    if (sep < 0) break;
    end = sep;
  }
  for (const { item, start, end } of items) {
    const list = mentions.get(item);
    const mention = { range: rangeIn(p, start, end), text: item, nested: false };
    if (list) list.push(mention);
    else mentions.set(item, [mention]);
  }
}

/** Where the list's last item ends, at its 等 (…等项目, …等重点项目), or -1. */
function listEnd(text: string, at: number): number {
  for (let m = 0; m <= MAX_BETWEEN && at - m > 0; m++) {
    if (text[at - m - 1] !== '等') continue;
    if (m === 0 || onlyGeneric(text.slice(at - m, at))) return at - m - 1;
  }
  return -1;
}
