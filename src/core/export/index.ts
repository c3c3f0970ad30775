/** Exports of a report's indicators (CSV, Markdown, targets year on year, the JSON contract) and the Indicators view's tree, all pure. */
export { SCHEMA_VERSION, toContractIndicator, toContractReference, toContractReport } from './contract';
export type { ContractIndicator, ContractReference, ContractReport } from './contract';
export { CSV_BOM, CSV_COLUMNS, csvField, formatIndicatorsCsv, indicatorCsvRow, plainDecimal } from './csv';
export type { CsvColumn } from './csv';
export { exportFileName } from './fileName';
export {
  buildIndicatorTree, filterIndicators, indicatorLabel, INDICATOR_KINDS, isFiltered, matchesFilter, NO_FILTER,
} from './indicatorTree';
export { leafAtOrBefore, visibleGroups } from './indicatorTreeQuery';
export type { IndicatorFilter, IndicatorGroup, IndicatorLeaf, IndicatorTree, IndicatorTreeItem, StatusFilter } from './indicatorTree';
export { formatIndicatorsMarkdown, markdownCell, markdownTable } from './markdown';
export type { MarkdownOptions, TableLabels } from './markdown';
export { pairKey } from './pairKey';
export { formatTargetsTableMarkdown, tableFigureText } from './targetsMarkdown';
export type { TargetsTableLabels } from './targetsMarkdown';
export { buildTargetsTable, figureIdentity, filledTargetsColumns } from './targetsTable';
export { mainTargetTest } from './mainTargets';
export type { TableFigure, TargetsColumn, TargetsRow, TargetsTable } from './targetsTable';
