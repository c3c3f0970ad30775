/**
 * The indicator card shown when hovering a figure or its name: plain data (title, label/value rows, definition,
 * the other mentions of the same indicator), worded in the caller's language (l10n/cardLabels.ts). Pure; the
 * editor adapter only renders it.
 */
import { flattenOutline } from '../outline/flatten';
import { entryNameIn, lookupIndicator } from '../lexicon';
import type { Outcome, SeriesRow } from '../workspace/series';
import { metWithinBand } from '../workspace/series';
import { fallWord, signedFields } from '../workspace/direction';
import type { Indicator, OutlineNode, Position, Range, ReportModel } from '../types';
import { rangeContains, sameRange } from '../positions';
import { cardStrings } from '../l10n/cardLabels';
import type { CardLabels, CardSeriesLabels, CardStrings } from '../l10n/cardLabels';
import { translator } from '../l10n/translate';
import type { DisplayLanguage } from '../l10n/translate';
import { headingLabel } from '../headings';
import { formatApproximate, formatIndicatorValue } from './format';
import { impliedBase, sameIndicator, sameLexiconEntry } from './lookup';
import { counterpartFigure } from './counterpart';
import { spanEndYear } from './spanEnd';
import { rankMeasureGloss } from './rankName';

export type { CardLabels } from '../l10n/cardLabels';

/** The card's language: the former name of DisplayLanguage, kept while the hover adapter still uses it. */
export type CardLang = DisplayLanguage;

export interface CardOptions {
  /** The display language (vscode.env.language in the editor): Chinese tags get the Chinese card, others English. */
  readonly lang: DisplayLanguage;
  /** False when names were found without word segmentation (nodejieba not loaded): the card then says so. */
  readonly segmenterAvailable: boolean;
  /**
   * The indicator across the reports of the same place (crossReportSeries), and the uri of the report the card is
   * shown in (to mark the hovered figure). The card shows the series only when it has two rows or more.
   */
  readonly series?: readonly SeriesRow[];
  readonly uri?: string;
  /** The place (meta.place) the series is about, for its heading. */
  readonly place?: string | null;
  /** True while the workspace's reports are still being indexed: the card says a series may follow. */
  readonly seriesPending?: boolean;
}

/** What a row says, for a renderer that places rows by meaning (the labels are in the card's language). */
export type CardRowKey = 'indicator' | 'related' | 'value' | 'measure' | 'kind' | 'status' | 'qualifier' | 'period' | 'section' | 'base';

export interface CardRow {
  readonly key: CardRowKey;
  readonly label: string;
  readonly value: string;
}

export interface CardMention {
  readonly range: Range;
  /** The figure as written (“6%”). */
  readonly text: string;
  readonly period: string | null;
  readonly status: 'actual' | 'target';
  /** One line for the list: “2021 · 目标 · 增长 6%以上”. */
  readonly label: string;
  /** True for the indicator the card is about. */
  readonly current: boolean;
}

/** One figure of a series: where it stands (another report, usually) and how the report writes it. */
export interface CardSeriesCell {
  readonly uri: string;
  readonly range: Range;
  /** The figure with its qualifier as the report writes it (“6%以上”, “6.5%左右”, “8.1%”). */
  readonly text: string;
  /** Its value in the base unit (the low end of a range), and the high end of a range: for a sparkline. */
  readonly value: number;
  readonly valueMax?: number;
  /** True for the figure the card is about. */
  readonly current: boolean;
}

export interface CardSeriesRow {
  readonly year: number;
  readonly actual?: CardSeriesCell;
  readonly target?: CardSeriesCell;
  readonly outcome: Outcome | null;
  /** The outcome in the card's language: 达成 / 未达成 / 未找到, met / missed / not found; '' when no target. */
  readonly outcomeLabel: string;
  /** Met only within the band a 左右 target allows (series.ts metWithinBand). */
  readonly withinBand?: true;
}

/** The indicator's targets and actuals year by year across the reports of the same place. */
export interface CardSeries {
  readonly rows: CardSeriesRow[];
  readonly labels: CardSeriesLabels;
}

