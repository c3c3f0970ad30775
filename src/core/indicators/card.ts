/**
 * The indicator card shown when hovering a figure or its name: plain data (title, label/value rows, definition,
 * the other mentions of the same indicator), in Chinese or English. Pure; the editor adapter only renders it.
 */
import { flattenOutline } from '../outline/flatten';
import { lookupIndicator } from '../lexicon';
import type { Outcome, SeriesRow } from '../references/series';
import type { Indicator, IndicatorKind, OutlineNode, Position, Range, ReportModel } from '../types';
import { comparePositions } from '../positions';
import { formatApproximate, formatIndicatorValue } from './format';
import type { CardLang } from './format';
import { impliedBase, sameIndicator, sameLexiconEntry } from './lookup';

export type { CardLang } from './format';

export interface CardOptions {
  readonly lang: CardLang;
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

export interface CardRow {
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
  /** True for the figure the card is about. */
  readonly current: boolean;
}

export interface CardSeriesRow {
  readonly year: number;
  readonly actual?: CardSeriesCell;
  readonly target?: CardSeriesCell;
  readonly outcome: Outcome | null;
  /** The outcome in the card's language: 达成 / 未达成 / 未报告, met / missed / not reported; '' when no target. */
  readonly outcomeLabel: string;
}

/** The indicator's targets and actuals year by year across the reports of the same place. */
export interface CardSeries {
  readonly rows: CardSeriesRow[];
  readonly labels: { readonly title: string; readonly year: string; readonly actual: string; readonly target: string; readonly outcome: string };
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
  /** A caveat about the card as a whole (names found without word segmentation). */
  readonly note?: string;
  /** Headings the renderer needs, in the card's language. */
  readonly labels: CardLabels;
}

export interface CardLabels {
  readonly definition: string;
  readonly mentions: string;
  readonly current: string;
}

interface Strings {
  readonly unnamed: string;
  readonly indicator: string;
  readonly related: string;
  readonly value: string;
  readonly measure: string;
  readonly kind: string;
  readonly status: string;
  readonly qualifier: string;
  readonly period: string;
  readonly section: string;
  readonly previousYearBase: string;
  readonly basePeriodLevel: (year: string) => string;
  readonly labels: CardLabels;
  readonly kinds: Readonly<Record<IndicatorKind, string>>;
  readonly statuses: Readonly<Record<Indicator['status'], string>>;
  readonly noSegmenter: string;
  readonly more: (n: number) => string;
  readonly line: (n: number) => string;
  readonly series: CardSeries['labels'];
  readonly seriesTitle: (place: string) => string;
  readonly outcomes: Readonly<Record<Outcome, string>>;
  readonly seriesPending: string;
}

const ZH: Strings = {
  unnamed: '未命名数字',
  indicator: '指标',
  related: '相关指标',
  value: '数值',
  measure: '测度',
  kind: '类型',
  status: '实际/目标',
  qualifier: '限定词',
  period: '时期',
  section: '所在章节',
  previousYearBase: '上年基数',
  basePeriodLevel: (year) => `基期水平（${year}年）`,
  labels: { definition: '定义', mentions: '本报告中的提及', current: '当前' },
  kinds: { growth: '增长率', share: '比重/比率', level: '总量/水平', change: '变动', count: '数量', rank: '位次', other: '其他' },
  statuses: { actual: '实际', target: '目标' },
  noSegmenter: '分词组件未加载，指标名称可能不完整。',
  more: (n) => `另有 ${n} 处`,
  line: (n) => `第 ${n} 行`,
  series: { title: '历年对比', year: '年份', actual: '实际', target: '目标', outcome: '结果' },
  seriesTitle: (place) => `历年对比（${place}）`,
  outcomes: { met: '达成', missed: '未达成', 'not reported': '未报告' },
  seriesPending: '正在索引工作区中的其他报告，稍后再悬停可查看历年对比。',
};

const EN: Strings = {
  unnamed: 'Unnamed figure',
  indicator: 'Indicator',
  related: 'Related indicator',
  value: 'Value',
  measure: 'Measure',
  kind: 'Kind',
  status: 'Actual/target',
  qualifier: 'Qualifier',
  period: 'Period',
  section: 'Section',
  previousYearBase: 'Implied previous-year level',
  basePeriodLevel: (year) => `Implied base-period level (${year})`,
  labels: { definition: 'Definition', mentions: 'Mentions in this report', current: 'this one' },
  kinds: { growth: 'growth rate', share: 'share / ratio', level: 'level / total', change: 'change', count: 'count', rank: 'rank', other: 'other' },
  statuses: { actual: 'actual', target: 'target' },
  noSegmenter: 'The word segmenter is not loaded; indicator names may be incomplete.',
  more: (n) => `${n} more`,
  line: (n) => `line ${n}`,
  series: { title: 'Across years', year: 'Year', actual: 'Actual', target: 'Target', outcome: 'Outcome' },
  seriesTitle: (place) => `Across years (${place})`,
  outcomes: { met: 'met', missed: 'missed', 'not reported': 'not reported' },
  seriesPending: "Indexing the workspace's other reports; hover again shortly for the figures across years.",
};

function strings(lang: CardLang): Strings {
  return lang === 'en' ? EN : ZH;
}

/** “另有 3 处” / “3 more”: for a renderer that shows only the first mentions. */
export function moreMentionsText(n: number, lang: CardLang): string {
  return strings(lang).more(n);
}

/** “第 155 行” / “line 155” for a 0-based line: a link's tooltip. */
export function lineText(line: number, lang: CardLang): string {
  return strings(lang).line(line + 1);
}

const MEASURE_EN: Readonly<Record<string, string>> = {
  年均增长: 'average annual growth', 年均下降: 'average annual decline', 增长: 'growth', 涨幅: 'rise', 上涨: 'rise',
  下降: 'decline', 下降到: 'down to', 降低: 'reduction', 降低到: 'reduced to', 减少: 'decrease', 缩小: 'narrowed',
  提高: 'increase', 提高到: 'raised to', 提升: 'increase', 提升到: 'raised to', 增至: 'increased to',
  增加: 'increase', 增加到: 'increased to', 拓展至: 'extended to', 扩大到: 'expanded to', 扩大: 'expansion',
  高出: 'higher by', 达到: 'reached', 为: 'is', 突破: 'exceeded', 超过: 'over', 完成: 'completed', 实现: 'achieved',
  净增: 'net increase', 新增: 'newly added', 累计: 'cumulative', 控制在: 'kept within', 稳定在: 'held at',
  保持在: 'kept at', 迈上: 'reached', 总量: 'total',
};

const QUALIFIER_EN: Readonly<Record<string, string>> = {
  以上: 'or more', 左右: 'about', 以内: 'within', 以下: 'or less', 超过: 'over', 约: 'approximately', 力争: 'striving for',
};

/** Qualifiers written after the figure (6%以上); the others stand before it (约3万人). */
const TRAILING_QUALIFIERS = new Set(['以上', '左右', '以内', '以下']);

/** The figure with its qualifier where the report puts it: “6%以上”, “约3万人”; “1600多亿元” already says 超过. */
export function figurePhrase(ind: Pick<Indicator, 'text' | 'qualifier'>): string {
  const q = ind.qualifier;
  if (q === null) return ind.text;
  if (TRAILING_QUALIFIERS.has(q)) return `${ind.text}${q}`;
  if (q === '超过' && /[多余]/u.test(ind.text)) return ind.text;
  return `${q}${ind.text}`;
}

function withGloss(text: string, gloss: string | undefined, lang: CardLang): string {
  return lang === 'en' && gloss ? `${text} (${gloss})` : text;
}


/** Headings are cut to this many characters in the breadcrumb (fused headings can be a whole sentence). */
const MAX_HEADING = 30;

/** “一、“十三五”时期和2020年工作回顾 › 2.经济发展迈上新台阶”: the outline nodes whose range holds the position. */
export function sectionPath(outline: readonly OutlineNode[], position: Position): string {
  let deepest: { node: OutlineNode; ancestors: OutlineNode[] } | undefined;
  for (const entry of flattenOutline(outline)) {
    const { range } = entry.node;
    if (comparePositions(position, range.start) >= 0 && comparePositions(position, range.end) < 0) deepest = entry; // depth-first: later = deeper
  }
  if (!deepest) return '';
  return [...deepest.ancestors, deepest.node]
    .map((node) => {
      const heading = `${node.marker}${node.title}`.replace(/\s+/gu, ' ').trim();
      return heading.length > MAX_HEADING ? `${heading.slice(0, MAX_HEADING - 1)}…` : heading;
    })
    .join(' › ');
}

/** The card for one indicator of the model. */
export function buildCard(model: ReportModel, indicator: Indicator, options: CardOptions): IndicatorCard {
  const { lang } = options;
  const s = strings(lang);
  const rows: CardRow[] = [];
  const same = indicator.name ? sameLexiconEntry(indicator.name) : undefined;
  const entry = same ?? (indicator.name ? lookupIndicator(indicator.name) : undefined);

  if (entry) {
    const value = lang === 'en' ? `${entry.en} (${entry.name})` : `${entry.name}（${entry.en}）`;
    rows.push({ label: same ? s.indicator : s.related, value });
  }
  rows.push({ label: s.value, value: formatIndicatorValue(indicator, lang) });
  if (indicator.measure) rows.push({ label: s.measure, value: withGloss(indicator.measure, MEASURE_EN[indicator.measure], lang) });
  rows.push({ label: s.kind, value: s.kinds[indicator.kind] ?? indicator.kind });
  rows.push({ label: s.status, value: s.statuses[indicator.status] });
  if (indicator.qualifier) rows.push({ label: s.qualifier, value: withGloss(indicator.qualifier, QUALIFIER_EN[indicator.qualifier], lang) });
  if (indicator.period) rows.push({ label: s.period, value: indicator.period });
  const section = sectionPath(model.outline, indicator.range.start);
  if (section) rows.push({ label: s.section, value: section });

  const base = impliedBase(indicator, model);
  if (base) {
    const span = indicator.period ? /^(\d{4})-\d{4}$/u.exec(indicator.period) : null;
    const label = span?.[1] ? s.basePeriodLevel(String(Number(span[1]) - 1)) : s.previousYearBase;
    const formula = `${base.level.text} ÷ (1 + ${base.growth.text})`;
    const approx = formatApproximate(base.value, base.unit, base.level);
    rows.push({ label, value: lang === 'en' ? `${approx} (${formula})` : `${approx}（${formula}）` });
  }

  const mentions = sameIndicator(model, indicator).map((ind): CardMention => {
    const parts = [ind.period, s.statuses[ind.status], `${ind.measure ?? ''}${ind.measure ? ' ' : ''}${figurePhrase(ind)}`];
    return {
      range: ind.range,
      text: ind.text,
      period: ind.period,
      status: ind.status,
      label: parts.filter((p): p is string => p !== null && p !== '').join(' · '),
      current: ind === indicator,
    };
  });

  const definition = entry ? (lang === 'en' ? entry.definitionEn : entry.definition) : undefined;
  const series = options.series && options.series.length >= 2 ? seriesOf(options.series, indicator, options, s) : undefined;
  return {
    title: indicator.name ?? s.unnamed,
    rows,
    ...(definition ? { definition } : {}),
    mentions,
    ...(series ? { series } : !options.series && options.seriesPending ? { seriesNote: s.seriesPending } : {}),
    ...(options.segmenterAvailable ? {} : { note: s.noSegmenter }),
    labels: s.labels,
  };
}

function sameRange(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;
}

/** The series as card rows: each figure with where it stands, the outcome worded in the card's language. */
function seriesOf(rows: readonly SeriesRow[], indicator: Indicator, options: CardOptions, s: Strings): CardSeries {
  const cell = (side: { readonly uri: string; readonly indicator: Indicator } | undefined): CardSeriesCell | undefined =>
    side && {
      uri: side.uri,
      range: side.indicator.range,
      text: figurePhrase(side.indicator),
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
      };
    }),
    labels: options.place ? { ...s.series, title: s.seriesTitle(options.place) } : s.series,
  };
}
