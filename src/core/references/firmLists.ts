import type { Paragraph } from '../text/paragraphs';
import { rangeIn } from './context';
import type { Mention } from './mention';
import { nameStarts, startsAfterBoundary, wordEndsAt } from './nameStart';
import { isListItem } from './modifiers';
import { POLICY_TERMS } from '../terms/lexicon';
import { itemSeparatorBefore } from './itemSeparator';

/** The word a list of firms ends with (…、…等龙头企业): read by entities.ts's type-word scan, no pass of its own. */
export const FIRM_END = '企业';

/** An item of a list of firms: a short run of characters, as firms are called (百泰, 华大基因, 立讯精密, DHL). */
const ITEM = /^[\u4e00-\u9fffA-Za-z]{2,8}$/;
/** Characters no firm's name holds: they join or count items (…和…, 3家), say whose (…的…) or rank (500强). */
const NOT_IN_ITEM = /[等和及与或的个项座家批强]/;
/**
 * Words between 等 and 企业 that say what kind of firms the items are by field or place (等|优势领域的|龙头企业, 等|科技
 * 中介|企业, 等|会展上下游|企业, 等地对接企业): the items are then fields or places, not firms. Checked by includes on
 * the few characters between (at most MAX_BETWEEN).
 */
const FIELD_MARKS: readonly string[] = ['领域', '行业', '产业', '中介', '上下游', '的', '地', '类', '型'];
/** Words between 等 and 企业 (等|重点|企业, 等|一批行业龙头|企业): at most this long. */
const MAX_BETWEEN = 6;
/** How far back the 、 before an item is looked for: the longest item and one. */
const REACH = 9;
/** At most this many items are read back from one list, and this many firms kept per report (bounds for huge inputs). */
const MAX_ITEMS = 12;
const MAX_FIRMS = 24;
/** Said more often than this, the word is the report's ordinary vocabulary (科技, 能源), whatever a list made of it. */
const MAX_SAID = 8;
/** The policy dictionary's terms (terms/policyTerms.json): fields a report pursues (集成电路, 新能源), no firm. */
const POLICY_KINDS: ReadonlySet<string> = new Set(POLICY_TERMS);
/** Kinds of firms said before 企业 (独角兽企业, 专精特新企业): a list of them (隐形冠军、独角兽等优质企业) names none. */
const KIND_ENDS = /(?:企业|公司|冠军|集团)$/;

/**
 * The items of a list of firms (盐田 2019: 支持周大福、百泰等企业发挥…; 南山 2024: 迈瑞、大疆等企业获…; 宝安 2021:
 * 支持顺丰、京东等企业发展; 福田 2021/2022: 荣耀终端、华为数字能源等龙头企业; 深圳 2012: 华为、中兴、比亚迪等企业):
 * a report's own firms, named by no type word, which it reviews and sets to work again (周大福荣获… … 鼓励支持周大福、
 * 百泰、粤豪等企业). Learned from the list's structure only; their mentions are found after the body is read
 * (addFirmMentions). Read back from 等 over 、, each look bounded.
 */
export function firmItems(p: Paragraph, at: number, firms: Set<string>): void {
  const text = p.text;
  const end0 = listEnd(text, at);
  if (end0 < 0) return;
  const items: string[] = [];
  let end = end0;
  for (let n = 0; n < MAX_ITEMS; n++) {
    const sep = itemSeparatorBefore(text, end, REACH);
    const start = sep >= 0 ? sep + 1 : (nameStarts(text, end).at(-1) ?? end);
    const item = text.slice(start, end);
    // A field the policy dictionary names makes the list one of fields (集成电路、新能源汽车等领域), as its other items are.
    if (POLICY_KINDS.has(item)) return;
    // So does an item that is a kind of firm itself (自来水、能源、燃气集团等企业 — 深圳 2002; 隐形冠军、独角兽等优质企业):
    // the list is of sectors' or kinds' firms, and its other items are sectors or kinds too.
    if (KIND_ENDS.test(item)) return;
    const whole = sep >= 0 || startsAfterBoundary(text, start);
    if (whole && ITEM.test(item) && !NOT_IN_ITEM.test(item) && isListItem(item)) items.push(item);
    if (sep < 0) break;
    end = sep;
  }
  for (const item of items) if (firms.size < MAX_FIRMS) firms.add(item);
}

/**
 * Every mention of the firms the lists taught, added to the names (a firm some other rule already names, 盐田港, is
 * that rule's). A firm's name stands as a word wherever it is said (华大基因|成为, 周大福|荣获, 中芯国际|12英寸线). A
 * two-character item said before another noun anywhere (能源|结构, 平安|深圳, 金融|机构, 空间|布局) is a field or a piece
 * of another name, and none of its mentions is kept: two characters are as often a field as a firm (坪山 2019's 金融,
 * 深圳 2003's 通信, 盐田 2020's 平安, outside). A longer one said so once or twice among more mentions that stand alone
 * (盐田 2017 and 2023: 华大基因学院 … 支持华大基因加快… … 华大基因、盐田港等企业; 盐田 2016: 东部华侨城; 福田 2022:
 * 华为数字能源) is that firm's other name there (its academy, its works), and the mentions standing alone are still
 * the firm's. One indexOf walk per firm learned (at most MAX_FIRMS), over the body paragraphs.
 */
export function addFirmMentions(paragraphs: readonly Paragraph[], firms: ReadonlySet<string>, mentions: Map<string, Mention[]>): void {
  for (const firm of firms) {
    if (mentions.has(firm)) continue;
    const found: Mention[] = [];
    let inWords = 0;
    for (const p of paragraphs) {
      const text = p.text;
      for (let at = text.indexOf(firm); at >= 0 && found.length <= MAX_SAID; at = text.indexOf(firm, at + firm.length)) {
        if (endsWord(text, at + firm.length)) found.push({ range: rangeIn(p, at, at + firm.length), text: firm, nested: false });
        else inWords++;
      }
      if (found.length > MAX_SAID) break;
    }
    const kept = inWords === 0 || (firm.length >= MIN_LOOSE_FIRM && inWords < found.length);
    if (kept && found.length >= 2 && found.length <= MAX_SAID) mentions.set(firm, found);
  }
}

/** A firm's name this long may be said inside a longer word now and then (华大基因|学院) and still be the firm's. */
const MIN_LOOSE_FIRM = 3;

/** A count said right after the firms it counts (华为、平安、腾讯|三大企业) ends a word too, as a digit does. */
const COUNT_OPENING = /[一二两三四五六七八九十]/;

function endsWord(text: string, end: number): boolean {
  return wordEndsAt(text, end) || COUNT_OPENING.test(text[end] ?? '');
}

/** Where the list's last item ends, at its 等 (…等企业, …等龙头企业), or -1 when the words between say a field. */
function listEnd(text: string, at: number): number {
  for (let m = 0; m <= MAX_BETWEEN && at - m > 0; m++) {
    if (text[at - m - 1] !== '等') continue;
    const between = text.slice(at - m, at);
    return FIELD_MARKS.some((w) => between.includes(w)) ? -1 : at - m - 1;
  }
  return -1;
}