export interface IndicatorCard {
  readonly title: string;
  readonly rows: CardRow[];
  /** The lexicon's one-line definition, in the card's language. */
  readonly definition?: string;
  /** Every mention of the same indicator in the report, in document order (this one included, `current`). */
  readonly mentions: CardMention[];
  /** Targets and actuals of the same indicator in the other reports of the same place (two rows or more). */
  readonly series?: CardSeries;
  /** Said instead of a series while the workspace's reports are still being indexed. */
  readonly seriesNote?: string;
  /**
   * Said of an actual over a review's span that stands for no one year (spanEnd.ts: a total, an average, a change over
   * it), which the rows of years and the charts therefore leave out: a trial saw a five-year total (水利建设投资…达
   * 2734.3亿元, 2021-2025) charted as 2025's investment.
   */
  readonly spanNote?: string;
  /** A caveat about the card as a whole (names found without word segmentation). */
  readonly note?: string;
  /**
   * The same indicator's other side in this report (the model's pairs, which the target ↔ actual links are made of:
   * counterpart.ts): last year's actual beside this year's target, this year's target beside last year's actual.
   */
  readonly counterpart?: CardCounterpart;
  /** Whether the target of the figure's year was met, when the series across reports says so. */
  readonly verdict?: CardVerdict;
  /** Headings the renderer needs, in the card's language. */
  readonly labels: CardLabels;
}

export interface CardCounterpart {
  readonly status: 'actual' | 'target';
  /** “2020年实际” / “2020 actual”, “2021年目标” / “2021 target”: the year the figure stands for. */
  readonly label: string;
  /** The figure with its qualifier as written (“6%以上”). */
  readonly text: string;
  /** Where it stands in this report. */
  readonly range: Range;
}

/** The outcome of the target of the hovered figure's year: the series row the figure belongs to. */
export interface CardVerdict {
  readonly year: number;
  readonly outcome: Outcome;
  /** 达成 / 未达成 / 未找到, met / missed / not found. */
  readonly label: string;
  readonly target?: CardSeriesCell;
  readonly actual?: CardSeriesCell;
  /** Met only within the band a 左右 target allows: the card says so. */
  readonly withinBand?: true;
}

/** English glosses of every measure the binder reports (measures.ts); a test keeps the two lists in step. */
export const MEASURE_EN: Readonly<Record<string, string>> = {
  年均增长: 'average annual growth', 年均下降: 'average annual decline', 年均上涨: 'average annual rise', 年均: 'average annual', 增长: 'growth', 涨幅: 'rise', 上涨: 'rise',
  下降: 'decline', 下降到: 'down to', 降低: 'reduction', 降低到: 'reduced to', 减少: 'decrease', 缩小: 'narrowed', 缩小到: 'narrowed to',
  提高: 'increase', 提高到: 'raised to', 提升: 'increase', 提升到: 'raised to', 增至: 'increased to',
  增加: 'increase', 增加到: 'increased to', 拓展至: 'extended to', 扩大到: 'expanded to', 扩大: 'expansion',
  高出: 'higher by', 达到: 'reached', 为: 'is', 突破: 'exceeded', 超过: 'over', 完成: 'completed', 实现: 'achieved',
  净增: 'net increase', 新增: 'newly added', 累计: 'cumulative', 控制在: 'kept within', 稳定在: 'held at',
  保持在: 'kept at', 迈上: 'reached', 增量: 'increase', 削减: 'cut', 压减: 'cut', 缩减: 'cut', 压缩: 'cut', 精简: 'streamlined',
  改善: 'improved', 上升: 'rise', 上升到: 'rose to', 回落到: 'fell back to', 降到: 'down to', 增长到: 'grew to', 减少到: 'reduced to',
  调整为: 'adjusted to', 少于: 'less than', 低于: 'below', 不低于: 'no less than', 不少于: 'no less than', 不超过: 'no more than', 缩减到: 'cut to',
  发展到: 'grown to', 增产: 'output up', 减产: 'output down', 翻: 'doubling',
  调增: 'adjusted up', 上调: 'adjusted up', 调高: 'adjusted up', 调减: 'adjusted down', 下调: 'adjusted down', 调低: 'adjusted down',
};

const QUALIFIER_EN: Readonly<Record<string, string>> = {
  以上: 'or more', 左右: 'about', 以内: 'within', 以下: 'or less', 超过: 'over', 约: 'approximately', 力争: 'striving for',
};

