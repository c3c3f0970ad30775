import { entryOfGroup } from '../lexicon';
import { makesNoRow } from '../indicators/bareNoun';
import { spanEndYear } from '../indicators/spanEnd';
import type { Indicator, ReportMeta } from '../types';
import { sameUnit } from './unitKey';
import { fileNameOf } from './reportFiles';
import { yearOfFileName } from '../meta';
import { isDecrease, signedRange, signedValue } from './direction';
import { worksObject } from '../indicators/worksObject';
import { comparableRestatements, figureAt } from './comparableBasis';

/** One report of the workspace as the cross-report index keeps it. */
export interface IndexedReport {
  readonly uri: string;
  readonly meta: ReportMeta;
  readonly indicators: readonly Indicator[];
}

export type Outcome = 'met' | 'missed' | 'not reported';

export interface SeriesRow {
  readonly year: number;
  /** The actual for that year, reported in the next year's report (or in that year's own report when it is a review). */
  readonly actual?: { readonly uri: string; readonly indicator: Indicator };
  /** The target set for that year in that year's report. */
  readonly target?: { readonly uri: string; readonly indicator: Indicator };
  readonly outcome: Outcome | null;
}

/**
 * Whether `candidate` should stand for its place and year instead of `kept`, the report of that place and year met
 * first (in path order). The first one stays — a GBK original beside its UTF-8 copy is the same report — unless
 * - only the candidate has figures: a copy too large to read figures from (a page holding the report many times) must
 *   not blank out the year in every series, card and chart; or
 * - both have figures and only the candidate's file name gives its year (2023.txt beside n2023-2024.txt, x12.txt: a
 *   compilation or a scratch copy that sorts first must not stand for the year — a trial user's series linked into
 *   such copies instead of the reports themselves); or
 * - neither rule decides and the candidate shares more folders with `near`, the report being read.
 */
export function replacesSameYear(kept: IndexedReport, candidate: IndexedReport, near?: string): boolean {
  if (kept.indicators.length === 0) return candidate.indicators.length > 0;
  if (candidate.indicators.length === 0) return false;
  const names = namesItsYear(candidate);
  if (names !== namesItsYear(kept)) return names;
  // Otherwise the report nearer the one being read: in a multi-root workspace a trial user's 2017.txt was compared
  // with a copy of 2016 in the other folder instead of the 2016.txt beside it.
  return near !== undefined && folderAffinity(candidate.uri, near) > folderAffinity(kept.uri, near);
}

/** How many leading folders two uris share (file:///a/b/x.txt and file:///a/c/y.txt: 3, counting the empty authority). */
function folderAffinity(uri: string, other: string): number {
  const a = uri.split('/');
  const b = other.split('/');
  let n = 0;
  while (n < a.length - 1 && n < b.length - 1 && a[n] === b[n]) n++;
  return n;
}

/**
 * The file name gives the report's year and no other (2022.txt, 辽宁省-2026.txt; not 2022-2024.txt, nor a year inside
 * a hash, a3f2019e.txt): read as the analysis reads a file name (yearOfFileName), so the two never disagree.
 */
function namesItsYear(report: IndexedReport): boolean {
  return report.meta.year !== null && yearOfFileName(fileNameOf(report.uri)) === report.meta.year;
}

/** One report per year, by replacesSameYear: the reports in their order, with a year's replaced one swapped in place. */
export function onePerYear(reports: Iterable<IndexedReport>, near?: string): Map<number, IndexedReport> {
  const byYear = new Map<number, IndexedReport>();
  for (const report of reports) {
    const year = report.meta.year;
    if (year === null) continue;
    const kept = byYear.get(year);
    if (!kept || replacesSameYear(kept, report, near)) byYear.set(year, report);
  }
  return byYear;
}

/**
 * Reports of the same place, one per year (onePerYear: the first in path order, unless replacesSameYear prefers
 * another — the one nearer `near`, the report being read, when that is given).
 */
export function samePlace(reports: readonly IndexedReport[], meta: ReportMeta, near?: string): IndexedReport[] {
  if (!meta.place) return [];
  return [...onePerYear(reports.filter((r) => r.meta.place === meta.place), near).values()];
}

