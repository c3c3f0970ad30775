/**
 * Questions an editor asks of an analysed report about one figure: which indicator is under the cursor, where
 * else the report mentions it, and what base a level-plus-growth pair implies. Pure; reads the model only.
 */
import { lookupIndicator, normalizeIndicatorName } from '../lexicon';
import { isRateUnit } from '../numbers/units';
import type { LexiconEntry } from '../lexicon';
import { comparePositions, rangeContains, rangeSpansLine, sameRange } from '../positions';
import type { Indicator, Position, ReportModel } from '../types';
import { alternation, OWN_PLACES, WHOLE_PLACES } from '../lexicon/nameWords';


/**
 * The indicator whose figure (preferred) or name stands at the position. The character under the mouse is
 * tried first ([start, end)); then a cursor just after a figure or name (end inclusive), as with keyboard hover.
 */
export function indicatorAt(model: ReportModel, position: Position): Indicator | undefined {
  // A figure or name can run over a line break (paragraphs are rejoined), so lines are compared as spans.
  const onLine = model.indicators.filter((ind) => rangeSpansLine(ind.range, position.line) || (ind.nameRange !== undefined && rangeSpansLine(ind.nameRange, position.line)));
  for (const inclusiveEnd of [false, true]) {
    const figure = onLine.find((ind) => rangeContains(ind.range, position, inclusiveEnd));
    if (figure) return figure;
    const named = onLine.find((ind) => ind.nameRange !== undefined && rangeContains(ind.nameRange, position, inclusiveEnd));
    if (named) return named;
  }
  return undefined;
}

/** Scope words that do not change what is measured: 全社会研究与试验发展经费支出… is the lexicon's R&D intensity. */
const SCOPE_PREFIX = new RegExp(`^(?:${alternation([...WHOLE_PLACES, ...OWN_PLACES, '全社会', '全年', '全口径', '境内', '本市'])})`, 'u');
const TRAILING_QUALIFIER = /(?:年均增速|年均增长率|年均增长|增长率|增速|增幅|增长|涨幅|总量|总额|规模|水平)$/u;

/**
 * The lexicon entry a name is the same indicator as: only when the name is one of the entry's terms (after the
 * lexicon's own normalisation, a scope word such as 全社会 or a trailing 增速/总量 aside). lookupIndicator alone
 * also matches by suffix (市场采购贸易出口额 → 出口总额), which is right for a definition but would merge a
 * part with the whole when grouping mentions.
 */
export function sameLexiconEntry(name: string): LexiconEntry | undefined {
  const entry = lookupIndicator(name);
  if (!entry) return undefined;
  const terms = new Set([entry.name, ...entry.synonyms].map(normalizeIndicatorName));
  const key = normalizeIndicatorName(name);
  for (const candidate of [key, key.replace(SCOPE_PREFIX, '')]) {
    if (terms.has(candidate) || terms.has(candidate.replace(TRAILING_QUALIFIER, ''))) return entry;
  }
  return undefined;
}

const keyMemo = new WeakMap<Indicator, string | null>();

/**
 * The key that groups mentions of one indicator: the core's groupKey when it set one; otherwise the lexicon id
 * (see sameLexiconEntry) or the normalised name; null for a figure without a name.
 */
export function mentionKey(ind: Indicator): string | null {
  if (ind.groupKey) return ind.groupKey;
  const memo = keyMemo.get(ind);
  if (memo !== undefined) return memo;
  let key: string | null = null;
  if (ind.name) {
    const entry = sameLexiconEntry(ind.name);
    const normalised = normalizeIndicatorName(ind.name);
    key = entry ? `lexicon:${entry.id}` : normalised.length > 0 ? `name:${normalised}` : null;
  }
  keyMemo.set(ind, key);
  return key;
}

/** Every mention of the same indicator in this report (the indicator itself included), in document order. */
export function sameIndicator(model: ReportModel, ind: Indicator): Indicator[] {
  return sameIndicatorAmong(model.indicators, ind);
}

