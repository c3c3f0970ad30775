/**
 * A figure of a review over several years (2016-2020) that is the level the span ended with, and so stands for its
 * last year: a level said reached (迈上2万亿元, 增加到13.6万公里), a share (城镇化率达到60%), a count said reached
 * (高新技术企业达到5000家). An average or a total over the span (年均增长6.1%, 累计新增…, 五年来退出钢铁产能1.7亿吨)
 * never does. Shared by the target ↔ actual pairing and the rows of years, so that a card's pairing (“↔ 2020
 * actual”) and its row of years agree (a fourth trial's GDP row skipped 2020: 超过100万亿元 is dated 2016-2020).
 */
import type { Indicator } from '../types';
import { entryOfGroup } from '../lexicon';
import endLevels from './spanEndLevels.json';
import totalWords from './spanTotalWords.json';
import acted from '../lexicon/actedVerbs.json';
import { actedVerbAt } from './actedMeasure';

/** The measures of cutting and adding (lexicon/actedVerbs.json). */
const ACTED: ReadonlySet<string> = new Set((acted.verbs as [string, string][]).map(([, measure]) => measure));

const SPAN = /^(\d{4})-(\d{4})$/u;

/** The span's last year when `ind` is the level a review's span ended with; null otherwise. */
export function spanEndYear(ind: Pick<Indicator, 'period' | 'kind' | 'measure' | 'status'> & SpanNamed): number | null {
  const span = ind.period ? SPAN.exec(ind.period) : null;
  if (!span || ind.status !== 'actual' || !isEndOfSpanStock(ind)) return null;
  return Number(span[2]);
}

/** Whether a figure over a span is a level reached at its end (see the file's comment). */
export function isEndOfSpanStock(ind: Pick<Indicator, 'kind' | 'measure'> & SpanNamed): boolean {
  const stock = (ind.kind === 'level' && (ind.measure !== null || isBareStock(ind))) || ind.kind === 'share' || (ind.kind === 'count' && /^(?:达到|达|突破|超过)$/u.test(ind.measure ?? ''));
  return stock && !isSpanMeasure(ind);
}

/**
 * A level with no verb before it in a review of the span, of an indicator a review never adds up over its years
 * (spanEndLevels.json: GDP, incomes, retail sales …): the level the span ended with, as a verb of reaching would say.
 * A five-year summary lists them bare (河南 2026: 生产总值6.66万亿元，…社会消费品零售总额2.9万亿元) or after 超过 alone,
 * read as the figure's qualifier (山西 2026: 地区生产总值超过2.5万亿元) — a trial's chart of 2025's GDP levels across
 * provinces left both out. Other bare levels over a span stay totals of it (实际使用外资263亿美元 — 天津 2026, 五年来退出
 * 钢铁产能1.7亿吨, 新建改建农村公路127万公里).
 */
function isBareStock(ind: SpanNamed): boolean {
  const entry = entryOfGroup(ind.groupKey);
  return entry !== undefined && END_LEVELS.has(entry.id);
}

const END_LEVELS: ReadonlySet<string> = new Set(endLevels.ids);

/**
 * A figure's name, grouping key and unit, when known: an average or a total may be said in the name (年均煤炭产量,
 * 累计…, 水利建设投资 in 亿元) rather than in the measure; the key says whether a bare level is a stock (isBareStock).
 */
type SpanNamed = { readonly name?: string | null; readonly groupKey?: string | null; readonly unit?: string | null };

/** A name that opens with an average or a total over the span (年均煤炭产量保持在12亿吨以上 — 内蒙古 2026, outside). */
const SPAN_NAME = /^(?:年均|累计)/u;

/**
 * The last words of the names of money put in over a period (spanTotalWords.json: 投资, 投入, 支出 …): over a review's
 * span such an amount is what the years added up to, whatever verb says it (水利建设投资翻番、达2734.3亿元 — 湖南 2026,
 * a 2025 copy of which charted it as 2025's investment beside 2024's 654.7亿元).
 */
const TOTAL_WORDS: readonly string[] = totalWords.words;

/**
 * Whether a figure is an amount of money put in over a period (see TOTAL_WORDS): in a currency, so that a share of it
 * (研发投入占比, in %) or a count of projects keeps its own reading.
 */
export function namesSpanTotal(ind: SpanNamed): boolean {
  const name = ind.name ?? '';
  return /元$/u.test(ind.unit ?? '') && TOTAL_WORDS.some((w) => name.endsWith(w));
}

/**
 * Measures that add up or average over the span, whatever the kind (年均, 累计, 新增 …), names opening with one, and
 * names of money put in (namesSpanTotal).
 */
export function isSpanMeasure(ind: Pick<Indicator, 'measure'> & SpanNamed): boolean {
  if (SPAN_NAME.test(ind.name ?? '') || namesSpanTotal(ind)) return true;
  // 增加到/减少到 say the level reached (财政收入增加到17.3万亿元), 增加/减少 alone an amount added over the span.
  // 增长/提高/下降… before an amount over the span (居民人均可支配收入五年增长近万元 — 保定 2026, outside) say how much was
  // added too, not where the level stands (an eleventh trial saw it judge this year's income growth target).
  // A verb of cutting or adding (五年来退出钢铁产能1.7亿吨, 淘汰落后产能…: actedMeasure.ts) says an amount done over the span.
  // (Or one opening a phrase of verbs said together, 新建改建农村公路127万公里 over 2013-2017: actedMeasure.ts.)
  const measure = ind.measure ?? '';
  return /年均|累计|新增|净增|增加(?!到)|减少(?!到)|平均|增长(?!到)|提高(?!到)|上升(?!到)|下降(?!到)|降低(?!到)/u.test(measure) || ACTED.has(measure) || actedVerbAt(measure, 0) === measure;
}
