/** Public surface of the pure core. Adapters and the CLI import from here only. */
export { analyzeReport } from './report';
export type { AnalyzeOptions } from './report';
export { detectReport, mojibakeOf } from './detect';
export type { Detection, Mojibake } from './detect';
export { CancelledError, neverCancelled } from './cancellation';
export type { CancellationLike } from './cancellation';
export type { Segmenter } from './segmenter';
export { fallbackSegmenter } from './segmenter';
export { flattenOutline } from './outline/flatten';
export type * from './types';
export { regroupIndicators, precomputedSegmenter } from './indicators/regroup';
export { buildCard, figurePhrase, lineText, moreMentionsText, sectionPath } from './indicators/card';
export type { CardLabels, CardMention, CardOptions, CardRow, CardSeries, CardSeriesCell, IndicatorCard } from './indicators/card';
export {
  decimalString, formatApproximate, formatIndicatorValue, formatNumber, groupDigits, scientific, shiftDecimal, valueForms,
} from './indicators/format';
export type { CardLang, FormattableValue } from './indicators/format';
export { impliedBase, indicatorAt, mentionKey, sameIndicator, sameLexiconEntry } from './indicators/lookup';
export type { ImpliedBase } from './indicators/lookup';
export { referenceAt, relatedAt } from './references/query';
export type { Related } from './references/query';
export { diagnose } from './references/diagnostics';
export type { DiagnosticCode, ReportDiagnostic } from './references/diagnostics';
export { crossReportSeries, outcome, samePlace } from './references/series';
export type { IndexedReport, Outcome, SeriesRow } from './references/series';
export type { MeetingMention } from './references/meetings';
export type { GlossaryEntry, FootnoteResult } from './references/footnotes';
export { indexedReport, indexReport } from './workspace';
export { compareRanges, comparePositions, isBefore, rangeContains, rangeSpansLine, rangeWithin, sameRange } from './positions';
