/**
 * Public surface of the pure core. Code outside the core imports from here, or from a core folder's own index
 * (core/export, core/lexicon …), never from a file inside a core folder: eslint.config.mjs enforces it.
 */
export { analyzeReport, prepareReport } from './report';
export type { AnalyzeOptions, PreparedReport, ReportStructure } from './report';
export { detectReport, looksBinary, mojibakeOf } from './detect';
export type { Detection, Mojibake } from './detect';
export { holdsEscapedBreaks } from './text/escapedBreaks';
export { editorLines } from './text/editorLines';
export { CancellationSource, CancelledError, neverCancelled, throwIfCancelled, untilCancelled } from './cancellation';
export type { CancellationLike } from './cancellation';
export type { Segmenter } from './segmenter';
export { fallbackSegmenter } from './segmenter';
export { flattenOutline } from './outline/flatten';
export type * from './types';
export { regroupIndicators, precomputedSegmenter } from './indicators/regroup';
export { buildCard, figurePhrase, measuredPhrase, sectionPath, shownMeasure } from './indicators/card';
export type {
  CardCounterpart, CardLang, CardMention, CardOptions, CardRow, CardRowKey, CardSeries, CardSeriesCell, CardSeriesRow, CardVerdict, IndicatorCard,
} from './indicators/card';
export { escapeMarkdown, renderCardMarkdown } from './indicators/cardMarkdown';
export type { CardLink, CardLinks, CardMarkdownOptions } from './indicators/cardMarkdown';
export { sparkBlocks, sparklineSvg } from './indicators/cardSparkline';
export type { SparkPoint } from './indicators/cardSparkline';
export {
  decimalString, formatApproximate, formatIndicatorValue, formatNumber, groupDigits, scientific, shiftDecimal, valueForms,
} from './indicators/format';
export type { FormattableValue } from './indicators/format';
export {
  bundleLanguage, cardStrings, kindLabels, lineText, moreMentionsText, outcomeLabels, outlineKindLabel, positionCell, positionText, positionTitle, statusLabels, tableLabels,
  translator,
} from './l10n';
export type { CardLabels, CardSeriesLabels, DisplayLanguage, StatusLabels, TableLabels, Translate } from './l10n';
export { headingLabel } from './headings';
export { metaWithFileName, placeFromFileName } from './meta';
export { impliedBase, indicatorAt, mentionKey, sameIndicator, sameLexiconEntry } from './indicators/lookup';
export type { ImpliedBase } from './indicators/lookup';
export { referenceAt, relatedAt } from './references/query';
export type { Related } from './references/query';
export { diagnose } from './references/diagnostics';
export type { DiagnosticCode, ReportDiagnostic } from './references/diagnostics';
export * from './workspace';
export { compareRanges, comparePositions, isBefore, rangeContains, rangeKey, rangeSpansLine, rangeWithin, sameRange } from './positions';
