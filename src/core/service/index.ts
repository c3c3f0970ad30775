/**
 * The report service: createReportService(host) and the host interfaces and answers of its features. The editor
 * (src/vscode) and the CLI are its hosts; tests drive it with an in-memory workspace.
 */
export { createReportService } from './createReportService';
export type { ReportService } from './createReportService';
export { figuresStage, indexAnalysis, inlineRunner, modelOf, pairsOf, referencesOf } from './analysis';
export type { FiguresStage } from './analysis';
export type { DiagnosticSettings } from './diagnostics';
export type { HoverCard } from './hover';
export type { ExportFormat } from './indicators';
export { isPartial } from './types';
export { indicatorExport, targetsTable } from './indicators';
export type {
  AnalysisRunner, FiguresElsewhere, PartialModel, ReportDefinition, ReportFigures, ReportFoldingRange, ReportHighlight, ReportLink, ReportLocationRange,
  ReportProblem, ReportSymbol, ReportTextDocument, RunningAnalysis, SegmenterProvider, ServiceHost, ServiceLogger,
} from './types';
export type { ReportWorkspaceSymbol } from './workspaceSymbols';
export { referenceFiles } from './referenceFiles';
export type { ReferenceFile } from './referenceFiles';
