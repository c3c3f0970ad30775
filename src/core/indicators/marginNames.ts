/**
 * A margin said against a wider whole (规上工业增加值增长7.7%，高于全国1.8个百分点; 民间投资增长2.8%，快于全国9.2个百分点):
 * the clause of the margin has no subject of its own, only the comparison, and the reader took 高于全国 as the name —
 * the nation, not what was compared. The indicator is the figure before it in the sentence, as a growth rate or a
 * share: 规上工业增加值增速高于全国, written as labels head such a column (网络零售额增速高于全国平均水平).
 */
import type { Bound } from './figureNames';
import { alternation, WHOLE_PLACES } from '../lexicon/nameWords';

/** A joiner and an adverb a comparison's clause may open with, going on from the clause before (而且还, 也, 均). */
const GOING_ON = '(?:而且|并且|同时)?(?:还|也|均|都|仍)?';
/** GOING_ON at the start of a comparison: dropped from the name (compiled once, not per margin). */
const GOING_ON_FIRST = new RegExp(`^${GOING_ON}`);
/** A verb of more or less a margin is said with. */
const MORE_OR_LESS = '(?:高于|低于|快于|慢于|高出|超出|超过)';
/** The wholes a margin may be said against, in the order a list names them (全国全省, 全国、全省). */
const WHOLE = `(?:${alternation(WHOLE_PLACES)})`;

/**
 * The comparison alone: a verb of more or less and the whole compared with (全国, 全省平均水平, 全市平均增速), maybe after a
 * joiner and an adverb that go on from the clause before (增速不仅创下…新高，而且还高于全市3.5个百分点 — 龙华区 2022; 也高于,
 * 均高于), which are no part of the name.
 */
/** Every whole in a list (match() starts a global regex at 0 and leaves it there); made once, not per call (perf38). */
const WHOLES = new RegExp(WHOLE, 'g');
const COMPARISON_ALONE = new RegExp(`^${GOING_ON}${MORE_OR_LESS}${WHOLE}(?:平均)?(?:水平|增速|增幅|速度)?$`);

/**
 * The comparison that ends the text before a margin figure (…，高于全省平均水平1.6个百分点; 高于全国增幅2个百分点): the verb,
 * the whole, and the rate word after it. The name reader drops the verb of such a clause and names the whole alone
 * (全省平均水平, 全国平均水平 — 保定 2009, 河北 2006, whole outside reports), which the test on the name cannot see.
 */
const COMPARISON_AT_END = new RegExp(`(${MORE_OR_LESS})(${WHOLE}(?:平均)?(?:水平)?)(增速|增幅|速度)?(?:近|约)?$`);

/**
 * The name of a margin figure whose own name is a comparison alone (`name`), from the growth figure before it in the
 * same sentence (`before`), named as its rate (增速, 年均增速); `name` itself otherwise. Only a growth: a share's
 * margin (畜牧、蔬菜、果品产业占比达到67.7%，高于全省3.1个百分点 — 保定 2021) is left to the comparison, as the share's own
 * name may lack its 占比 (tried: sealed name one lower). `left` is the clause's text before the figure: when it ends
 * with the comparison and the name is its whole alone (全省平均水平), the comparison is read from there, written as
 * labels write it (增速高于全国平均水平; a rate word after the whole, 全国增幅, is the 增速 already said).
 */
export function marginName(name: string | null, unit: string | null, before: Bound | undefined, left = ''): string | null {
  if (!name || (unit !== '个百分点' && unit !== null)) return name;
  const comparison = COMPARISON_ALONE.test(name) ? name : (wholeAlone(name, left) ?? economyAlone(name, left) ?? planAlone(name, left, before));
  if (!comparison) return name;
  if (!before || before.mention.unit !== '%' || before.measure?.percentKind !== 'growth') return name;
  // (A growth that has no name gives its margin none: 四季度增长5.6%、高于全国0.2个百分点 after a subject the reader could not
  // name, 湖南 2025 — named 高于全国, the margin lent that name to the year's growth after it, 全年增长4.8%.)
  if (!before.name) return null;
  if (COMPARISON_ALONE.test(before.name)) return name;
  // (高出, 超出 and 超过 the whole say what 高于 says; written one way, a margin reads alike in a series and a search.)
  return `${before.name}${before.measure.measure === '年均增长' ? '年均增速' : '增速'}${comparison.replace(GOING_ON_FIRST, '').replace(/^(?:高出|超出|超过)/, '高于')}`;
}

