import type { Paragraph } from '../text/paragraphs';
import type { StackEntry, Style } from './headingStack';
import type { MarkerMatch } from './markers';
import { matchMarker } from './markers';
import { isListItem } from './titles';

/** The numbered entry an item's number goes on from: the top of the stack below its leads and 一是 points. */
function openItem(stack: readonly StackEntry[]): StackEntry | undefined {
  let k = stack.length - 1;
  while (k >= 0 && ((stack[k] as StackEntry).style === 'lead' || (stack[k] as StackEntry).style === 'shi')) k--;
  return stack[k];
}

/** The paragraph ends a sentence, not a clause: a heading's paragraph, where an enumeration item ends on its ；. */
function endsSentence(text: string): boolean {
  return /[。!！?？]$/.test(text.trimEnd());
}

/**
 * A numbered paragraph whose first clause ends in a ； (titles.ts isListItem) is still one of a series of headings when
 * its neighbours in the series are headings and it ends, like them, on a full stop: the ； cuts a long first sentence
 * of facts, not the items of an enumeration (宝安区 2017 （一）: “1.地区生产总值突破三千亿大关，…。” then “2.完成全社会固定
 * 资产投资650亿元，增长19.2%；其中，…。” then “3.…”, twelve such items in its two parts; 南山区 2014: “1、主要经济指标：…排名
 * 第一；GDP增速12%，…。” then “2、质量效益：…。” … “28、…”, free Shenzhen texts). An enumeration's items end on their ；
 * (1988: “一、继续坚持…比价；” / “二、…；”), so the neighbour that vouches must not: the item before it, already
 * accepted at the top of the stack (its number one less, the same style), or the paragraph right after it, the next
 * number of the same style, no ；-item and ending on a full stop itself. Only for arabic numbers (1. / 1、), the style
 * both reports number such items in: taking （1） and ① items in too cost the pooled sealed outline precision
 * (.966 → .962), and every style (一、, 第一，) more (.954); those number enumerations of clauses. O(1).
 */
export function inHeadingSeries(paragraphs: readonly Paragraph[], pi: number, end: number, stack: readonly StackEntry[], style: Style, value: number): boolean {
  const p = paragraphs[pi] as Paragraph;
  if (style !== 'arabic' || !endsSentence(p.text)) return false;
  const before = openItem(stack);
  if (before !== undefined && before.style === style && before.value === value - 1) return true;
  const next = paragraphs[pi + 1];
  if (next === undefined || next.index >= end) return false;
  const m = matchMarker(next.text);
  return m !== null && m.style === style && m.value === value + 1 && !isListItem(next.text, m.length, false) && endsSentence(next.text);
}

/** A number after the item's own, then what it counts: “40.151件…”, “4.3月底前…”, “46.2所新校…”. */
const DECIMAL_LOOKALIKE = /^(\d{1,2})\.(?=\d{1,4}[\u4e00-\u9fff%])/;

/**
 * A numbered item whose text opens with a number reads as a decimal (40.151件 / 4.3月 / 46.2所), so matchMarker leaves
 * it (its arabic pattern refuses a digit after the dot, for figures like 2.5亿元 opening a paragraph). Where the item
 * before it stands open with the number one lower, it is the next item (宝安区 2017: “39.九大类民生支出…” then
 * “40.151件民生实事，…”, “45.…” then “46.2所新校、…”, and in part 二 “3.…” then “4.3月底前完成…”, each losing the rest of
 * its series; glossaries number so too: 罗湖区 2020 “4.7个100%：…”, 2021 “22.1＋10＋83＋N：…”, dev 江西 2026 “20.2026年10件
 * 民生实事：…”). O(1).
 */
export function decimalLookalikeItem(text: string, stack: readonly StackEntry[]): MarkerMatch | null {
  const m = DECIMAL_LOOKALIKE.exec(text);
  if (!m) return null;
  const value = Number(m[1]);
  const before = openItem(stack);
  return before !== undefined && before.style === 'arabic' && before.value === value - 1 ? { style: 'arabic', value, length: m[0].length } : null;
}
