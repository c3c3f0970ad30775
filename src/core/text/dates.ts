const CN_DIGIT: Record<string, string> = { 〇: '0', '○': '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

function cnSmall(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const ten = s.indexOf('十');
  if (ten < 0) return Number(CN_DIGIT[s] ?? NaN);
  const tens = ten === 0 ? 1 : Number(CN_DIGIT[s.slice(0, ten)] ?? NaN);
  const ones = s.length > ten + 1 ? Number(CN_DIGIT[s.slice(ten + 1)] ?? NaN) : 0;
  return tens * 10 + ones;
}

/** “2021年1月19日” / “二〇二一年一月十九日” (already width-folded) → “2021-01-19”, or null when it is not a date. */
export function parseChineseDate(s: string): string | null {
  const m = /^(\S{4})\s*年\s*(\S{1,3}?)\s*月\s*(\S{1,3}?)\s*日$/.exec(s.trim());
  if (!m) return null;
  const yearText = (m[1] as string).replace(/[〇○零一二三四五六七八九]/g, (c) => CN_DIGIT[c] ?? c);
  const year = Number(yearText);
  const month = cnSmall(m[2] as string);
  const day = cnSmall(m[3] as string);
  if (!Number.isInteger(year) || year < 1900 || year > 2200 || !(month >= 1 && month <= 12) || !(day >= 1 && day <= 31)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
