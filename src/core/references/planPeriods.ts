import { anchoredMatches, anchoredPattern } from '../text/anchoredMatches';

/**
 * Plan periods as a report writes them: “九五”, 十一五, “十五”计划, 第十个五年计划, 第十四个五年规划. Every form is
 * reduced to its short form (numeral + 五), which is what the part that treats the period and a mention share.
 */

export interface PlanMention {
  readonly start: number;
  readonly end: number;
  /** The short form, 十四五 for 第十四个五年规划 as for “十四五”. */
  readonly period: string;
  /** Said in full (第十个五年计划), not in its short form. */
  readonly spelled: boolean;
}

const DIGITS = '一二三四五六七八九';
/** 一 … 十九: the plan numbers the People's Republic has used or will use for a long while. */
function isPlanNumber(n: string): boolean {
  if (n.length === 1) return DIGITS.includes(n) || n === '十';
  if (n.length === 2) return n[0] === '十' && DIGITS.includes(n[1] as string);
  return false;
}

/** A plan said in full: 第十个五年计划, 第十四个五年规划. */
const SPELLED = /第([一二三四五六七八九十]{1,2})个五年(?:计划|规划)/g;
/** Found from each 个五年 (anchoredMatches.ts says why): 第 and two numerals stand before it. */
export const SPELLED_SCAN = anchoredPattern(SPELLED, '个五年', 3);
/**
 * A short form: a run of numerals that starts no longer number (一九九五年, 二〇一五, 一百一十五 are not plans),
 * ends in 五 and is followed by no numeral or counter word (十五个, 二十五项 are counts; 十五大, 十五届 a congress).
 */
const SHORT = /(?<![〇零一二三四五六七八九十百千万亿两第0-9０-９.．])([一二三四五六七八九十]|十[一二三四五六七八九])五(?![〇零一二三四五六七八九十百千万亿两0-9０-９%％.．个项条次届大年岁天日月家人名座所位])/g;
/** Found from each 五 (anchoredMatches.ts says why): at most 十 and a numeral stand before it. */
export const SHORT_SCAN = anchoredPattern(SHORT, '五', 2);
/** What follows an unquoted two-character form for it to be a plan (十五期间, 九五计划): 十五 alone is a number. */
const PLAN_WORDS = ['计划', '规划', '时期', '期间', '期末', '末期', '初期', '以来', '前期', '后期', '中期'];
const OPEN_QUOTES = '“「"‘';
const CLOSE_QUOTES = '”」"’';

export function planMentions(text: string): PlanMention[] {
  if (!text.includes('五')) return [];
  const out: PlanMention[] = [];
  for (const m of anchoredMatches(text, SPELLED_SCAN)) {
    const n = m[1] as string;
    if (isPlanNumber(n)) out.push({ start: m.index, end: m.index + m[0].length, period: `${n}五`, spelled: true });
  }
  for (const m of anchoredMatches(text, SHORT_SCAN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (out.some((o) => start < o.end && o.start < end)) continue;
    const quoted = OPEN_QUOTES.includes(text[start - 1] ?? '') && CLOSE_QUOTES.includes(text[end] ?? '');
    // Three characters (十四五) are only ever a plan; two (十五, 九五) need quotes or a plan word after them.
    if (m[0].length < 3 && !quoted && !PLAN_WORDS.some((w) => text.startsWith(w, end))) continue;
    out.push({ start, end, period: m[0], spelled: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A plan said in full as part of a document's name — 《…发展第十五个五年规划纲要（草案）》, 关于制定国民经济和社会发展第十五个
 * 五年规划的建议 — names that document (its own link, by title), not the period: the hand-marked dev reports never link it.
 */
export function namesADocument(text: string, m: PlanMention): boolean {
  if (!m.spelled) return false;
  if (text.endsWith('发展', m.start)) return true;
  const open = text.lastIndexOf('《', m.start);
  return open >= 0 && text.lastIndexOf('》', m.start) < open;
}

const PLAN_ALONE = /^(?:第([一二三四五六七八九十]{1,2})个五年(?:计划|规划)|((?:[一二三四五六七八九十]|十[一二三四五六七八九])五)(?:计划|规划)?)$/;
/**
 * The period a quoted term or a name is, whole (“九五” → 九五, “十五”计划 → 十五, 第七个五年计划 → 七五), or null: such a
 * term or name is the period, which periods.ts links to the part that treats it.
 */
export function periodOf(text: string): string | null {
  // Asked of every term and name link of a report that treats a period: every period holds 五, told without a regex.
  if (!text.includes('五')) return null;
  const m = PLAN_ALONE.exec(text.replace(/[“”"「」]/g, ''));
  if (!m) return null;
  const n = m[1];
  if (n !== undefined) return isPlanNumber(n) ? `${n}五` : null;
  return m[2] ?? null;
}
