/**
 * The plain data behind the chart panel: what a chart shows, without any charting library. The editor sends it to
 * the webview as JSON and writes it as CSV; tests read it directly. Every figure carries where it was read (report
 * uri, file name, range), so that a click on a point can open the report at that line.
 */
import type { Outcome } from '../workspace/series';
import type { Indicator, IndicatorKind, Qualifier, Range } from '../types';
import type { PlaceLevel } from '../workspace/placeLevel';

/** Where a point was read: the report and the figure's range in it (0-based line, UTF-16 character). */
export interface ChartLink {
  readonly uri: string;
  /** The report's file name (last segment of the uri, decoded): what a tooltip or a CSV shows. */
  readonly file: string;
  readonly range: Range;
}

/** One figure of a report as a chart point. */
export interface ChartFigure extends ChartLink {
  /** In the base unit (3.48万亿元 → 3480000000000), as the model gives it. */
  readonly value: number;
  /** The upper end of a range target (6.5%－7% → 7). */
  readonly valueMax?: number;
  readonly unit: string | null;
  /** The figure as written, without its qualifier (“6.5%”). */
  readonly text: string;
  /** The figure with its qualifier as the report writes it (“6.5%左右”, “超过1亿人次”). */
  readonly phrase: string;
  readonly qualifier: Qualifier | null;
  readonly status: Indicator['status'];
  readonly kind: IndicatorKind;
  /** The year of the report the figure was read from (an actual is usually read from the next year's report). */
  readonly reportYear: number | null;
  /**
   * For a target: how it is met — a floor (以上, GDP 6%左右) at or above it, a ceiling (以内, CPI 3%左右) at or
   * below it (the core's isSignedCeiling, which also decides met/missed).
   */
  readonly bound?: 'floor' | 'ceiling';
}

/** Display scale for large base-unit values: 1.62万亿元 is drawn as 1.62 on an axis of 万亿元. */
export interface ChartScale {
  readonly divisor: number;
  readonly prefix: '' | '万' | '亿' | '万亿';
  /** The axis unit: prefix and unit (“万亿元”, “%”, “万人”); '' when the figures have no unit. */
  readonly label: string;
}

/** (a) One year of one indicator of one place: the target the year's report set, the actual given for it. */
export interface YearPoint {
  readonly year: number;
  readonly actual?: ChartFigure;
  readonly target?: ChartFigure;
  /** met / missed / not reported, as the core's crossReportSeries reads the actual against the target; null when nothing to compare. */
  readonly outcome: Outcome | null;
}

/** (a) One indicator across the years of one place: actuals as a line, targets as markers. */
export interface YearsChart {
  readonly type: 'years';
  readonly place: string;
  readonly groupKey: string;
  /** The row of a year's additions apart from the stock's (ChartRequest's `additions`). */
  readonly additions?: true;
  /** The name the reports use most often for the indicator. */
  readonly name: string;
  /** For a series of rates of change, the measure its figures use most (增长); null otherwise (see usualMeasure). */
  readonly measure: string | null;
  readonly unit: string | null;
  /** Ascending by year; only years with an actual or a target. */
  readonly points: readonly YearPoint[];
  readonly scale: ChartScale;
}

/** (b) One place's figure for the year. */
export interface PlaceBar {
  readonly place: string;
  readonly figure: ChartFigure;
  /** For a target whose actual is known (a later report is indexed): met / missed; null otherwise. */
  readonly outcome: Outcome | null;
}

/** (b) One indicator across places for one year, sorted for a bar chart (largest first). */
export interface PlacesChart {
  readonly type: 'places';
  readonly year: number;
  /** Targets set for the year, or actuals reported for it. */
  readonly status: Indicator['status'];
  readonly groupKey: string;
  /** Only places of this level are compared (ChartRequest's `level`). */
  readonly level?: PlaceLevel;
  /** A year's additions in every place (ChartRequest's `additions`), else stocks and levels. */
  readonly additions?: true;
  readonly name: string;
  /** For rates of change, the measure the bars' figures use most (增长); null otherwise (see usualMeasure). */
  readonly measure: string | null;
  readonly unit: string | null;
  /** Largest value first; ties by the upper end of a range, then by place. */
  readonly bars: readonly PlaceBar[];
  /** Places with a report that would hold the figure (that year's, for targets) in which none was found. */
  readonly missing: readonly string[];
  /**
   * Places of another level of government (a city beside provinces) that give the figure but are not compared: the
   * chart says so rather than leaving them out in silence (an eleventh trial missed 保定's target beside three provinces).
   */
  readonly otherLevel: readonly string[];
  readonly scale: ChartScale;
}

/**
 * (c) A term's frequency in one report: counts per 10,000 characters. The term counting itself lives elsewhere
 * (src/core/terms); this is only the input a terms chart takes.
 */
export interface TermPoint {
  readonly year: number;
  readonly place: string | null;
  /** Occurrences per 10,000 characters of the report. */
  readonly per10k: number;
  /** Occurrences in the report. */
  readonly count?: number;
  /** The report. */
  readonly uri: string;
  /** Its file name; taken from the uri when absent. */
  readonly file?: string;
  /** Where a click lands: the first occurrence, say; the top of the report when absent. */
  readonly range?: Range;
}

export interface TermSeries {
  readonly term: string;
  readonly points: readonly TermPoint[];
}

/** (c) Terms' frequencies across years (and places). */
export interface TermsChart {
  readonly type: 'terms';
  /** A heading for the chart (“新提法 2019 vs 2018”); the terms are listed when absent. */
  readonly title?: string;
  readonly series: readonly TermSeries[];
}

export type ChartData = YearsChart | PlacesChart | TermsChart;
