import type { NumberMention } from '../numbers/types';
import type { Bound } from './figureNames';
import { alternation, NEGATIONS } from '../lexicon/nameWords';

/**
 * A count said with a negated predicate after it — 由于主客观原因有10项没有完成 (保定市 2009), 有8项没有完成或终止实施
 * (保定市 2018), 在第一季度就有７种没有完成质量计划 (national 1956, dev) — counts the things that did not do it. The
 * words before the figure give only the negation (没有), which a trial's card showed as an indicator named 没有. The
 * name is what the labels write (national 1956: 没有完成质量计划的辽宁省纺织系统主要产品): the negated predicate after
 * the figure, then 的 and the things counted, which the figure before in the sentence with the same unit names
 * (１３种主要产品 … 有７种没有完成; 486项具体事项，完成了462项…有10项没有完成).
 */

/**
 * The predicate after the figure: a negation of nameWords.json's, longest first, then what is negated, up to the
 * clause's end (bounded). The list holds 没 as well as 没有, so 没|有 can read as a negation and its predicate: that
 * predicate is itself a negation and names nothing.
 */
const PREDICATE = new RegExp(`^(${alternation([...NEGATIONS])})([\\u4e00-\\u9fff]{1,10})(?=[，,。；;！!、]|$)`, 'u');
/** How far after the figure the predicate is read, and how many figures back its things are looked for. */
const WINDOW = 16;
const LOOK_BACK_FIGURES = 4;

/**
 * The name of a count whose only name is a negation (null when no predicate follows it: a negation alone names nothing,
 * and as a name it made a row and a chart 没有 — a line being typed, 有10项没有, or a quoted predicate), or the name
 * unchanged.
 */
export function negatedCountName(name: string | null, text: string, m: NumberMention, before: readonly Bound[]): string | null {
  if (name === null || !NEGATIONS.has(name) || m.nature !== 'count') return name;
  const said = PREDICATE.exec(text.slice(m.tail, m.tail + WINDOW));
  if (!said) return null;
  const predicate = `${said[1] as string}${said[2] as string}`;
  if (NEGATIONS.has(predicate)) return null; // 没|有: the negation alone again
  // The earliest such count of the last few is the whole the others part (486项具体事项，完成了462项，…取消14项，…有10项
  // 没有完成: not 取消, the figure right before). Items are counted in 项, 件, 个 or 种 alike (58件民生实事…有8项没有完成).
  // A whole counts more than its part: a count of as many or fewer is a sibling (…等4项因上级推迟…取消考核，…4项没有完成 —
  // 保定 2006/2007 archive, outside: not 没有完成的因上级), and one named by a negated predicate itself is another part
  // (有10项没有完成，有5项尚未启动: 5项 is not 尚未启动的没有完成 — such names grew by a predicate per count in a run).
  let things: string | null = null;
  for (let k = before.length - 1; k >= 0 && k >= before.length - LOOK_BACK_FIGURES; k--) {
    const b = before[k] as Bound;
    if (b.mention.nature === 'count' && sameKind(b.mention.unit, m.unit) && b.mention.value > m.value && b.name && !NEGATIONS.has(b.name) && !PREDICATE.test(b.name)) things = b.name;
  }
  return things ? `${predicate}的${things}` : predicate;
}

const ITEM_UNITS: ReadonlySet<string> = new Set(['项', '件', '个', '种']);

function sameKind(a: string | null | undefined, b: string | null | undefined): boolean {
  return a === b || (a != null && b != null && ITEM_UNITS.has(a) && ITEM_UNITS.has(b));
}
