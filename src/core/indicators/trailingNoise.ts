/**
 * Words that end the text before a figure's measure without naming anything: a comparison base (比上年末, 较2020年),
 * measure adverbs (年均, 实际, 同比), plan and modal words (计划, 力争), particles (的, 和, 、). Old planning language
 * reckons a figure: an estimate (农业总产值预计), a sum (基本建设总投资额累计完成) and the 等于 of a multiple
 * (现代工业总产值将等于一九四九年的四点二倍), a year's plan completed (…总产值只完成年度计划的) and a quarter
 * (工业总产值第一季度下降…) say how or when, not what (national 1954-1998, outside). A bare 完成 stays: the object may
 * follow the figure (…市场完成不少于100万批次农产品快检).
 *
 * The words are data (lexicon/trailingNoise.json); the few shapes with a number or a plan in them are patterns here.
 * Any run of them at a name's end is stripped.
 */
import data from '../lexicon/trailingNoise.json';
import { alternation } from '../lexicon/nameWords';

interface Guarded {
  readonly words: readonly string[];
  /** At least this many characters before the word. */
  readonly minBefore?: number;
  /** Never right after one of these characters. */
  readonly notAfter?: string;
  /** Only right after this word. */
  readonly after?: string;
}

export const NOISE_WORDS: readonly string[] = data.words;
export const COMPARISON_BASES: readonly string[] = data.comparisonBases;
export const GUARDED_NOISE: readonly Guarded[] = data.guarded;

/** A multiple's base year (分别为1982年的, 相当于1952年). */
const BASE_YEAR = '(?:分别)?(?:为|是|相当于)(?:19|20)\\d{2}年的?';
/** A comparison base: 比上年, 较去年同期, 比“十三五”末, 比2020年底. */
const COMPARISON = `(?:比|较)(?:${alternation(COMPARISON_BASES)}|“?十[二三四五六]五”?(?:时期|末|期末|同期)?|\\d{4}年)[末底初]?`;
/** A plan completed (超额完成全年, 完成了原定的, 只完成年度). */
const PLAN_DONE = '(?<=.{2})(?:超额)?完成了?(?:原定的?|全年|年度|五年)';
/** A part of a year (在今年第一季度, 上半年). */
const QUARTER = '(?<=.{2})在?(?:今年|去年|本年|当年)?(?:第?[一二三四]季度|上半年|下半年|前三季度)';
/** A reach (范围扩大到全国, 将推广至). */
const REACH = '(?<=.{2})(?:范围)?(?:要|将)?(?:扩大|扩展|推广)(?:到|至)(?:全国|全省|全市)?';

function guardedPattern(g: Guarded): string {
  const before = g.minBefore ? `(?<=.{${g.minBefore}})` : '';
  const notAfter = g.notAfter ? `(?<![${g.notAfter}])` : '';
  const after = g.after ? `(?<=${g.after})` : '';
  return `${before}${notAfter}${after}(?:${alternation(g.words)})`;
}

export const TRAILING_NOISE = new RegExp(
  `(?:${[alternation(NOISE_WORDS), BASE_YEAR, COMPARISON, PLAN_DONE, QUARTER, REACH, ...GUARDED_NOISE.map(guardedPattern)].join('|')})+$`,
);

/**
 * The end-anchored TRAILING_NOISE is tried on the name's last characters only (it runs once per figure, and an
 * end-anchored pattern is tried from every start): when its match begins near the window's start it may reach
 * further back, and the whole name is read instead — the result is always what the whole-name replace gives.
 */
const NOISE_WINDOW = 48;
/** Longer than any one alternative of TRAILING_NOISE, with room for its lookbehinds. */
const NOISE_MARGIN = 16;

/**
 * Every character a TRAILING_NOISE alternative can end on: a match is anchored at the end, so a name whose last
 * character is none of these has nothing to strip, and the regex (tried from every start) is not run at all (perf40:
 * it was the costliest regex of cleanName). Exact by construction: the words' last characters from the data, and the
 * endings the six patterns above can take, listed here with them (trailingNoise.test.ts tests each).
 */
export const NOISE_LAST_CHARS: ReadonlySet<string> = new Set(
  [
    ...NOISE_WORDS,
    ...COMPARISON_BASES,
    ...GUARDED_NOISE.flatMap((g) => g.words),
    // COMPARISON: a base then 末/底/初, “十三五” then ”/时期/末/期末/同期, a year; BASE_YEAR: 年, 年的; PLAN_DONE: 原定(的),
    // 全年, 年度, 五年; QUARTER: 季度, 上半年; REACH: 到, 至, 全国, 全省, 全市.
    ...'末底初五”期年的定度到至国省市',
  ].map((w) => w.slice(-1)),
);

export function withoutTrailingNoise(s: string): string {
  if (s.length === 0 || !NOISE_LAST_CHARS.has(s[s.length - 1]!)) return s;
  if (s.length <= NOISE_WINDOW) return s.replace(TRAILING_NOISE, '');
  const from = s.length - NOISE_WINDOW;
  const m = TRAILING_NOISE.exec(s.slice(from));
  if (!m) return s;
  return m.index < NOISE_MARGIN ? s.replace(TRAILING_NOISE, '') : s.slice(0, from + m.index);
}
