const DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const DIGIT_BY_CODE: ReadonlyMap<number, number> = new Map(Object.entries(DIGIT).map(([c, v]) => [c.charCodeAt(0), v]));

/** Value of a small Chinese numeral as used in heading markers (一 … 九十九); NaN when it is not one. */
export function smallChineseNumber(s: string): number {
  if (s.length === 0 || s.length > 3) return NaN;
  const ten = s.indexOf('十');
  // (By code unit: `s in DIGIT` looked the one-character key up in V8's string table, on every marker of every paragraph.)
  if (ten < 0) return s.length === 1 ? (DIGIT_BY_CODE.get(s.charCodeAt(0)) ?? NaN) : NaN;
  const tens = ten === 0 ? 1 : s.length >= 2 ? DIGIT[s.slice(0, ten)] : NaN;
  const rest = s.slice(ten + 1);
  const ones = rest === '' ? 0 : rest.length === 1 ? DIGIT[rest] : NaN;
  if (tens === undefined || ones === undefined || Number.isNaN(tens) || Number.isNaN(ones)) return NaN;
  if (ten > 1) return NaN;
  return tens * 10 + ones;
}
