import { analyzeReport } from '../report';
import type { AnalyzeOptions } from '../report';
import type { ReportModel } from '../types';
import { readsAsReport } from './reportFiles';
import type { IndexedReport } from './series';

/**
 * One text's entry in a cross-report index, analysed here, or null when the text is not a report (readsAsReport).
 * `fileName` supplies a year when the title block has none (national/2015.txt): the analysis reads it (AnalyzeOptions). For tests and one-shot callers, whose
 * text is taken as given (an excerpt of a few sentences reads); the workspace index (ReportIndex) also asks a detected
 * file for a report's body (indexesAsReport: a folder holds portal pages about reports) and uses indexedReport on the
 * model its host's analysis made.
 */
export function indexReport(uri: string, text: string, options: AnalyzeOptions = {}): IndexedReport | null {
  if (!readsAsReport(text, false)) return null;
  return indexedReport(uri, analyzeReport(text, options));
}

/**
 * The index entry of a report already analysed (an index reuses the model it has, never analysing twice). Its meta is
 * the analysis's, which already read the file's name (prepareReport: every analysis is given its document's).
 */
export function indexedReport(uri: string, model: Pick<ReportModel, 'meta' | 'indicators'>): IndexedReport {
  return { uri, meta: model.meta, indicators: model.indicators };
}
