const DIGITS: Record<string, number> = { 〇: 0, '○': 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export const CN_NUMERAL_CHARS = '〇○零一二两三四五六七八九十百千万亿';

const CN_NUMERAL_SET = new Set(CN_NUMERAL_CHARS);

/** Called for every character of every paragraph: a Set lookup, not a string search. */
export function isCnNumeralChar(ch: string | undefined): boolean {
  return ch !== undefined && CN_NUMERAL_SET.has(ch);
}

/**
 * Value of a Chinese numeral: 三百三十九亿 → 33900000000, 八千六百七十七万 → 86770000, 两千 → 2000, 十三 → 13,
 * 七十七点五 → 77.5; a run of bare digits (一九八○) reads positionally (1980). NaN when malformed.
 * The result is built as a decimal string and parsed once, so 点 fractions stay exact.
 */
export function parseChineseNumeral(s: string): number {
  const point = s.indexOf('点');
  const intPart = point >= 0 ? s.slice(0, point) : s;
  const frac = point >= 0 ? s.slice(point + 1) : '';
  let fracDigits = '';
  for (const ch of frac) {
    const d = DIGITS[ch];
    if (d === undefined) return NaN;
    fracDigits += String(d);
  }
  // 六万万 (older reports): 万万 is 亿.
  const whole = parseInteger(intPart.replace(/万万/g, '亿'));
  if (Number.isNaN(whole)) return NaN;
  return fracDigits ? Number(`${whole}.${fracDigits}`) : whole;
}

function parseInteger(s: string): number {
  if (s.length === 0) return NaN;
  if ([...s].every((ch) => DIGITS[ch] !== undefined)) {
    return s.length === 1 ? (DIGITS[s] as number) : Number([...s].map((ch) => DIGITS[ch]).join(''));
  }
  let total = 0;
  let section = 0;
  let num = 0;
  let sawDigit = false;
  for (const ch of s) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      num = d;
      // 零 only holds a place: 二千零十七 is 2017, its 十 a ten as at the numeral's start (一十), not 0×10.
      sawDigit = d !== 0;
      continue;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      section += (num === 0 && !sawDigit ? 1 : num) * small;
      num = 0;
      sawDigit = false;
    } else if (ch === '万') {
      total += (section + num) * 1e4;
      section = 0;
      num = 0;
      sawDigit = false;
    } else if (ch === '亿') {
      total = (total + section + num) * 1e8;
      section = 0;
      num = 0;
      sawDigit = false;
    } else return NaN;
  }
  return total + section + num;
}

/** 十四 → 14, 两 → 2, 14 → 14, 一九八二 → 1982: ordinals and years in Arabic or Chinese digits. */
export function smallNumber(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : parseChineseNumeral(s);
}
