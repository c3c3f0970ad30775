import { onlyGeneric } from './modifiers';
import { isNationalPlace } from '../workspace/placeLevel';

/** Words that count or sort what follows (再建设一批|国家自主创新示范区): a name starts after them, never with them. */
const QUANTITY = /^(?:一大批|一批批|一批|一系列|若干|各类|多个|一些)/;

/** Starts right after a quantity word that opens a possible start (from), before the type word at `at`. */
export function quantityStarts(text: string, starts: readonly number[], at: number): ReadonlyArray<{ from: number; start: number }> {
  // Made only when a quantity word is there (asked at every type word; most have none).
  let out: Array<{ from: number; start: number }> | undefined;
  for (const s of starts) {
    // Only 一, 各, 若 and 多 open a quantity word: other starts are passed without cutting a string.
    const c = text.charCodeAt(s);
    if (c !== 0x4e00 && c !== 0x5404 && c !== 0x82e5 && c !== 0x591a) continue;
    const q = QUANTITY.exec(text.slice(s, s + 3))?.[0].length ?? 0;
    if (q > 0 && s + q < at && !starts.includes(s + q)) (out ??= []).push({ from: s, start: s + q });
  }
  return out ?? NO_QUANTITY;
}

const NO_QUANTITY: ReadonlyArray<{ from: number; start: number }> = [];

/** A quantity or a batch said before a name (首批, 一批, 国家首批): what is counted, not which. */
const QUANTITY_HEAD = /^(?:国家|全国)?(?:首批|第[一二三四五六七八九十\d]+批|一批|新一批)$/;
const LEVEL = /级|重点/;
/** Fields a programme is of (养老|服务业综合改革试点 is not the 国家|服务业综合改革试点): what, not where. */
const FIELDS: ReadonlySet<string> = new Set(['养老', '文化', '体育', '医疗', '教育']);

/**
 * The report's own place as its names say it: 辽宁 of 辽宁省, 广州 of 广州市, 海拉尔 of 海拉尔区 (empty when unknown or
 * national). Brand names read it too (brands.ts: 平安苏州).
 */
export function ownPlace(place: string | null): string {
  if (!place || isNationalPlace(place)) return '';
  return place.replace(/(?:维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市|区|县|盟|旗)$/, '');
}

/**
 * Whether what a report says before a name's shared end is only its scope (tails.ts joinScoped): nothing, the report's
 * own place, ordinary words or a batch, not a level, a rank or a field (养老|服务业综合改革试点 is another pilot).
 */
export function scopeHead(meta: { readonly place: string | null }): (head: string) => boolean {
  const place = ownPlace(meta.place);
  // A level or a rank (省级, 县级, 国家级, 重点) says which class of things, not where: 省级零碳园区 is no 零碳园区 of before.
  return (head: string): boolean =>
    !LEVEL.test(head) && !FIELDS.has(head) && (head === '' || head === place || onlyGeneric(head) || QUANTITY_HEAD.test(head) || (place !== '' && head.startsWith(place) && onlyGeneric(head.slice(place.length))));
}
