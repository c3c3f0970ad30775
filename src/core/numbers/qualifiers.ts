import type { Qualifier } from '../types';
import type { NumberMention } from './types';
import { mentionOf } from './mentionShape';

/** Qualifier words written before a figure (不低于5%, 超过1万家, 近千公里) and after it (5%以上, 3%左右). */
export const PREFIX_QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ['不低于', '以上'],
  ['不少于', '以上'],
  ['不超过', '以内'],
  ['不高于', '以内'],
  ['不到', '以内'],
  ['超过', '超过'],
  ['突破', '超过'],
  ['逾', '超过'],
  ['超', '超过'],
  // 地区生产总值跨过3万亿元 (陕西 2026, dev labels: 超过), GDP一跃跨过5000亿元大关 (宝安 2024): crossed, as 突破.
  ['跨过', '超过'],
  ['迈过', '超过'],
  // 为当地创造就业岗位过千个 (南山 2023), 力争实现固定资产投资过百亿元 (盐田 2016), 签约投资过亿元重点招商项目10个以上
  // (唐县 2021), all outside: 过 before a magnitude is 超. Only there (GUO_NEEDS_MAGNITUDE): 发生过一些 is aspect, and
  // 经过千辛万苦 or 走过千山万水 hold no figure.
  ['过', '超过'],
  ['接近', '约'],
  ['将近', '约'],
  ['近', '约'],
  ['约', '约'],
  ['大约', '约'],
  // 新建和改建的重大工業建設項目約有六百個 (national 1954), 建成而投入生产的约有七百个 (1959, dev labels: 约).
  ['约有', '约'],
  ['力争', '力争'],
];
/**
 * 一律按不低于5%的幅度压减, 城镇新增就业人数不低于900万人: a bound word before the figure is read both as its qualifier
 * (以上) and as the clause's measure; shown together the card reads “不低于 5%以上”. The qualifier says it: the word is
 * no measure of its own.
 */
export function isQualifierWord(measure: string | null, qualifier: Qualifier | null): boolean {
  if (measure === null || qualifier === null) return false;
  // (A loop, not some with an arrow made per call: a full GC drops such an arrow's optimised code — units.ts unitAt.)
  for (const [word, q] of PREFIX_QUALIFIERS) if (word === measure && q === qualifier) return true;
  return false;
}

export const SUFFIX_QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  // 65岁及以上老年人, 10万千瓦及以下燃煤机组: the bound itself included, the same qualifier.
  ['及以上', '以上'],
  ['及以下', '以下'],
  ['以上', '以上'],
  ['左右', '左右'],
  ['以内', '以内'],
  ['以下', '以下'],
  ['上下', '左右'],
  // 24%强 (a little over), an older way of writing.
  ['强', '超过'],
];

/**
 * 约 and 近 that close a word are no qualifier: 参加国际条约187个, 每年节约10%, 最近3年 (the 约 of 条约/节约/公约/合约/签约,
 * the 近 of 最近/附近/临近).
 */
const CLOSES_YUE = /[条條节節公合签簽制履契预預相特邀婚违違盟集隐]$/;
const WORD_BEFORE: Readonly<Record<string, RegExp>> = { 约: CLOSES_YUE, 约有: CLOSES_YUE, 近: /[最附临臨邻鄰靠就亲親贴貼]$/ };
/** 过 is a bound only before a figure written with a magnitude (过千个, 过亿元, 过五百亿), as reports write it. */
const GUO_NEEDS_MAGNITUDE = /[百千万亿萬億]/;

function endsWord(text: string, at: number, word: string): boolean {
  const before = WORD_BEFORE[word];
  return before !== undefined && before.test(text.slice(Math.max(0, at - 1), at));
}

/**
 * The word written before a figure when the normalised qualifier would misquote it: 不到70万亿元 is a bound below
 * (以内) but “70万亿元以内” is not what the report says (a trial user's finding), 不低于900万人 is not “900万人以上”
 * word for word. Null when the qualifier stands after the figure or is the word itself (约, 超过, 力争).
 */
export function writtenQualifier(text: string, m: Pick<NumberMention, 'start' | 'qualifier' | 'qualifierStart' | 'qualifierEnd'>): string | null {
  if (m.qualifier === null || m.qualifierStart === undefined || m.qualifierEnd === undefined || m.qualifierStart >= m.start) return null;
  const word = text.slice(m.qualifierStart, m.qualifierEnd);
  return word === m.qualifier ? null : word;
}

/** A figure before its qualifiers are read. */
export interface FigureDraft {
  start: number;
  end: number;
  value: number;
  valueMax?: number;
  unit: string | null;
  nature: NumberMention['nature'];
}

/**
 * The characters a qualifier after a figure can open with, and those one before it can close with: most figures have
 * none beside them, and a figure then skips the two lists' startsWith walk (this runs once per figure; a line of
 * figures side by side, the pathological percent-run, spent a twentieth of its time here — perf32).
 */
const SUFFIX_OPENINGS: ReadonlySet<string> = new Set(SUFFIX_QUALIFIERS.map(([word]) => word.charAt(0)));
const PREFIX_CLOSINGS: ReadonlySet<string> = new Set(PREFIX_QUALIFIERS.map(([word]) => word.charAt(word.length - 1)));

/** Adds the qualifier after the figure (以上, 左右, 以内 …), or else the one before it (超过, 近, 力争 …), and the tail. */
export function withQualifiers(text: string, m: FigureDraft): NumberMention {
  let qualifier: Qualifier | null = null;
  let qualifierStart: number | undefined;
  let qualifierEnd: number | undefined;
  let tail = m.end;
  const suffixes = SUFFIX_OPENINGS.has(text.charAt(m.end)) ? SUFFIX_QUALIFIERS : [];
  for (const [word, q] of suffixes) {
    // 强 (a little over) follows a percentage or a bare number only: 22轮强降水 is heavy rain.
    if (word === '强' && m.unit !== '%' && m.unit !== null) continue;
    if (text.startsWith(word, m.end)) {
      qualifier = q;
      qualifierStart = m.end;
      qualifierEnd = tail = m.end + word.length;
      break;
    }
  }
  // 增加一倍多, 已經達到一九四九年的九倍多: 多 after 倍 is “more than”, outside the figure as 以上 is (as the labels read
  // 一倍多 in national 1957 and 1959).
  if (!qualifier && m.unit === '倍' && text[m.end] === '多') {
    qualifier = '超过';
    qualifierStart = m.end;
    qualifierEnd = tail = m.end + 1;
  }
  if (!qualifier && m.start > 0 && PREFIX_CLOSINGS.has(text.charAt(m.start - 1))) {
    for (const [word, q] of PREFIX_QUALIFIERS) {
      const at = m.start - word.length;
      if (at >= 0 && text.startsWith(word, at) && !endsWord(text, at, word) && (word !== '过' || GUO_NEEDS_MAGNITUDE.test(text.slice(m.start, m.end)))) {
        qualifier = q;
        qualifierStart = at;
        qualifierEnd = m.start;
        break;
      }
    }
  }
  // In the one shape of mentionOf, not by adding fields: this runs once per figure.
  return mentionOf(m.start, m.end, m.value, m.valueMax, m.unit, m.nature, qualifier, qualifierStart, qualifierStart !== undefined ? qualifierEnd : undefined, tail);
}