/**
 * The bound words written before a figure that the qualifier normalises (qualifierWord), glossed as they read; the
 * ones that also stand as measures (不低于, 不少于, 不超过, 突破) keep MEASURE_EN's gloss, one wording per word.
 */
const WRITTEN_QUALIFIER_EN: Readonly<Record<string, string>> = {
  不高于: 'no higher than', 不到: 'under', 逾: 'over', 超: 'over', 接近: 'nearly', 将近: 'nearly', 近: 'nearly',
  大约: 'approximately', 约有: 'about',
};

/** Qualifiers written after the figure (6%以上); the others stand before it (约3万人). */
const TRAILING_QUALIFIERS = new Set(['以上', '左右', '以内', '以下']);

/**
 * A figure's text as one phrase. A figure split over lines by the page keeps its break and zero-width marks in `text`
 * (national 2017: “74.4\n\u200b\n万亿元”, as written); shown or exported, it is one phrase (a trial user's chart CSV
 * broke its row there, and the indicators CSV put the break and an invisible mark inside a spreadsheet cell).
 */
export function figureOnOneLine(text: string): string {
  return /[\s\u200b-\u200d\u2060\ufeff]/u.test(text) ? text.replace(/[\s\u200b-\u200d\u2060\ufeff]+/gu, '') : text;
}

