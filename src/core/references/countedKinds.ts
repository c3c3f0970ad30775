/**
 * A designation of institutions the report counts is a class, not one named thing: 9个国家区域医疗中心, 7家国家区域医疗
 * 中心 (安徽, 江西 2026), 建成区域性农业综合服务中心286个 (河南 2025, unseen). Said again (高质量运营国家区域医疗中心,
 * 加快建设区域性农业综合服务中心), it still means the class, and a reader marking links leaves it alone, as the dev labels
 * do (test/fixtures/links/README.md, session 24). Only centres and laboratories: a counted pilot or zone (national 2022: 新增4个服务业
 * 扩大开放综合试点) is one programme the report carries out, and stays a name. A quoted name (“两重”项目) is a programme
 * whose items are counted, and stays a name too. Both looks are bounded (a count is a few characters): linear.
 */

/** The kinds of institution a designation names (the type word its name ends with). */
const INSTITUTION_KINDS: readonly string[] = ['中心', '实验室'];
/** A count right before a name (9个|, 两家|, 1.2万个|): digits or numerals, then a classifier of things. */
const COUNT_BEFORE = /(?:\d+(?:\.\d+)?[万千]?|[一二两三四五六七八九十百千]+)[个家所座]$/;
/** A count right after a name (|286个, |1.3万家): digits, then a classifier of things. */
const COUNT_AFTER = /^\d+(?:\.\d+)?[万千]?[个家所座]/;
/** How far the counts above reach: a number of up to nine characters and its classifier. */
const MAX_COUNT = 10;

/** Whether the name at text[start, end) is a designation of institutions counted where it is said. */
export function isCountedDesignation(text: string, start: number, end: number): boolean {
  if (text[start] === '“' || text[start] === '"') return false;
  if (!INSTITUTION_KINDS.some((k) => text.startsWith(k, end - k.length))) return false;
  return isCounted(text, start, end);
}

/** Whether the thing said at text[start, end) is counted where it is said (24个|…, …|286个). */
export function isCounted(text: string, start: number, end: number): boolean {
  if (start > 0 && COUNT_BEFORE.test(text.slice(Math.max(0, start - MAX_COUNT), start))) return true;
  return COUNT_AFTER.test(text.slice(end, end + MAX_COUNT));
}

/**
 * A count that closes the clause right after a name (新认定创业孵化基地13家；, 新增市级儿童友好基地11个。): the name is
 * what the clause counts, a class of things of which the report adds so many, not one named thing — 宝安 2017/2020,
 * 坪山 2024, 深圳 2017/2023/2024, 广东 2022, 盐田 2017, 黑龙江 2026 (outside, 16 such links, none a name). A count that
 * goes on into another noun (盐田港百条航线, 深圳综合改革试点48项经验) counts that noun, and a count before the name
 * (新增4个服务业扩大开放综合试点 — national 2022, dev) may count the rounds of one programme: neither is this.
 */
const COUNT_CLOSING = /^(?:\d+(?:\.\d+)?[万千]?|[一二两三四五六七八九十百]+)[个家所座处](?:[，。；、,;]|$)/;

/** Whether the name at text[start, end) is counted by a count that closes its clause (|13家；, |11个。). */
export function isCountedTotal(text: string, start: number, end: number): boolean {
  if (text[start] === '“' || text[start] === '"') return false;
  return COUNT_CLOSING.test(text.slice(end, end + MAX_COUNT + 1));
}

/** The words of a grade's lower bound (县级以上, 市级及以上): what follows is every designation of that grade or above. */
const GRADE_BOUNDS: readonly string[] = ['级以上', '级及以上'];

/**
 * Whether the thing said at `start` follows a grade's lower bound (县级以上|现代农业园区达到12个, 新增市级以上|现代农业
 * 园区2家 — 曲阳 2020 and 2022, 易县 2021, 涞水 2020, outside): a class of designations the report counts, whatever its
 * kind, as a counted centre is; said again (抓好现代农业园区完善提升) it still means the class.
 */
export function afterGradeBound(text: string, start: number): boolean {
  return saidRightBefore(text, start, GRADE_BOUNDS);
}

/** Words that make what follows one more of a kind, not a named one: “a new …”, “another …”. */
const INDEFINITES: readonly string[] = ['新的', '又一'];

/**
 * Whether the thing said at `start` is said as one more of its kind (打造|新的|经济增长极, 沿海|又一|经济增长极 — 河北
 * 2008 and 2009, 清苑 2021, outside): a kind the report hopes to add to, no named thing; said again, it is the kind.
 */
export function afterIndefinite(text: string, start: number): boolean {
  return saidRightBefore(text, start, INDEFINITES);
}

/** Whether one of `words` ends right at `start`. */
function saidRightBefore(text: string, start: number, words: readonly string[]): boolean {
  return words.some((w) => start >= w.length && text.startsWith(w, start - w.length));
}