/**
 * The indicator's values and targets across the reports of the same place, one row per year: the target a report
 * sets for its own year, the actual the next report gives for it, and whether the target was met. `like`, the figure
 * a card is for, chooses between a year's additions and the stock where the reports give both; 'additions' asks for
 * the additions' row (a chart of them).
 */
export function crossReportSeries(reports: readonly IndexedReport[], meta: ReportMeta, groupKey: string, unit: string | null, like?: Indicator | 'additions'): SeriesRow[] {
  const byYear = new Map<number, { actual?: SeriesRow['actual']; target?: SeriesRow['target'] }>();
  const place = samePlace(reports, meta);
  const reportYears = new Set(place.map((r) => r.meta.year));
  // The year a figure of the indicator stands for in the row (seriesYear), or null for one of another indicator.
  // (A figure named by a bare noun, 项目 or 企业 alone, counts another set in each report: bareNoun.ts makesNoRow.)
  const yearIn = (ind: Indicator): number | null => (ind.groupKey === groupKey && sameUnit(ind.unit, unit) && !makesNoRow(ind) ? seriesYear(ind) : null);
  const family = mainFamily(place.flatMap((r) => r.indicators.filter((ind) => yearIn(ind) !== null)));
  // Levels and the rises of an amount are two rows: where the amount is given as a level, the row is the levels.
  const hasLevels = place.some((r) => r.indicators.some((ind) => yearIn(ind) !== null && kindFamily(ind) === 'amount'));
  // A year's additions to a stock (新增70家) and the stock (达到1850家) are two rows as well: the additions for a card
  // of additions (`like`) or where no stock is given, else the stock, the row a chart draws (a trial user saw 新增200家
  // and 400家 charted between stocks of 0.94万家).
  const additions = like === 'additions' || (like !== undefined && kindFamily(like) === 'addition') || (family === 'addition' && !hasLevels);
  // (Where most figures are additions and the stock is drawn, the stock is the row's family.)
  const rowFamily = family === 'addition' ? 'amount' : family;
  const inRow = (ind: Indicator): boolean =>
    additions
      ? kindFamily(ind) === 'addition'
      : (rowFamily === null || kindFamily(ind) === rowFamily) && !(hasLevels && (kindFamily(ind) === 'increment' || kindFamily(ind) === 'addition'));
  for (const r of place) {
    // The figures restated on the comparable basis right after themselves (comparableBasis.ts), as the Targets table reads them.
    const restated = comparableRestatements(r.indicators);
    for (const ind of r.indicators) {
      const year = yearIn(ind);
      if (year === null || !inRow(ind)) continue;
      const row = byYear.get(year) ?? {};
      if (ind.status === 'target' && year === r.meta.year && !row.target) row.target = { uri: r.uri, indicator: ind };
      // Prefer an actual measured the same way as the target (growth vs growth); another measure of the same
      // indicator (a level beside a growth target) is still shown, without a verdict.
      const sameWay = (a: Indicator): boolean => !row.target || (row.target.indicator.kind === a.kind && addsToStock(row.target.indicator) === addsToStock(a));
      // A figure of the year itself beats the level a review's span ended with (spanEndYear) for the same year.
      const spanEnd = (a: Indicator): boolean => a.period !== String(year);
      // And of two levels a review's span ended with, the one said exactly beats its bound said first (江西 2026:
      // 工业增加值突破1万亿元、达1.19万亿元 — a bare level after 突破 is one too, spanEnd.ts). Only there: in a year's own
      // figures a bound (超过7000家) is no worse than another figure (新增2000家 — 河北 2020, outside).
      const bound = (a: Indicator): boolean => a.qualifier === '超过' && a.measure === null;
      // A figure restated on the comparable basis right after it (增长1.7%（同口径增长2.5%以上）) is the year's figure a
      // target is judged by.
      const restates = (a: Indicator): boolean => restated.get(figureAt(a)) === ind;
      const better = (a: Indicator): boolean =>
        (!sameWay(a) && sameWay(ind)) ||
        (sameWay(a) === sameWay(ind) && restates(a) && row.actual?.uri === r.uri) ||
        (sameWay(a) === sameWay(ind) && ((spanEnd(a) && !spanEnd(ind)) || (spanEnd(a) && spanEnd(ind) && bound(a) && !bound(ind))));
      if (ind.status === 'actual' && (!row.actual || better(row.actual.indicator))) row.actual = { uri: r.uri, indicator: ind };
      byYear.set(year, row);
    }
  }
  // A year only another year's report sets a target for (1982's 1985 goal, a 1957 plan target read from 1955) has
  // neither: no row (a trial user's cards showed “1985 —” and a bare “1957 —” at the head of 2024's grain row).
  return [...byYear.entries()]
    .filter(([, row]) => row.actual !== undefined || row.target !== undefined)
    .sort((a, b) => a[0] - b[0])
    .map(([year, row]) => {
      const actual = row.actual;
      const comparable =
        !!actual &&
        !!row.target &&
        actual.indicator.kind === row.target.indicator.kind &&
        kindFamily(actual.indicator) === kindFamily(row.target.indicator) &&
        addsToStock(actual.indicator) === addsToStock(row.target.indicator);
      // “Not reported” only when the report that would give the actual (next year's) is indexed; a gap in the
      // years is not the report's silence. An actual measured another way gets no verdict.
      const result = !row.target ? null : comparable ? outcome(row.target.indicator, actual?.indicator) : actual ? null : reportYears.has(year + 1) ? 'not reported' : null;
      return { year, ...(actual ? { actual } : {}), ...(row.target ? { target: row.target } : {}), outcome: result };
    });
}