/** The figure with its qualifier where the report puts it: “6%以上”, “约3万人”; “1600多亿元” already says 超过. */
export function figurePhrase(ind: Pick<Indicator, 'text' | 'qualifier' | 'qualifierWord'>): string {
  const joined = figureOnOneLine(ind.text);
  // Full-width digits, ％ and ． (１９９５年的“２．３％”) read as the half-width ones beside them in a row of years: a trial
  // user saw “2020 2.3％ · 2021 8.1%” on one card. Only the phrase shown; the text keeps what the report wrote.
  const text = /[\uff05\uff0e\uff10-\uff19]/u.test(joined) ? joined.replace(/[\uff05\uff0e\uff10-\uff19]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : joined;
  const q = ind.qualifier;
  if (q === null) return text;
  if (ind.qualifierWord !== undefined) return `${ind.qualifierWord}${text}`;
  if (TRAILING_QUALIFIERS.has(q)) return `${text}${q}`;
  if (q === '超过' && /[多余]/u.test(text)) return text;
  return `${q}${text}`;
}

/**
 * The measure as a card shows it: 为/是 (“X为5%”) only says that the figure is the indicator's value, which the card
 * already does; an analyst who read “Measure: 为” took it for a parsing error. The model, the CLI and the CSV keep it;
 * cards, the Indicators view's tooltips and the Markdown table show this.
 */
export function shownMeasure(ind: Pick<Indicator, 'measure'>): string | null {
  return ind.measure && ind.measure !== '为' && ind.measure !== '是' ? ind.measure : null;
}

/** The figure with its shown measure before it (达到 4.64万亿元), the measure not said twice when the phrase opens on it. */
export function measuredPhrase(ind: Indicator): string {
  const measure = shownMeasure(ind);
  const phrase = figurePhrase(ind);
  return measure && !phrase.startsWith(measure) ? `${measure} ${phrase}` : phrase;
}

function withGloss(text: string, gloss: string | undefined, s: CardStrings): string {
  return s.english && gloss ? `${text} (${gloss})` : text;
}


/** Headings are cut to this many characters in the breadcrumb (fused headings can be a whole sentence). */
const MAX_HEADING = 30;

/** “一、“十三五”时期和2020年工作回顾 › 2.经济发展迈上新台阶”: the outline nodes whose range holds the position. */
export function sectionPath(outline: readonly OutlineNode[], position: Position): string {
  let deepest: { node: OutlineNode; ancestors: OutlineNode[] } | undefined;
  for (const entry of flattenOutline(outline)) {
    const { range } = entry.node;
    if (rangeContains(range, position, false)) deepest = entry; // depth-first: later = deeper
  }
  if (!deepest) return '';
  return [...deepest.ancestors, deepest.node]
    .map((node) => {
      const heading = headingLabel(node);
      return heading.length > MAX_HEADING ? `${heading.slice(0, MAX_HEADING - 1)}…` : heading;
    })
    .join(' › ');
}

/** The card for one indicator of the model. */
export function buildCard(model: ReportModel, indicator: Indicator, options: CardOptions): IndicatorCard {
  const s = cardStrings(options.lang);
  const rows: CardRow[] = [];
  const same = indicator.name ? sameLexiconEntry(indicator.name) : undefined;
  const entry = same ?? (indicator.name ? lookupIndicator(indicator.name) : undefined);

  if (entry) {
    // The report's own word for the same indicator (国内生产总值 in a national report, not the entry's 地区生产总值).
    const zh = same && indicator.name ? indicator.name : entryNameIn(entry, model.meta.place);
    rows.push({ key: same ? 'indicator' : 'related', label: same ? s.indicator : s.related, value: s.lexiconName(entry.en, zh) });
  }
  rows.push({ key: 'value', label: s.value, value: formatIndicatorValue(indicator, options.lang) });
  const measure = shownMeasure(indicator);
  // (A rank's measure, scope + 位次, is glossed by its scope: rankName.ts.)
  if (measure) rows.push({ key: 'measure', label: s.measure, value: withGloss(measure, MEASURE_EN[measure] ?? rankMeasureGloss(measure) ?? undefined, s) });
  rows.push({ key: 'kind', label: s.kind, value: s.kinds[indicator.kind] ?? indicator.kind });
  rows.push({ key: 'status', label: s.status, value: s.statuses[indicator.status] });
  // The word as written (不低于, not the 以上 it means: a sixth trial saw the card and the phrase disagree).
  const written = indicator.qualifierWord;
  if (written !== undefined) rows.push({ key: 'qualifier', label: s.qualifier, value: withGloss(written, WRITTEN_QUALIFIER_EN[written] ?? MEASURE_EN[written], s) });
  else if (indicator.qualifier) rows.push({ key: 'qualifier', label: s.qualifier, value: withGloss(indicator.qualifier, QUALIFIER_EN[indicator.qualifier], s) });
  if (indicator.period) rows.push({ key: 'period', label: s.period, value: indicator.period });
  const section = sectionPath(model.outline, indicator.range.start);
  if (section) rows.push({ key: 'section', label: s.section, value: section });

  const base = impliedBase(indicator, model);
  if (base) {
    const span = indicator.period ? /^(\d{4})-\d{4}$/u.exec(indicator.period) : null;
    const label = span?.[1] ? s.basePeriodLevel(String(Number(span[1]) - 1)) : s.previousYearBase;
    const formula = `${base.level.text} ÷ (1 + ${base.growth.text})`;
    const approx = formatApproximate(base.value, base.unit, base.level);
    rows.push({ key: 'base', label, value: s.withRemark(approx, formula) });
  }

  const mentions = sameIndicator(model, indicator).map((ind): CardMention => {
    const measure = shownMeasure(ind);
    const parts = [ind.period, s.statuses[ind.status], `${measure ?? ''}${measure ? ' ' : ''}${figurePhrase(ind)}`];
    return {
      range: ind.range,
      text: ind.text,
      period: ind.period,
      status: ind.status,
      label: parts.filter((p): p is string => p !== null && p !== '').join(' · '),
      current: ind === indicator,
    };
  });

  const definition = entry ? (s.english ? entry.definitionEn : entry.definition) : undefined;
  // The rows are shown from two years on; a verdict is read from one already: a target whose row is alone (no other
  // year gives the indicator) is still “not found” in next year's report when that report is there, as Compare
  // Targets says (trial19: the tab said “not found” for 固定资产投资, the card nothing).
  const rowsOf = options.series && options.series.length >= 1 ? seriesOf(options.series, indicator, options, s) : undefined;
  const series = rowsOf && rowsOf.rows.length >= 2 ? rowsOf : undefined;
  const counterpart = counterpartOf(model, indicator, options.lang);
  const verdict = rowsOf ? verdictOf(rowsOf) : undefined;
  return {
    title: indicator.name ?? s.unnamed,
    rows,
    ...(definition ? { definition } : {}),
    mentions,
    ...(series ? { series } : !options.series && options.seriesPending ? { seriesNote: s.seriesPending } : {}),
    ...(overSpan(indicator) ? { spanNote: s.overSpan(indicator.period ?? '') } : {}),
    ...(options.segmenterAvailable ? {} : { note: s.noSegmenter }),
    ...(counterpart ? { counterpart } : {}),
    ...(verdict ? { verdict } : {}),
    labels: s.labels,
  };
}

/**
 * The target ↔ actual pair of the report (the links Go to Definition follows), from the figure's side: the analysis'
 * own pairs (model.pairs), computed once per version without the report's other references, so a hover never waits
 * for those.
 */
function counterpartOf(model: ReportModel, indicator: Indicator, lang: DisplayLanguage): CardCounterpart | undefined {
  const other = counterpartFigure(model.pairs, indicator);
  if (!other) return undefined;
  // The pair is dated as its own card and the report's links date it (→ 2016-2020 actual): a five-year review's figure
  // paired with a one-year target is the plan's (年均增长6.1%, 迈上2万亿元 over 2016-2020), and calling it “2020 actual”
  // beside the same card's mention line “2016-2020 actual” read as a contradiction (two trials).
  const t = translator(lang);
  const period = other.period;
  const label =
    period === null ? cardStrings(lang).statuses[other.status] : other.status === 'actual' ? t('{0} actual', period) : t('{0} target', period);
  // Measured another way than the hovered figure (a level beside a growth target), the pair says how, as the Compare
  // table does: “达到 4.64万亿元”, not a bare amount beside “增长5%” (a seventh trial).
  return { status: other.status, label, text: other.kind !== indicator.kind ? measuredPhrase(other) : figurePhrase(other), range: other.range };
}

/**
 * An actual amount or count of an indicator dated over a review's span (2021-2025) that is not the level the span
 * ended with (spanEndYear): the rows of years, which are per year, hold it nowhere.
 */
function overSpan(ind: Indicator): boolean {
  return ind.status === 'actual' && ind.groupKey !== null && (ind.kind === 'level' || ind.kind === 'count') && /^\d{4}-\d{4}$/u.test(ind.period ?? '') && spanEndYear(ind) === null;
}

/** The series row the hovered figure is in, when it has an outcome (a target and the actual that answers it). */
function verdictOf(series: CardSeries): CardVerdict | undefined {
  const row = series.rows.find((r) => r.actual?.current || r.target?.current);
  if (!row?.outcome) return undefined;
  return {
    year: row.year,
    outcome: row.outcome,
    label: row.outcomeLabel,
    ...(row.target ? { target: row.target } : {}),
    ...(row.actual ? { actual: row.actual } : {}),
    ...(row.withinBand ? { withinBand: true as const } : {}),
  };
}

/**
 * A figure of a row of years as the row shows it: a fall says so (下降3.5%), since the report writes it unsigned and
 * beside 13.1% of a rise a bare 3.5% reads as one more rise. Other figures as written.
 */
export function movePhrase(ind: Indicator): string {
  const phrase = figurePhrase(ind);
  // (A fall said by its name, 单位国内生产总值能耗降幅超过3%: 降幅超过3%.)
  const word = fallWord(ind);
  return word !== null && !phrase.startsWith(word) ? `${word}${phrase}` : phrase;
}

/** The series as card rows: each figure with where it stands, the outcome worded in the card's language. */
function seriesOf(rows: readonly SeriesRow[], indicator: Indicator, options: CardOptions, s: CardStrings): CardSeries {
  const cell = (side: { readonly uri: string; readonly indicator: Indicator } | undefined): CardSeriesCell | undefined =>
    side && {
      uri: side.uri,
      range: side.indicator.range,
      text: movePhrase(side.indicator),
      // Signed (direction.ts): the sparkline draws 2013's 下降3.5% under 2006's 增长1.8%.
      ...signedFields(side.indicator),
      current: side.uri === options.uri && sameRange(side.indicator.range, indicator.range),
    };
  return {
    rows: rows.map((row): CardSeriesRow => {
      const actual = cell(row.actual);
      const target = cell(row.target);
      return {
        year: row.year,
        ...(actual ? { actual } : {}),
        ...(target ? { target } : {}),
        outcome: row.outcome,
        outcomeLabel: row.outcome ? s.outcomes[row.outcome] : '',
        ...(row.target && row.actual && metWithinBand(row.target.indicator, row.actual.indicator) ? { withinBand: true as const } : {}),
      };
    }),
    labels: options.place ? { ...s.series, title: s.seriesTitle(options.place) } : s.series,
  };
}
