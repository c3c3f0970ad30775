import { detectReport } from './detect';
import type { AnalyzeOptions } from './report';
import { analyzeReport } from './report';
import type { IndexedReport } from './references/series';
import type { ReportModel } from './types';

/**
 * One file's entry in a cross-report index (editor workspace or `govreport series DIR`): its metadata and figures,
 * or null when the text is not a report. `fileName` supplies a year when the title block has none (national/2015.txt).
 */
export function indexReport(uri: string, text: string, options: AnalyzeOptions & { fileName?: string } = {}): IndexedReport | null {
  if (!detectReport(text).isReport) return null;
  return indexedReport(uri, analyzeReport(text, options), options.fileName);
}

/** The index entry of a report already analysed (the editor's index reuses the model it has, never analysing twice). */
export function indexedReport(uri: string, model: Pick<ReportModel, 'meta' | 'indicators'>, fileName?: string): IndexedReport {
  const yearFromName = fileName ? /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(fileName) : null;
  const meta = model.meta.year === null && yearFromName ? { ...model.meta, year: Number(yearFromName[1]) } : model.meta;
  return { uri, meta, indicators: model.indicators };
}