/**
 * The year a figure stands for in a row of years: its period when that is one year; the span's last year for the level
 * a review's span ended with (spanEndYear: 2021's 超过100万亿元, dated 2016-2020, is 2020's GDP); null otherwise. The
 * chart picker counts places by it too (charts/candidates.ts), so that what it offers is what the series draws.
 */
export function seriesYear(ind: Pick<Indicator, 'period' | 'kind' | 'measure' | 'status'> & { readonly name?: string | null; readonly groupKey?: string | null; readonly unit?: string | null }): number | null {
  if (ind.period && /^\d{4}$/u.test(ind.period)) return Number(ind.period);
  return spanEndYear(ind);
}

/**
 * What a figure measures, as far as one row of values may mix it: amounts and counts; a year's additions to a stock
 * (新增70家: addsToStock); rates of change (增长, 提高,
 * 下降); shares; ranks; the rest. One unit holds several: 亿斤 is grain's level and its increase (1955: 增产四百六十六亿斤
 * charted as a level of 466 between 3278 and 3680), % a revenue's growth and its completion of the budget
 * (1956: 占预算数的102.74%).
 */
function kindFamily(ind: Pick<Indicator, 'kind' | 'measure' | 'groupKey' | 'name'>): string {
  const { kind } = ind;
  // (A fall of an amount, 减少2000万吨, is a move as a rise is — signed, direction.ts — never a level.)
  if (kind === 'level' || kind === 'count') return isRaise(ind) || isDecrease(ind) ? 'increment' : addsToStock(ind) ? 'addition' : 'amount';
  return kind === 'growth' || kind === 'change' ? 'rate' : kind;
}

/**
 * An amount said as how much it rises by (再提高30元, 增加930亿元, 增产四百六十六亿斤, 五年增量超1.36万亿元), not what it rises to (提高到610元):
 * the label conventions call both levels, but a row of levels cannot hold the rise, nor a rise be judged by a level
 * (a trial user saw “2021 target 30元 · 2022 610元 ✓”: a 610元 subsidy “met” a rise of 30元).
 */
const RAISE = /^(?:再|又|分别|各|均)?(?:提高|增加|增长|提升|上调|增产|增收|增量)$/u;
function isRaise(ind: Pick<Indicator, 'measure'>): boolean {
  return RAISE.test(ind.measure ?? '');
}

/**
 * A count or amount said as the year's additions to a stock (全年新增高新技术企业70家, 净增…超1000家, 新建高标准农田1亿亩 —
 * the measure a verb of lexicon/actedVerbs.json gives it), which only another year's additions
 * can meet or miss — not the stock itself (高新技术企业达到1850家: a trial user saw “✓ met · 2024 target 70家, actual
 * 1850家”, 保定市 2024/2025, outside; 河北 2018's 新增60家以上 was “met” by 739家 in all). Not where the indicator is
 * itself a yearly flow whose name says so (城镇新增就业, 新登记市场主体): there every year's figure is the additions.
 * A name that only opens with 新 names a stock like any other (新能源汽车, 新型储能, 新三板挂牌企业: 全年新增新能源汽车5万辆
 * was “met” by 新能源汽车达到80万辆).
 */
