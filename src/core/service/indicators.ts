/** The Indicators view's tree, the exports of a report's figures and its targets year on year, from its model. */
import { toContractIndicator } from '../export/contract';
import { formatIndicatorsCsv } from '../export/csv';
import { buildIndicatorTree } from '../export/indicatorTree';
import type { IndicatorFilter, IndicatorTree } from '../export/indicatorTree';
import { formatIndicatorsMarkdown } from '../export/markdown';
import { buildTargetsTable } from '../export/targetsTable';
import { counterparts } from '../indicators/counterpart';
import { mainTargetTest } from '../export/mainTargets';
import type { TargetsTable } from '../export/targetsTable';
import { translator } from '../l10n/translate';
import { editorLines } from '../text/editorLines';
import type { ReportMeta, ReportModel } from '../types';
import { currentReport, otherReports } from '../workspace/relations';
import { reportCaption } from '../workspace/symbols';
import type { OpenReport, ReportIndexView } from '../workspace/relations';
import { isPartial } from './types';

/** The tree of a model's figures under its parts, or undefined when its figures stayed in the worker. */
export function indicatorTree(model: ReportModel, filter?: IndicatorFilter): IndicatorTree | undefined {
  return isPartial(model) ? undefined : buildIndicatorTree(model, filter);
}

export type ExportFormat = 'csv' | 'json' | 'markdown';

/**
 * The figures as a file's content: CSV (the CLI's writer; `file` fills its file column), the contract's JSON, or a
 * Markdown table.
 */
export function indicatorExport(model: ReportModel, format: ExportFormat, language: string, file: string): string {
  switch (format) {
    case 'csv':
      return formatIndicatorsCsv([{ file, meta: model.meta, indicators: model.indicators }]);
    case 'json':
      return `${JSON.stringify(model.indicators.map(toContractIndicator), null, 2)}\n`;
    case 'markdown':
      return formatIndicatorsMarkdown(model.indicators, { title: translator(language)('{0}: indicators', reportLabel(model.meta, language)), language });
  }
}

/**
 * The report as Ctrl+T's containers name it (reportCaption: “全国 2021”, “江苏省 2026”), or a generic name when the
 * title block was not found.
 */
export function reportLabel(meta: ReportMeta, language: string): string {
  return reportCaption(meta) || translator(language)('Government work report');
}

/** This report's targets beside last year's (last year's report from the index, when it holds one). */
export function targetsTable(index: ReportIndexView | undefined, document: OpenReport & { getText(): string }, model: ReportModel): TargetsTable | null {
  const self = index ? currentReport(index, document, model) : { uri: document.uri, meta: model.meta, indicators: model.indicators };
  const year = self.meta.year;
  const others = index && year !== null ? otherReports(index, self) : [];
  const ofYear = (y: number) => others.find((r) => r.meta.year === y);
  const previous = year === null ? undefined : ofYear(year - 1);
  const lines = editorLines(document.getText());
  // Last year's actual of each target: the open model's own pairs, which its card and links read (by range: `self` may
  // be the index's reading of the same file).
  const table = buildTargetsTable(self, previous, mainTargetTest((line) => lines[line]), counterparts(model.pairs));
  // Next year's report judges this year's targets: said, with its file, for an analyst who opened this year's (trial19
  // compared 2025's tab, which has no verdicts of 2025, and found them only by opening 2026's).
  const next = year === null ? undefined : ofYear(year + 1);
  return table && next ? { ...table, next: { uri: next.uri, meta: next.meta } } : table;
}
