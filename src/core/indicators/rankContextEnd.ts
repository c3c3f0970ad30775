import { ANY_RANK_VERBS } from '../lexicon/nameWords';

/**
 * Where the rank context at a name's end begins (…位居全国城市, 跃居全国, 连续3年排名居全省), or -1: the leftmost start of
 *   (连续N年|连续多年|连年)? (排位|排名|位次)? VERB SCOPE* $
 * The regex this replaces (names.ts's RANK_CONTEXT_END) said exactly that, but its repeated scope group could split one
 * run of scopes in many ways (全省全省 is 全省 twice or one “three characters and 省”), so a run that fell short of the
 * end was tried in exponentially many splits. Here which positions begin a run of scopes to the end is decided once per
 * position, from the end back, and each verb occurrence then only looks a bounded way back for its streak: linear.
 */
export function rankContextStart(name: string): number {
  if (!CONTEXT_VERB.test(name)) return -1;
  const n = name.length;
  const toEnd = new Uint8Array(n + 1);
  toEnd[n] = 1;
  for (let p = n - 1; p >= 0; p--) toEnd[p] = endsRun(scopeEnds(name, p), toEnd) ? 1 : 0;
  let best = -1;
  for (let j = 0; j < n; j++) {
    if (!verbBeforeRun(name, j, toEnd)) continue;
    const start = prefixStart(name, j);
    if (best < 0 || start < best) best = start;
  }
  return best;
}

/** The verbs that put a figure at a rank or a scope: the rank verbs, and those of reaching (进入, 跻身, 升至 …). */
const CONTEXT_VERBS: readonly string[] = [
  ...ANY_RANK_VERBS,
  ...['进入', '跻身', '保持', '成为', '包揽', '跃升至', '上升至', '提升至', '升至', '升到', '跃升'],
  // (…考核蝉联第一 — 盐田区 2015, 罗湖区 2018, 福田区 2022, 龙华区 2023, outside: held again is said of a rank. Only here,
  // at a name's end: 蝉联市生态文明建设考核八连冠 opens a streak's clause, which the rank verbs would cut at its start.)
  '蝉联',
];
const CONTEXT_VERB = new RegExp(CONTEXT_VERBS.join('|'));

/** The scopes a rank is held in (全国, 全省, 中西部, 副省级城市 …), besides any province by name (see scopeEnds). */
const SCOPES: readonly string[] = [
  '全国', '全省', '全市', '全区', '全球', '世界', '国内', '中国', '大陆', '中部地区', '中西部', '西部', '中部', '东部', '东北',
  '城市', '重点城市', '同类城市', '地级市', '省会城市', '副省级城市', '各省区市', '各省区', '各省份', '各省市', '各省', '沿海省市',
  '沿海省份',
];
const STREAK_RANKS: readonly string[] = ['排位', '排名', '位次'];
const HAN = /[\u4e00-\u9fff]/;
/**
 * The wholes a ranked group is named in, and the group after one: its members (各区, 各县区, 各重点片区) or a kind of peer
 * (区县, 区（县）, 大中城市, 同类机构, 区域碳市场). Not a list or an evaluation the figure is ranked by (全国工业百强区,
 * 便利店百强榜, 环卫指数测评): that is what the rank measures, and stays in the name.
 */
const WHOLES: readonly string[] = ['全国', '全省', '全市', '全球', '世界', '亚洲'];
const GROUP = /^(?:各[\u4e00-\u9fff]{1,6}|[\u4e00-\u9fff]{0,4}(?:区县级?|区（县）|城市|机构|市场))$/;
const STREAK_COUNT = /[\d一二三四五六七八九十]/;

// (Loops, not some/filter/find with an arrow: asked at every position of every name read, and an arrow made per call is
// a function whose optimised code a full GC drops — re-optimised on every analysis that follows one, as the bench's
// forced-GC runs are; --trace-opt showed these arrows the most re-optimised of the whole analysis.)

/** Whether one of the scope ends `ends` begins a run of scopes to the name's end (toEnd). */
function endsRun(ends: readonly number[], toEnd: Uint8Array): boolean {
  for (const e of ends) if (toEnd[e] === 1) return true;
  return false;
}

/** Whether a context verb stands at j with a run of scopes from its end to the name's end. */
function verbBeforeRun(name: string, j: number, toEnd: Uint8Array): boolean {
  for (const verb of CONTEXT_VERBS) if (name.startsWith(verb, j) && toEnd[j + verb.length] === 1) return true;
  return false;
}

/** The ends of every scope that starts at p: a listed one, or two or three characters and 省 or 自治区 (河北省, 内蒙古自治区). */
function scopeEnds(name: string, p: number): number[] {
  const ends: number[] = [];
  for (const scope of SCOPES) if (name.startsWith(scope, p)) ends.push(p + scope.length);
  // (A whole and the group ranked in it, to the name's end: 位居全市各区, 排名全省各县区, 居全市各重点片区, 居全省区县, 位居全国
  // 同类机构 — 福田区 2017, 2021, 坪山区 2023, 2024, 深圳 2009, outside. The groups are many; what they follow is a whole.)
  let whole: string | undefined;
  for (const w of WHOLES) {
    if (!name.startsWith(w, p)) continue;
    whole = w;
    break;
  }
  if (whole && GROUP.test(name.slice(p + whole.length))) ends.push(name.length);
  if (!HAN.test(name.charAt(p)) || !HAN.test(name.charAt(p + 1))) return ends;
  for (const body of [2, 3]) {
    if (body === 3 && !HAN.test(name.charAt(p + 2))) break;
    if (name.startsWith('省', p + body)) ends.push(p + body + 1);
    if (name.startsWith('自治区', p + body)) ends.push(p + body + 3);
  }
  return ends;
}

/** The leftmost start of the optional streak and rank word before a verb at j. */
function prefixStart(name: string, j: number): number {
  let start = Math.min(j, streakStart(name, j));
  if (j >= 2 && STREAK_RANKS.includes(name.slice(j - 2, j))) start = Math.min(start, j - 2, streakStart(name, j - 2));
  return start;
}

/**
 * Where a streak (连年, 连续多年, 连续3年) that ends at s begins, or s when none does. A count is digits or numerals
 * after 连续, so it runs back to the first character that is neither: the 续 it must follow.
 */
function streakStart(name: string, s: number): number {
  if (s >= 2 && name.slice(s - 2, s) === '连年') return s - 2;
  if (name.charAt(s - 1) !== '年') return s;
  let r = s - 1;
  if (name.charAt(r - 1) === '多') r -= 1;
  else while (r > 0 && STREAK_COUNT.test(name.charAt(r - 1))) r -= 1;
  return r < s - 1 && r >= 2 && name.slice(r - 2, r) === '连续' ? r - 2 : s;
}
