/**
 * The unit under which figures of different reports are compared. Units differ in wording only for the same quantity
 * in a few cases: 度 is what reports from the 1950s to the 1990s (and some today) write for 千瓦时, and a series of
 * 发电量 across decades must put 三千六百二十亿度 and 7.5万亿千瓦时 on one line. Each figure keeps the unit as
 * written; only the cross-report views (series, charts, the Targets table) compare through this key.
 */
const SAME_QUANTITY: Readonly<Record<string, string>> = { 度: '千瓦时' };

export function unitKey(unit: string | null): string | null {
  return unit === null ? null : (SAME_QUANTITY[unit] ?? unit);
}

/** Whether two figures' units measure the same quantity in the same base unit. */
export function sameUnit(a: string | null, b: string | null): boolean {
  return unitKey(a) === unitKey(b);
}
