/**
 * A measure said alone after a clause about a sector (第二产业增势强劲，增加值达到948亿元; 民营经济快速发展，2012年增加值达到…;
 * 工业生产增长较快，总产值比上年增长…): the clause before has the subject and says how it went, and the figure's clause
 * names only the measure — 增加值 of what, the reader of a card cannot tell. The figure measures the sector's
 * 增加值 (第二产业增加值), as labels write it. Only a measure of output or earnings alone, only a clause of the same
 * sentence that holds no figure and ends by saying how the sector went, and only a sector by its head word — an
 * industry named by 业 alone too, after two characters or more (纺织服装业整合升级步伐加快，销售收入和利税分别增长…
 * — 保定 2007, outside; 就业, 创业 and the other words of NOT_INDUSTRIES are never one). 粮食 is the sector of its 生产
 * (粮食生产出现重要转机，总产量达2480万吨 — 河北 2005, outside: 粮食总产量); a random audit of unseen national text
 * (names29) found measures alone after such clauses in 8 outside reports of 1960–2005 (…经济效益大幅度提高，实现利润…).
 */
import type { Boundaries } from './boundaries';
import { alternation, OWN_PLACES, WHOLE_PLACES } from '../lexicon/nameWords';

/** Measures that name nothing without the sector they are of. */
// (总产: 粮食生产连续八年增产丰收，总产达到585万吨 — 保定 2011 archive, outside.)
const BARE_MEASURES: ReadonlySet<string> = new Set(['增加值', '产值', '总产值', '利润', '利税', '销售收入', '营业收入', '主营业务收入', '产量', '总产量', '总产']);

/** What a clause says of how a sector went, at its end (发展, 加快, 增势强劲, 增长较快, 稳步发展). */
// (丰收: a harvest is how a crop's 生产 went — 粮食生产获得丰收，总产量达到…; 粮食生产连续八年增产丰收，总产达到585万吨,
// 保定 2011 archive, outside.)
const WENT = /(?:发展|加快|强劲|较快|迅猛|迅速|良好|平稳|回升|壮大|好转|攀升|做大做强|提高|势头|转机|成长|丰收)$/;

/** The sector a clause opens with: the shortest run ending in a sector's head word, before at most 10 more characters. */
const SECTOR = /^([\u4e00-\u9fff]{0,14}?(?:产业|工业|农业|服务业|制造业|建筑业|企业|经济|行业|(?<=[\u4e00-\u9fff]{2})业|粮食(?=生产)))[\u4e00-\u9fff]{0,10}$/;

/**
 * Examples named before the sector they belong to (钢铁、铝业、装备制造等五大支柱产业, 煤化工、风力发电等战略性新兴产业 —
 * 包头 2013, outside): the sector is what follows 等; the examples are not part of its name.
 */
const EXAMPLES_BEFORE = /^[\u4e00-\u9fff]{1,8}(?:、[\u4e00-\u9fff]{1,8})+等(?=[\u4e00-\u9fff])/;

/**
 * `name` prefixed with the sector the clause before names, when `name` is a measure alone (or a list of them,
 * 销售收入、利税) and that clause (same sentence, no figure) is a sector and how it went; `name` otherwise.
 */
/** Whether every item is in `set`. A loop, not every with an arrow made per call (numbers/units.ts unitAt says why). */
function allIn(items: readonly string[], set: ReadonlySet<string>): boolean {
  for (const item of items) if (!set.has(item)) return false;
  return true;
}

export function sectorMeasure(name: string | null, text: string, at: number, bounds: Boundaries): string | null {
  if (!name) return name;
  // (Split only a list: asked of every figure's name, and most are one item — perf41.)
  const items = name.includes('、') || name.includes('和') ? name.split(/、|和/) : [name];
  if (!allIn(items, BARE_MEASURES)) return name;
  const clauseStart = bounds.clauseEndBefore(at);
  if (clauseStart <= 0 || !/[，,]/.test(text.charAt(clauseStart))) return name;
  const clause = text.slice(bounds.clauseEndBefore(clauseStart) + 1, clauseStart).trim().replace(EXAMPLES_BEFORE, '');
  if (clause.length > 24 || /\d/.test(clause)) return name;
  // A scope word before the sector is the report's own place (全市农业 → 农业), and 经济 alone is the whole economy (全市
  // 经济运行平稳，增加值… names no sector: review15): only a modified economy is one (民营经济, 县域经济). The scope goes
  // first, so that it never counts toward the characters a bare 业 needs before it (全市就业 is no industry).
  const scoped = clause.replace(SCOPE_PREFIX, '');
  // (钢、石油、化学肥料…等主要工业产品，一九六四年的产量都比一九六三年增长百分之二十以上 — national 1964, outside; and
  // 水产品…等产品，在一九五八年的生产量…, 肉、蛋、奶、水产等产品，产量增加较多 in the 1950s: a clause that is a class of
  // products alone is the topic their output after it is of — 主要工业产品产量.)
  if (PRODUCTS.test(scoped) && items.every((item) => OUTPUTS.has(item))) return items.map((item) => scoped + item).join('、');
  const sector = SECTOR.exec(scoped)?.[1];
  if (!sector || sector === '经济' || NOT_INDUSTRIES.some((word) => sector.endsWith(word))) return name;
  // (人民公社兴办的农村工业，一九五九年的产值达到…; 海洋和淡水的渔业生产，一九五九年的产量…; 全省国有及国有控股工业企业，
  // 实现利润增长… — national 1960, 河北 2000, outside: a clause that is the sector alone, or its 生产, is the topic the
  // measure after it is of, as much as one that says how the sector went.)
  const topic = scoped.slice(sector.length);
  if (!WENT.test(clause) && topic !== '' && topic !== '生产') return name;
  return items.map((item) => sector + item).join('、');
}

/** A class of products named alone (主要工业产品, 主要农产品): two characters or more before 产品, no verb-like clause. */
const PRODUCTS = /^[\u4e00-\u9fff]{2,8}产品$/;
/** Output measures a class of products takes: not earnings, which are a trade's. */
const OUTPUTS: ReadonlySet<string> = new Set(['产量', '总产量', '总产', '产值', '总产值']);

/** Words in 业 that are no industry (城镇就业形势平稳, 返乡创业加快发展: a review of session 16). */
const NOT_INDUSTRIES: readonly string[] = ['就业', '创业', '失业', '毕业', '学业', '职业', '事业', '作业'];

/** The report's own place before a sector: 全市, 全县, 全省, 我市, 我县, 今年 … */
const SCOPE_PREFIX = new RegExp(`^(?:${alternation([...WHOLE_PLACES, ...OWN_PLACES, '今年', '去年', '全年'])})`, 'u');