/** The comparison `left` ends with, when `name` is its whole alone (with or without its rate word); else null. */
function wholeAlone(name: string, left: string): string | null {
  const m = COMPARISON_AT_END.exec(left.trimEnd());
  if (!m) return null;
  const whole = m[2] as string;
  return name === whole || name === whole + (m[3] ?? '') ? `${m[1] as string}${whole}` : null;
}

/**
 * A margin against the economy's own growth (农村居民收入增长5.8%、快于经济增速1个百分点 — 湖南 2026): the name reader cut
 * the comparison inside its noun (快于经济). The economy is named by its growth rate, however the text writes it.
 */
const ECONOMY_AT_END = /(高于|低于|快于|慢于|超过)(?:经济|GDP|地区生产总值|生产总值|国内生产总值)(?:增速|增长速度|增长|增幅)(?:近|约)?$/;

/** The comparison with the economy's growth that `left` ends with, when `name` is a piece of it; else null. */
function economyAlone(name: string, left: string): string | null {
  const m = ECONOMY_AT_END.exec(left.trimEnd());
  if (!m) return null;
  const verb = m[1] as string;
  const at = name.lastIndexOf(verb);
  return at >= 0 && m[0].startsWith(name.slice(at)) ? `${verb.replace(/^超过$/, '高于')}经济增速` : null;
}

/**
 * A margin against an earlier plan period (地区生产总值年均增长4.5%，高于“十三五”时期1.2个百分点 — 辽宁 2026; 高新技术产业增加值
 * 年均增长17.4%，高于“九五”3.5个百分点 — 河北 2006, outside): the margin's clause has no subject, the name reader carried
 * the growth's own (地区生产总值), and the card listed 1.2个百分点 among the GDP's actuals. Written as the dev label
 * writes it: 地区生产总值年均增速高于“十三五”时期.
 */
const PLAN_AT_END = /(高于|低于|快于|慢于|高出|超出)(“[一二三四五六七八九十]{1,2}五”(?:时期|期间)?|[一二三四五六七八九十]{1,2}五(?:时期|期间))(?:平均水平|平均)?(?:增速|增幅|速度)?(?:近|约)?$/;

/**
 * The comparison with an earlier plan that `left` ends with, when `name` is the growth's carried name or the comparison
 * itself without its quotes (高于九五); else null.
 */
function planAlone(name: string, left: string, before: Bound | undefined): string | null {
  const m = PLAN_AT_END.exec(left.trimEnd());
  if (!m || !before) return null;
  const comparison = `${m[1] as string}${m[2] as string}`;
  return name === before.name || name === comparison.replace(/[“”]/g, '') ? comparison : null;
}

/** A comparison that opens a list of margins: verb, one or more wholes, then an average or rate word. */
const LIST_COMPARISON = new RegExp(`(?:分别)?(${MORE_OR_LESS})(${WHOLE}(?:[、和与]?${WHOLE})*)(平均水平|平均)?(?:增速|增幅|速度)?(?:近|约)?$`);

/**
 * The names of a list of margins after growth rates, shared out item by item: one growth against several wholes
 * (地区生产总值年均增长13.7%,分别高于全国全省5.9和2.9个百分点 → …年均增速高于全国, …年均增速高于全省), or as many growths as
 * margins against one whole (城乡居民人均收入年均分别增长10.8%和14.9%,高于全国0.1和2.2个百分点 → 城镇…高于全国,
 * 农村…高于全国 — 西宁 2016, page excerpt). `opening` is the text between the last growth and the list's first margin,
 * `growths` the growth figures just before it (one list, in order), `count` the margins in the list. Null when the
 * list cannot be shared out so; a list of shares is left as before (see marginName).
 */
export function listMarginNames(opening: string, growths: readonly Bound[], count: number): string[] | null {
  const c = LIST_COMPARISON.exec(opening.trimEnd());
  const first = growths[0];
  if (!c || count < 2 || !first || first.measure?.percentKind !== 'growth' || growths.some((g) => g.mention.unit !== '%' || !g.name)) return null;
  const wholes = (c[2] as string).match(WHOLES) ?? [];
  const verb = (c[1] as string).replace(/^(?:高出|超出|超过)/, '高于');
  const rate = first.measure.measure === '年均增长' ? '年均增速' : '增速';
  const average = c[3] ?? '';
  if (wholes.length === count && growths.length === 1) return wholes.map((w) => `${first.name as string}${rate}${verb}${w}${average}`);
  const whole = wholes[0];
  if (wholes.length === 1 && whole && growths.length === count) return growths.map((g) => `${g.name as string}${rate}${verb}${whole}${average}`);
  return null;
}
