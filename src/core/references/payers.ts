import { boundedMemo } from '../memo';

/**
 * Names of money spent: who pays (中央财政), the words of paying (拟安排, 用于) and the word for the money (投入, 支出,
 * 资金) around what it is spent on (“三农”). A target and an actual are the same spending when what they are spent on
 * is the same (中央财政拟安排“三农”投入 8183亿元 ↔ 中央财政用于“三农”的支出 7253亿元); a name that says only who
 * pays (中央财政安排429亿元，解决…) names no indicator, and every target of that payer held it.
 */

/** Who pays, at a name's start (longest first where one holds another). */
const PAYERS: readonly string[] = ['中央财政', '国家财政', '地方财政', '各级财政', '省级财政', '市级财政', '县级财政', '省财政', '市财政', '县财政', '财政'];

/** Words between a payer and what it pays for, or said instead of it (中央财政|拟安排|…, 中央财政|拿出). */
const PAYING_WORDS: readonly string[] = ['预算安排', '拟安排', '安排', '还将', '将', '拟', '已', '用于', '为此', '连续', '当年就', '全年', '拿出', '新增', '增加', '下拨', '预算', '投入', '支出', '资金'];

/** The money itself, at a name's end (…投入, …的支出, …专项补助资金). */
const MONEY_ENDS: readonly string[] = ['专项补助资金', '补助资金', '补贴资金', '专项资金', '资金', '投入', '支出', '开支'];

/** Characters what is paid for needs to name one thing (三农, 社会保障). */
const MIN_THING = 2;

export interface Paid {
  /** What the money is spent on ('' when the name says only who pays). */
  readonly thing: string;
  /** Whether the name ends in a word for the money (投入, 支出, 资金). */
  readonly money: boolean;
}

/**
 * What a name of money spent is spent on, or undefined when the name neither starts with a payer nor ends in money.
 * Asked of every target × actual pair a report's pairing compares (thousands per report, a few hundred names): each
 * name is read once (boundedMemo).
 */
export function paidFor(name: string | null | undefined): Paid | undefined {
  return name ? readPaidOnce(name) : undefined;
}
const readPaidOnce = boundedMemo(readPaid, 4096);

function readPaid(name: string): Paid | undefined {
  let from = 0;
  const payer = PAYERS.find((p) => name.startsWith(p));
  if (payer) {
    from = payer.length;
    for (let word = startWord(name, from); word; word = startWord(name, from)) from += word.length;
  }
  let to = name.length;
  let money = false;
  for (let word = endWord(name, from, to); word; word = endWord(name, from, to)) {
    to -= word.length;
    money = true;
  }
  // “三农”的支出: the 的 before the money.
  if (money && to > from && name.charCodeAt(to - 1) === 0x7684) to--;
  if (!payer && !money) return undefined;
  return { thing: name.slice(from, to), money };
}

/** Whether a name says only who pays or that money is spent (中央财政, 中央财政投入, 资金): no indicator. */
export function paysForNothing(name: string | null | undefined): boolean {
  const paid = paidFor(name);
  return paid !== undefined && paid.thing.length < MIN_THING;
}

/**
 * Whether two names, already read by paidFor, are money spent on one thing (中央财政三农投入 ↔ 中央财政三农支出): both
 * end in money. Given what paidFor read, not the names: the pairing reads each name once, not per pair.
 */
export function samePaid(x: Paid | undefined, y: Paid | undefined): boolean {
  return x !== undefined && y !== undefined && x.money && y.money && x.thing.length >= MIN_THING && x.thing === y.thing;
}

/** What a name of money spent is spent on, when it names a thing (社会保障 of 中央财政社会保障资金). */
export function spentOn(name: string | null | undefined): string | undefined {
  const paid = paidFor(name);
  return paid && paid.thing.length >= MIN_THING ? paid.thing : undefined;
}

function startWord(name: string, from: number): string | undefined {
  return PAYING_WORDS.find((w) => name.startsWith(w, from));
}

function endWord(name: string, from: number, to: number): string | undefined {
  return MONEY_ENDS.find((w) => to - w.length >= from && name.startsWith(w, to - w.length));
}
