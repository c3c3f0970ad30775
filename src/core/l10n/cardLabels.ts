/**
 * The words of the indicator card (row labels, headings, notes), in the caller's language. English keys, Chinese in
 * l10n/bundle.l10n.zh-cn.json; the kind, status and outcome words come from labels.ts like everywhere else.
 */
import type { Outcome } from '../workspace/series';
import type { IndicatorKind, Position } from '../types';
import { holdsEscapedBreaks } from '../text/escapedBreaks';
import { kindsIn, outcomesIn, statusesIn } from './labels';
import type { StatusLabels } from './labels';
import { bundleLanguage, translator } from './translate';
import type { DisplayLanguage, Translate } from './translate';

/** Headings the card's renderer needs. */
export interface CardLabels {
  readonly definition: string;
  readonly mentions: string;
  readonly current: string;
  /** Between a label and its value: “: ” / “：”. */
  readonly colon: string;
}

/** The column headings of the card's table of figures across years. */
export interface CardSeriesLabels {
  readonly title: string;
  readonly year: string;
  readonly actual: string;
  readonly target: string;
  readonly outcome: string;
}

export interface CardStrings {
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
  readonly statuses: StatusLabels;
  readonly noSegmenter: string;
  readonly series: CardSeriesLabels;
  readonly seriesTitle: (place: string) => string;
  readonly outcomes: Readonly<Record<Outcome, string>>;
  readonly seriesPending: string;
  /** A figure over a review's span as a whole, which no row of years holds (“2021-2025”). */
  readonly overSpan: (span: string) => string;
  /** The lexicon's name with its translation: “GDP (地区生产总值)” / “地区生产总值（GDP）”. */
  readonly lexiconName: (en: string, zh: string) => string;
  /** A value with a remark: “≈ 1,199 亿元 (1528亿元 ÷ (1 + 27.4%))” / “…（…）”. */
  readonly withRemark: (value: string, remark: string) => string;
  /** Whether glosses and definitions are shown in English (the lexicon holds English and Chinese only). */
  readonly english: boolean;
}

/** The two bundles' strings, built once each. */
const cache = new Map<string, CardStrings>();

export function cardStrings(language: DisplayLanguage): CardStrings {
  const key = bundleLanguage(language);
  let strings = cache.get(key);
  if (!strings) {
    strings = build(translator(key), key === 'en');
    cache.set(key, strings);
  }
  return strings;
}

/** “另有 3 处” / “3 more”: for a renderer that shows only the first mentions. */
export function moreMentionsText(n: number, language: DisplayLanguage): string {
  return translator(language)('{0} more', n);
}

/** “第 155 行” / “line 155” for a 0-based line: a link's tooltip. */
export function lineText(line: number, language: DisplayLanguage): string {
  return translator(language)('line {0}', line + 1);
}

/**
 * Where a figure stands, for a link's tooltip and the card's list of mentions: “第 155 行” / “line 155”, as lineText; on
 * a physical line that is a whole report written with escaped breaks (escapedBreaks.ts: src32's one-line texts, every
 * figure on line 1), “第 1 行第 255 列” / “line 1, column 255”, the column as VS Code's status bar counts it (Ln 1,
 * Col 255; UTF-16 units, 1-based). `physicalLine` is the text of the position's line when the caller has it; without
 * it, or on any other line, the wording is lineText's, so that ordinary reports read as before.
 */
export function positionText(position: Position, language: DisplayLanguage, physicalLine?: string): string {
  if (!columnTells(physicalLine)) return lineText(position.line, language);
  return translator(language)('line {0}, column {1}', position.line + 1, position.character + 1);
}

/**
 * positionText's words at the head of a tooltip, capitalised, and with the report's file when the tooltip points into
 * another report: “Line 155” / “Line 155 of 2022.txt”, or on a one-line escaped report “Line 1, column 255 of
 * 徐水区-2018.txt” (第 1 行第 255 列). The Indicators view's rows and the Targets and Terms tabs' links, which all said
 * “line 1” of every figure of such a report while the card said the column (session 38).
 */
export function positionTitle(position: Position, language: DisplayLanguage, physicalLine?: string, file?: string): string {
  const t = translator(language);
  const line = position.line + 1;
  const column = position.character + 1;
  if (!columnTells(physicalLine)) return file === undefined ? t('Line {0}', line) : t('Line {0} of {1}', line, file);
  return file === undefined ? t('Line {0}, column {1}', line, column) : t('Line {0}, column {1} of {2}', line, column, file);
}

/**
 * The same place as a table cell, for the command line's tables: “155”, or “1:255” (line:column, both 1-based, as
 * govreport refs and terms print every position) on a one-line escaped report, whose rows all read “1” otherwise.
 */
export function positionCell(position: Position, physicalLine?: string): string {
  return columnTells(physicalLine) ? `${position.line + 1}:${position.character + 1}` : String(position.line + 1);
}

/** Whether a place on this physical line is told by its column too: the line is a whole report (escapedBreaks.ts). */
function columnTells(physicalLine: string | undefined): boolean {
  return physicalLine !== undefined && holdsEscapedBreaks(physicalLine);
}

function build(t: Translate, english: boolean): CardStrings {
  return {
    unnamed: t('Unnamed figure'),
    indicator: t('Indicator'),
    related: t('Related indicator'),
    value: t('Value'),
    measure: t('Measure'),
    kind: t('Kind'),
    status: t('Actual/target'),
    qualifier: t('Qualifier'),
    period: t('Period'),
    // “Section” alone is the Outline view's kind label (章节); on the card it is where the figure stands (所在章节).
    section: t({ message: 'Section', comment: 'hover card row: the headings a figure stands under' }),
    previousYearBase: t('Implied previous-year level'),
    basePeriodLevel: (year) => t('Implied base-period level ({0})', year),
    labels: { definition: t('Definition'), mentions: t('Other mentions in this report'), current: t('this one'), colon: t(': ') },
    kinds: kindsIn(t),
    statuses: statusesIn(t),
    noSegmenter: t('The word segmenter is not loaded; indicator names may be incomplete.'),
    series: { title: t('Across years'), year: t('Year'), actual: t('Actual'), target: t('Target'), outcome: t('Outcome') },
    seriesTitle: (place) => t('Across years ({0})', place),
    outcomes: outcomesIn(t),
    seriesPending: t("Indexing the workspace's other reports; hover again shortly for the figures across years."),
    overSpan: (span) => t('A figure over {0} as a whole (a total, an average or a change), not one year’s: the figures across years and the charts leave it out.', span),
    lexiconName: (en, zh) => t({ message: '{0} ({1})', args: [en, zh], comment: 'an indicator name in English, then in Chinese' }),
    withRemark: (value, remark) => t('{0} ({1})', value, remark),
    english,
  };
}
