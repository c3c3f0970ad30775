/** Exports of a report's indicators (CSV, Markdown, targets vs actuals) and the Indicators view's tree, all pure. */
export { CSV_BOM, CSV_COLUMNS, csvField, formatIndicatorsCsv, indicatorCsvRow, plainDecimal } from './csv';
export type { CsvColumn } from './csv';
export { exportFileName } from './fileName';
export {
  buildIndicatorTree, filterIndicators, headingLabel, indicatorLabel, INDICATOR_KINDS, isFiltered, matchesFilter, NO_FILTER,
} from './indicatorTree';
export type { IndicatorFilter, IndicatorGroup, IndicatorLeaf, IndicatorTree, IndicatorTreeItem, StatusFilter } from './indicatorTree';
export { ENGLISH_TABLE_LABELS, formatIndicatorsMarkdown, formatTargetsVsActualsMarkdown, markdownCell, markdownTable } from './markdown';
export type { MarkdownOptions, TableLabels } from './markdown';
export { pairKey, pairTargetsWithActuals } from './targetsVsActuals';
export type { TargetActualPair } from './targetsVsActuals';