/** sameIndicator over a report's figures as a list (an index entry holds no model). */
export function sameIndicatorAmong(indicators: readonly Indicator[], ind: Indicator): Indicator[] {
  const key = mentionKey(ind);
  if (key === null) return [ind];
  const out = indicators.filter((other) => other === ind || (mentionKey(other) === key && !durationBeside(other, ind)));
  if (!out.includes(ind)) out.push(ind);
  return out.sort((a, b) => comparePositions(a.range.start, b.range.start));
}

/** Units of time a figure runs for. */
const DURATION_UNITS: ReadonlySet<string> = new Set(['年', '个月', '月', '天', '日', '周']);

/**
 * A duration said of an indicator measured otherwise (城镇调查失业率连续5年低于全国水平: a streak, not a rate) is no
 * mention of its values: a trial user's unemployment card listed “2021-2025 · actual · 5年” among them.
 */
function durationBeside(other: Indicator, ind: Indicator): boolean {
  return other.unit !== null && other.unit !== ind.unit && DURATION_UNITS.has(other.unit);
}

export interface ImpliedBase {
  /** The level one growth step earlier, in the level's base unit (approximate: computed, not reported). */
  readonly value: number;
  readonly unit: string | null;
  /** The level the growth applies to (“1528亿元”). */
  readonly level: Indicator;
  /** The growth rate (“27.4%”). */
  readonly growth: Indicator;
}

/** Units of a level whose growth rate implies a base: amounts and counts, not rates, points or ranks. */
const notALevel = (unit: string): boolean => isRateUnit(unit) || unit === '位次';
/**
 * Output measures whose growth is reported at comparable prices (a real rate) while the level is at current prices:
 * dividing 63.6万亿元 by 1 + 7.4% gives no year's GDP (national 2015; a tenth trial read “≈ 59.2 万亿元”).
 */
const REAL_GROWTH_WORDS: readonly string[] = ['生产总值', '增加值', 'GDP', '总产值', '国民收入'];
const grownInRealTerms = (ind: Indicator): boolean => ind.name !== null && REAL_GROWTH_WORDS.some((word) => ind.name!.includes(word));

/** At most this many UTF-16 units between the level and its growth (“，比上年增长” and the like). */
const MAX_GAP = 16;

/**
 * Where a level and its growth are stated together (“工业投资1528亿元，增长27.4%”), the level the growth was
 * measured from: 1528 / (1 + 27.4%) ≈ 1199亿元. Only for a one-step growth rate in % (not 年均增长, not a range)
 * that directly follows, on the same line, a level or count of the same indicator with the same status and period;
 * null otherwise. Both must be exact: a bound (突破3万亿元, 增长6.8%左右) implies no base, and neither does an output
 * measure grown at comparable prices (GDP, value added: REAL_GROWTH_WORDS).
 */
export function impliedBase(ind: Indicator, model: ReportModel): ImpliedBase | null {
  if (ind.kind !== 'growth' || ind.unit !== '%' || ind.valueMax !== undefined || ind.qualifier !== null || grownInRealTerms(ind)) return null;
  // Net of price changes (扣除物价因素比上年增长5%): the level beside it is in current prices, so dividing would be wrong.
  if (ind.priceAdjusted === true) return null;
  if (ind.measure !== null && /年均/u.test(ind.measure)) return null;
  const factor = 1 + ind.value / 100;
  if (!(factor > 0)) return null;
  let index = model.indicators.indexOf(ind);
  if (index < 0) index = model.indicators.findIndex((other) => sameRange(other.range, ind.range)); // a copy of it
  const level = index > 0 ? model.indicators[index - 1] : undefined;
  if (!level || (level.kind !== 'level' && level.kind !== 'count') || level.valueMax !== undefined) return null;
  if (level.unit === null || notALevel(level.unit) || level.qualifier !== null || grownInRealTerms(level)) return null;
  if (level.range.end.line !== ind.range.start.line || ind.range.start.character - level.range.end.character > MAX_GAP) return null;
  if (level.status !== ind.status || level.period !== ind.period) return null;
  const key = mentionKey(ind);
  if (key === null || mentionKey(level) !== key) return null;
  return { value: level.value / factor, unit: level.unit, level, growth: ind };
}