export function addsToStock(ind: Pick<Indicator, 'measure' | 'name' | 'addsNew'>): boolean {
  // Without a measure, a verb of adding before the name, read when the figure was bound (新培育, 新认定, 新引进 …:
  // additions.ts), as the report's own target ↔ actual links read it: a trial's 安徽 2025 target 新培育科技型中小企业
  // 3000家以上 stood in the stock's row, apart from 2025's 新增科技型中小企业7227家, and got no verdict. A measure read
  // says otherwise where it is another verb (新开工重大水利工程21项 — national 2017 — a year's starts, as 再开工20项 is).
  const measure = ind.measure ?? '';
  return (/(?:新增|净增|新建)$/u.test(measure) || (measure === '' && ind.addsNew === true)) && !flowName(ind.name ?? '');
}

/**
 * A name that says the year's flow: FLOW_NAME, or verbs of building said together before what is built
 * (建设和改造提升高标准农田 — 湖南 2025, outside — as 新建和改造提升高标准农田 in 2026: worksObject.ts), the year's works,
 * which a target 新增… of them counts as every year's figure does (the two years' targets stood in two rows).
 */
function flowName(name: string): boolean {
  return FLOW_NAME.test(name) || worksObject(name) !== name;
}

/** The name of a yearly flow: it says 新增 itself, or opens with a verb of registering or starting (as figureNames.ts's stock reading). */
const FLOW_NAME = /^新(?:登记|注册|设立?|开工|建)|新增/u;

/** The family most of the indicator's yearly figures belong to; null when none has a clear majority (they all stay). */
function mainFamily(figures: readonly Indicator[]): string | null {
  const counts = new Map<string, number>();
  for (const f of figures) counts.set(kindFamily(f), (counts.get(kindFamily(f)) ?? 0) + 1);
  let best: string | null = null;
  let most = 0;
  for (const [family, n] of counts) if (n > most) [best, most] = [family, n];
  return counts.size > 1 && most * 2 > figures.length ? best : null;
}

/**
 * Whether the target is a ceiling: 以内/以下 say so; otherwise an indicator where less is better (prices,
 * unemployment, energy use per unit of GDP — the lexicon's `better: lower`), unless the target is itself a decrease
 * (单位GDP能耗下降3%: a bigger decrease is better).
 */
export function isCeiling(target: Indicator): boolean {
  if (target.qualifier === '以内' || target.qualifier === '以下') return true;
  if (target.qualifier === '以上' || target.qualifier === '超过') return false;
  if (isDecrease(target)) return false;
  if (target.measure === '控制在') return true;
  const entry = entryOfGroup(target.groupKey);
  return entry ? entry.better === 'lower' : LOWER_IS_BETTER.test(target.name ?? '');
}

/**
 * Whether a target bounds its signed value from above: a ceiling of a rise, or a floor of a fall's size (下降3%以上 is
 * at most −3 % once the fall is signed, direction.ts). What met / missed and the charts' target markers read.
 */
export function isSignedCeiling(target: Indicator): boolean {
  return isCeiling(target) !== isDecrease(target);
}

/** Names outside the lexicon where less is better. */
const LOWER_IS_BETTER = /物价|价格涨幅|失业率|能耗|排放|赤字|浓度|事故|死亡|贫困人口|发生率/;

/**
 * Whether an actual meets a target, read through the target's sense:
 * - a ceiling (以内, 控制在, CPI 3%左右) is met at or below it; 左右 allows the band above it;
 * - a floor (以上, GDP 6%以上, 6%左右) is met at or above it; 左右 allows the band below it;
 * - the band of 左右 is 0.5 percentage point for rates and 5 % of the value otherwise.
 * Both figures are read signed (direction.ts): a fall is below zero, so that a target 下降3% is met by 下降3.5% (−3.5
 * at or below −3: isCeiling's floor of the fall's size is a ceiling of the signed change) and missed by 上升5%, which
 * the sizes alone (5 ≥ 3) called met.
 */
