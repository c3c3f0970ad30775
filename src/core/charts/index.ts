/** Chart data for the chart panel and its CSV export, all pure (see types.ts). */
export { buildChart, chartCandidates, chartOptionsFor, coverage, figureFirst, inPlaceWords, placeFirst } from './candidates';
export type { ChartOption, ChartRequest, IndicatorCharts } from './candidates';
export { formatChartCsv, PLACES_CSV_COLUMNS, TERMS_CSV_COLUMNS, YEARS_CSV_COLUMNS } from './csv';
export { chartFigure, chartScale, fileOfUri, mostUsedName, usualMeasure, usualName } from './figures';
export { indicatorSeries, seriesOfPlace } from './placeSeries';
export type { PlaceIndicatorSeries } from './placeSeries';
export { chartFileName, chartLinks, findChartLink } from './links';
export { placesChart } from './placesChart';
export { MAX_TERM_POINTS, MAX_TERM_SERIES, termColumnOf, termColumns, termsChart } from './termsChart';
export type { TermColumn } from './termsChart';
export type * from './types';
export { yearsChart } from './yearsChart';
export { candidateDescription, candidateMatches, queryWords, SHOWN_ALIASES } from './pickerText';
export { chartRequestOfState, MAX_EXPORT_CHARS, parseChartRequest, parseWebviewMessage } from './protocol';
export type { ChartLabels, FromWebviewMessage, ToWebviewMessage } from './protocol';
