/**
 * The number itself, before its magnitude and unit: Arabic digits (with thousands separators, a decimal part, stray
 * PDF spaces) or a Chinese numeral (with 点 decimals and 几 after 十). Each reader stops within a few characters.
 */
import { isCnNumeralChar, parseChineseNumeral } from './chineseNumerals';

/**
 * More integer digits than this and a digit run is not a figure: it is an identifier, a pasted hash or noise. A double
 * holds every integer only up to 16 digits, so the value would be silently wrong (and past 309 digits Infinity, which
 * JSON writes as null); and the largest amount a report writes, a national GDP in 元, has 15.
 */
const MAX_INTEGER_DIGITS = 15;

/** 千 is a magnitude in 3千亩 but part of the unit in 千瓦, 千米, 千克, 千伏. */
export const KILO_UNIT_NEXT = new Set(['瓦', '米', '克', '伏', '卡', '帕', '兆']);

export interface Core {
  start: number;
  end: number;
  mantissa: string; // decimal string of the number as written, or '' for Chinese
  value: number;
  chinese: boolean;
  approx: boolean; // 多 / 余 inside the figure
  /** The upper bound of “a few” written with two neighbouring digits (三四百万 → 3–4 百万; value is the lower). */
  upper: number | undefined;
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Digits with thousands separators and a decimal part; also “1 9 9 8” digit runs broken by single spaces. */
export function arabicCore(text: string, at: number): Core | null {
  let j = at;
  let digits = '';
  while (isDigit(text[j])) digits += text[j++];
  // Stray spaces inside a digit run (1 9 9 8 年, 1 5 ．3 ％, 1 0 ．0 6 ‰): single digits separated by single spaces.
  const spacedPoint = (k: number): boolean => text[k] === ' ' && text[k + 1] === '.' && isDigit(text[k + 2]);
  const spaced = digits.length === 1 && ((text[j] === ' ' && isDigit(text[j + 1]) && text[j + 2] !== undefined && !isDigit(text[j + 2])) || spacedPoint(j));
  if (spaced) {
    while (text[j] === ' ' && isDigit(text[j + 1]) && !isDigit(text[j + 2])) {
      digits += text[j + 1];
      j += 2;
    }
    if (spacedPoint(j)) j++;
  }
  while ((text[j] === ',' || text[j] === '，') && isDigit(text[j + 1]) && isDigit(text[j + 2]) && isDigit(text[j + 3]) && !isDigit(text[j + 4])) {
    digits += text.slice(j + 1, j + 4);
    j += 4;
  }
  if (digits.length > MAX_INTEGER_DIGITS) return null;
  let mantissa = digits;
  // “20.2026年…” is a list marker followed by a year, not a decimal.
  // 全年增长19·5％ (a middle dot for the point, in some older texts) — only before a percentage, never “4·11”森林火灾.
  // (Before a magnitude too, as the same pages write it: 国内生产总值881·2亿元, 投资额270·4亿元 — outside text, a
  // city page whose points all came out as middle dots; read 2亿元 alone, the figure was wrong by three digits.)
  // (And in a ratio's parts, 三次产业的比例由上年的11·2:45·7:43·1: a part before a colon or after one.)
  const inRatio = /^[:：∶]$/.test(text[at - 1] ?? '') || /^·\d{1,3}[:：∶]\d/.test(text.slice(j, j + 7));
  const dotPoint = text[j] === '·' && (inRatio ? /^·\d/.test(text.slice(j, j + 2)) : /^·\d{1,3}(?:%|％|个百分点|[万亿])/.test(text.slice(j, j + 9)));
  if ((text[j] === '.' || dotPoint) && isDigit(text[j + 1]) && !/^\.\d{4}年/.test(text.slice(j, j + 6))) {
    j++;
    let frac = '';
    while (isDigit(text[j])) frac += text[j++];
    while (spaced && text[j] === ' ' && isDigit(text[j + 1]) && !isDigit(text[j + 2])) {
      frac += text[j + 1];
      j += 2;
    }
    mantissa = `${digits}.${frac}`;
  }
  if (!digits) return null;
  return { start: at, end: j, mantissa, value: Number(mantissa), chinese: false, approx: false, upper: undefined };
}

export function chineseCore(text: string, at: number): Core | null {
  let j = at;
  const limit = Math.min(text.length, at + 16);
  // 十几万, 三十几个, 一百一十几万人: 几 (“some”) after 十 stands for a digit; the figure reads as its lower bound.
  // (A leading 几, 几百个科学家 or 几千万人, is rhetoric, not a figure.)
  // 二、三百亿度: two neighbouring digits set apart by 、 before a magnitude are one “a few” range (read below).
  const listedPair = text[at + 1] === '、' && isNeighbourPair(text[at], text[at + 2]) && '十百千万亿'.includes(text[at + 3] ?? '-');
  if (listedPair) j = at + 2;
  while (j < limit && (isCnNumeralChar(text[j]) || (j > at && text[j] === '几' && (text[j - 1] === '十' || tensAfterHundreds(text, j))))) j++;
  // 八十万千瓦, 三千六百六十万千米: the 千 of a unit (千瓦, 千米, 千克) is not part of the number.
  if (j - at > 1 && text[j - 1] === '千' && KILO_UNIT_NEXT.has(text[j] ?? '')) j--;
  if (text[j] === '点' && isCnNumeralChar(text[j + 1]) && '十百千万亿'.indexOf(text[j + 1] as string) < 0) {
    j++;
    while (j < limit && isCnNumeralChar(text[j]) && '十百千万亿'.indexOf(text[j] as string) < 0) j++;
  }
  const s = text.slice(at, j);
  // 几十万人, 几百个科学家: a leading 几 is rhetoric (“hundreds of thousands”), not a figure of 十万.
  if (text[at - 1] === '几') return null;
  // 一九八二两个年度计划: a year written digit by digit is no figure, whatever numeral follows it.
  if (/^[一二][〇○零一二三四五六七八九]{3}/.test(s)) return null;
  // 一年零三个月: a numeral that opens with 零 continues the number before it (一年零三个月 is one time frame).
  if (s.length > 1 && /^[零〇○](?!点)/.test(s)) return null;
  // 一两个重点企业, 三五年, 一二三次产业: two or three bare digits side by side are “a few” or a list, not a number.
  if (/^[一二两三四五六七八九]{2,3}$/.test(s)) return null;
  // Single characters (一批, 三大, 十条, 两个维护) and bare magnitudes (万户, 千家万户) are words, not figures.
  if (s.length < 2 || /^[十百千万亿]/.test(s) && s.length < 2) return null;
  if (/^[万亿千百]/.test(s)) return null;
  const vague = s.includes('几');
  const pair = neighbourPair(listedPair ? s[0] + s.slice(2) : s);
  if (pair) return { start: at, end: j, mantissa: '', value: pair[0], chinese: true, approx: false, upper: pair[1] };
  // (几 after 百/千 stands for the next digit, which is not given: 一百几十亿元 reads 一百亿元, the value of the digits
  // given, as the labels README reads 十几万 (100000) and 一百一十几万人 (1100000) — it read 一百一十亿元 before, a digit
  // the text never wrote.)
  const value = parseChineseNumeral(vague ? s.replace(/([百千])几[十百]/g, '$1').replace(/几/g, '') : s);
  if (!Number.isFinite(value)) return null;
  return { start: at, end: j, mantissa: '', value, chinese: true, approx: vague, upper: undefined };
}

/**
 * 一百几十亿元的赤字 (national 1981), 一百几十种著名的工业产品 (national 1958): 几 after 百 before 十, or after 千
 * before 百, is an unknown digit inside the number, as it is after 十 (三十几个) — not the rhetoric of a leading 几.
 */
function tensAfterHundreds(text: string, j: number): boolean {
  const prev = text[j - 1];
  const next = text[j + 1];
  return (prev === '百' && next === '十') || (prev === '千' && next === '百');
}

const PAIR_DIGITS = '一二三四五六七八九';

/** 三四 / 两三 / 七八: two digits that follow each other, the way a Chinese numeral says “three or four”. */
export function isNeighbourPair(a: string | undefined, b: string | undefined): boolean {
  const i = PAIR_DIGITS.indexOf(a === '两' ? '二' : (a ?? '-'));
  return i >= 0 && b !== undefined && PAIR_DIGITS.indexOf(b === '两' ? '二' : b) === i + 1;
}

/**
 * “A few” written with two neighbouring digits inside a numeral: 三四百万 (3–4 million), 五六十 (50–60), 二十三四万
 * (23–24万), 十七八 (17–18). Parsed digit by digit these read as nonsense (三四百万 as 4 million); the lower bound drops
 * the second digit, the upper bound the first. The pair opens the numeral or follows a 十/百/千/万/亿, and a magnitude
 * or the numeral's end follows it (一九五八, a year, has no neighbours; 两三年 alone is “a few”, no figure).
 */
function neighbourPair(s: string): readonly [number, number] | null {
  for (let k = 0; k + 1 < s.length; k++) {
    if (!isNeighbourPair(s[k], s[k + 1])) continue;
    if (k > 0 && !'十百千万亿'.includes(s[k - 1] as string)) return null;
    if (k + 2 < s.length && !'十百千万亿'.includes(s[k + 2] as string)) return null;
    if (k === 0 && s.length === 2) return null;
    const low = parseChineseNumeral(s.slice(0, k + 1) + s.slice(k + 2));
    const high = parseChineseNumeral(s.slice(0, k) + s.slice(k + 1));
    return Number.isFinite(low) && Number.isFinite(high) && high > low ? [low, high] : null;
  }
  return null;
}

/** One Chinese numeral character as a core (the 九 of 百分之八至九). */
export function singleNumeral(text: string, at: number): Core | null {
  const value = parseChineseNumeral(text[at] ?? '');
  if (!Number.isFinite(value) || isCnNumeralChar(text[at + 1])) return null;
  return { start: at, end: at + 1, mantissa: '', value, chinese: true, approx: false, upper: undefined };
}
