/**
 * The reports of a workspace or folder, and what one report says about the others: which files are reports (one
 * rule), the index (one analysis per file, behind a small host), the series of an indicator across years with
 * met/missed, and last year's report.
 */
export {
  DETECT_PREFIX_CHARS, EXCLUDED_FOLDERS_GLOB, fileNameOf, isDeclaredReport, isExcludedFolder, isIndexablePath, isReportFileName, MAX_FIGURE_CHARS,
  MAX_INDEXED_BYTES, MAX_WORKSPACE_FILES, readsAsReport, REPORT_FILE_GLOB,
} from './reportFiles';
export type { Disposable, FileChange, FileStat, IndexAnalysis, IndexAnalyzer, IndexLogger, ProgressReporter, WorkspaceHost } from './host';
export { readReportText } from './host';
export { ReportIndex } from './reportIndex';
export type { CrossReportState, FileStatus, IndexedFile, ReportIndexOptions } from './reportIndex';
export { indexedReport, indexReport } from './indexedReport';
export { indicatorSymbolsOf, normalizeForMatch, reportCaption, symbolsOf, titleRangeOf } from './symbols';
export type { IndexedSymbol } from './symbols';
export { crossReportSeries, isCeiling, outcome, samePlace } from './series';
export { fallWord, isDecrease, signedRange, signedValue } from './direction';
export type { IndexedReport, Outcome, SeriesRow } from './series';
export { buildSeriesTable } from './seriesTable';
export type { IndicatorSeries, PlaceSeries, SeriesEntry, SeriesTable } from './seriesTable';
export { currentReport, mentionsInOtherReports, otherReports, previousReportOf, seriesFor, seriesKey } from './relations';
export type { OpenReport, OtherMention, ReportIndexView, ReportLocation } from './relations';