export function outcome(target: Indicator, actual: Indicator | undefined): Outcome | null {
  return actual ? judge(target, actual).outcome : 'not reported';
}

/**
 * Whether a target 左右 was met only thanks to its band (天津 2025's GDP 5%左右 by 4.8%): a card says so, since “met”
 * alone reads as reached (trial19).
 */
export function metWithinBand(target: Indicator, actual: Indicator): boolean {
  return judge(target, actual).withinBand;
}

/** The verdict of `actual` on `target` (outcome's rules), and whether only 左右's band made it met. */
function judge(target: Indicator, actual: Indicator): { outcome: Outcome | null; withinBand: boolean } {
  const a = signedValue(actual);
  const { lo, hi } = signedRange(target);
  const band = target.qualifier === '左右' ? (target.unit === '%' ? 0.5 : Math.abs(target.value) * 0.05) : 0;
  const ceiling = isSignedCeiling(target);
  const met = ceiling ? a <= hi + band : a >= lo - band;
  // An actual said as a bound (7100万亩以上, 超过2400万标准箱, 控制在5%以内) gives only one side of its value: at least a
  // value decides a floor it reaches (met) and a ceiling it passes (missed); at most a value, a ceiling it is within
  // (met) and a floor it falls short of (missed) — else no verdict (trial19: 湖南 2026's 这五年…粮食播种面积稳定在
  // 7100万亩以上 was shown as missing 2025's 稳定在7140万亩以上).
  const bound = signedBound(actual);
  const decided = bound === null || (bound === 'atLeast' ? met !== ceiling : met === ceiling);
  if (!decided) return { outcome: null, withinBand: false };
  // Met only within the band: a plain value past the target on the wrong side.
  const withinBand = met && band > 0 && bound === null && (ceiling ? a > hi : a < lo);
  return { outcome: met ? 'met' : 'missed', withinBand };
}

/**
 * Which side of its value an actual gives when said as a bound, on the signed line (direction.ts): 以上 and 超过 say
 * at least, 以内 and 以下 at most — turned round for a fall (下降3%以上 is at most −3 %). Null for a value said plainly.
 */
function signedBound(actual: Indicator): 'atLeast' | 'atMost' | null {
  const q = actual.qualifier;
  const side = q === '以上' || q === '超过' ? 'atLeast' : q === '以内' || q === '以下' ? 'atMost' : null;
  if (side === null || !isDecrease(actual)) return side;
  return side === 'atLeast' ? 'atMost' : 'atLeast';
}

/** Whether a series holds a year's additions (新增70家) — then it is the additions' row, not the stock's. */
export function holdsAdditions(rows: readonly SeriesRow[]): boolean {
  return rows.some((r) => [r.actual?.indicator, r.target?.indicator].some((i) => i !== undefined && addsToStock(i)));
}

/**
 * The row of a year's additions apart from the stock's (全年新增高新技术企业70家 beside 达到1850家), or null where they
 * are no row apart: the reports give no stock, so the main row holds them already, or they give no additions. The one
 * rule of `govreport series`' “X（新增）” rows and of the charts of additions.
 */
export function additionsSeries(
  reports: readonly IndexedReport[],
  meta: ReportMeta,
  groupKey: string,
  unit: string | null,
  // The key's main row (crossReportSeries without `like`), when the caller has it already.
  main: readonly SeriesRow[] = crossReportSeries(reports, meta, groupKey, unit),
): SeriesRow[] | null {
  if (holdsAdditions(main)) return null;
  const rows = crossReportSeries(reports, meta, groupKey, unit, 'additions');
  return holdsAdditions(rows) ? rows : null;
}

/**
 * Whether the rows draw on two or more reports: a target and an actual read from the same report are one report, not
 * a series (the rule `govreport series` and the charts across years share).
 */
export function drawsOnTwoReports(rows: readonly SeriesRow[]): boolean {
  const cited = new Set(rows.flatMap((r) => [r.actual?.uri, r.target?.uri]).filter((uri) => uri !== undefined));
  return cited.size >= 2;
}

/** The name of a row of additions, as `govreport series` and the charts write it (高新技术企业（新增）). */
export function additionsName(name: string): string {
  return `${name}（新增）`;
}
