/**
 * One host-free report service, created from small host interfaces like vscode-markdown-languageservice's
 * createLanguageService: every feature is one method that takes the document (uri, version, getText) and a
 * cancellation token, reads the one per-document cache, and answers with plain data in VS Code positions. The
 * editor's adapters only convert; the CLI and the tests call the same methods.
 */
import type { CancellationLike } from '../cancellation';
import { chartOptionsFor } from '../charts/candidates';
import type { ChartOption } from '../charts/candidates';
import type { IndicatorFilter, IndicatorTree } from '../export/indicatorTree';
import type { TargetsTable } from '../export/targetsTable';
import { buildCard } from '../indicators/card';
import type { CardOptions } from '../indicators/card';
import { indicatorAt } from '../indicators/lookup';
import { translator } from '../l10n/translate';
import { relatedAt } from '../references/query';
import type { Indicator, Position, Range, ReportModel } from '../types';
import { compareRanges, rangeContains, sameRange } from '../positions';
import { foldWidth } from '../text/normalize';
import { otherLiteralMentions, quotedTermAt, writingsOf } from '../workspace/nameMentions';
import { SAID_ALONE } from '../references/modifiers';
import { splitLines } from '../text/document';
import { ReportIndex } from '../workspace/reportIndex';
import { currentReport, seriesKey } from '../workspace/relations';
import { symbolsOf } from '../workspace/symbols';
import { indexAnalysis, inlineRunner } from './analysis';
import { hoverCharts, hoverSeries, NAMED_KINDS, namedMentionsElsewhere, otherMentions, previousReport } from './crossReport';
import { reportProblems, structureProblems } from './diagnostics';
import type { DiagnosticSettings } from './diagnostics';
import { DocumentCache } from './documents';
import { documentSymbols } from './documentSymbols';
import { foldingRanges } from './folding';
import { hoverRange } from './hover';
import type { HoverCard } from './hover';
import { indicatorExport, indicatorTree, targetsTable } from './indicators';
import type { ExportFormat } from './indicators';
import { documentLinks, previousReportLinks } from './links';
import { MAX_FIGURE_CHARS } from '../workspace/reportFiles';
import { definitionAt, highlightsAt, previousSessionAt, referenceRanges } from './navigation';
import type {
  ReportDefinition, ReportFoldingRange, ReportHighlight, ReportLink, ReportLocationRange, ReportProblem, ReportSymbol, ReportTextDocument, ServiceHost,
} from './types';
import { isPartial } from './types';
import { lineOf, planPartsElsewhere, planPeriodAt, treatsPeriod } from './planPartsElsewhere';
import { workspaceSymbols } from './workspaceSymbols';
import type { ReportWorkspaceSymbol } from './workspaceSymbols';

export interface ReportService {
  /** The whole model of this version (a PartialModel when its figures stayed in the worker); undefined when cancelled or failed. */
  getModel(document: ReportTextDocument, token: CancellationLike): Promise<ReportModel | undefined>;
  getDocumentSymbols(document: ReportTextDocument, token: CancellationLike): Promise<ReportSymbol[]>;
  getFoldingRanges(document: ReportTextDocument, token: CancellationLike): Promise<ReportFoldingRange[]>;
  /** The card of the figure (or name) at the position; never waits for the workspace index. */
  getHover(document: ReportTextDocument, position: Position, token: CancellationLike): Promise<HoverCard | undefined>;
  getDocumentLinks(document: ReportTextDocument, token: CancellationLike): Promise<ReportLink[]>;
  getDefinition(document: ReportTextDocument, position: Position, token: CancellationLike): Promise<ReportDefinition[]>;
  /**
   * The references of what is at `position`; where no link holds it, of the quoted term around it, or of
   * `context.selection` (a one-line selection the user made: 京津冀协同发展 written without quotes or a link).
   */
  getReferences(document: ReportTextDocument, position: Position, context: { readonly includeDeclaration: boolean; readonly selection?: Range }, token: CancellationLike): Promise<ReportLocationRange[]>;
  getDocumentHighlights(document: ReportTextDocument, position: Position, token: CancellationLike): Promise<ReportHighlight[]>;
  /** undefined when cancelled (keep what is shown); [] when the checks are off or the document is too large. */
  getDiagnostics(document: ReportTextDocument, settings: DiagnosticSettings, token: CancellationLike): Promise<ReportProblem[] | undefined>;
  /** The Indicators view's tree; `partial` when the document's figures stayed in the worker. undefined: no model. */
  getIndicatorTree(document: ReportTextDocument, filter: IndicatorFilter | undefined, token: CancellationLike): Promise<{ readonly tree?: IndicatorTree; readonly partial: boolean } | undefined>;
  getIndicatorExport(document: ReportTextDocument, format: ExportFormat, token: CancellationLike): Promise<string | undefined>;
  /** This report's targets beside last year's, once the workspace index is ready (or `token` is cancelled). */
  getTargetsTable(document: ReportTextDocument, token: CancellationLike): Promise<TargetsTable | null | undefined>;
  /** The charts a figure's indicator has in the workspace (its place across years, its year across places). */
  getCharts(document: ReportTextDocument, indicator: Pick<Indicator, 'range' | 'unit' | 'period' | 'status' | 'groupKey' | 'kind' | 'measure'>, token: CancellationLike): Promise<ChartOption[]>;
  /** Headings of the open reports (live) and of the workspace's other reports (indexed) matching the query, then the
   * indicator names of the indexed reports (as saved), once per report. */
  getWorkspaceSymbols(query: string, openReports: readonly ReportTextDocument[], token: CancellationLike): Promise<ReportWorkspaceSymbol[]>;
  /** The workspace's reports: Ctrl+T and every cross-report feature read this one index. */
  readonly workspace: ReportIndex | undefined;
  /** The document was closed: its analysis is dropped (and stopped, if it is still running). */
  forgetDocument(uri: string): void;
  dispose(): void;
}

/** A selection longer than this is a passage, not a name to follow across reports. */
const MAX_SELECTED_NAME = 30;

/** The open report's text as a references request reads it: width-folded and split into VS Code's lines, once. */
interface OpenText {
  readonly text: string;
  readonly folded: string;
  readonly lines: { readonly raw: readonly string[]; readonly folded: readonly string[] };
}

export function createReportService(host: ServiceHost): ReportService {
  const language = (): string => host.language?.() ?? 'en';
  const t = (message: string, ...args: string[]): string => translator(language())(message, ...args);
  const describe = host.describe ?? ((uri: string) => host.workspace?.relativePath(uri) ?? uri);
  const documents = new DocumentCache(host, (uri) => t('Could not analyse {0}', describe(uri)));
  const indexRunner = host.indexRunner ?? host.runner ?? inlineRunner;
  const workspace = host.workspace
    ? new ReportIndex(host.workspace, {
        logger: host.logger,
        translate: (message) => t(message),
        // One analysis per file, without word segmentation: the grouping keys are the same for every file whenever it
        // was read (the open report's live keys are matched to them by range: seriesKey).
        analyze: (uri, text, token) =>
          indexAnalysis(indexRunner, uri, text, token).catch((err: unknown) => {
            if (!token.isCancellationRequested) host.logger.error(t('Could not analyse {0}', describe(uri)), err);
            return undefined;
          }),
      })
    : undefined;
  /**
   * The references of a name the open report writes, beyond the links' own ranges (`known`): the writings of `ranges`
   * elsewhere in this report (its glossary entry, an unlinked mention) and in the workspace's other reports, the same
   * place's first. The text is width-folded and split once for the whole request (a 10 MB file is read once).
   */
  const writtenNameReferences = async (document: ReportTextDocument, model: ReportModel, token: CancellationLike, nameAt: (open: OpenText) => readonly Range[], known: readonly Range[] = []): Promise<ReportLocationRange[]> => {
    const text = document.getText();
    const folded = foldWidth(text);
    const open = { text, folded, lines: splitLines(text, folded) };
    // A link's region said by its type word alone (新区 for 雄安新区, 大湾区) is that name only in this report, where the
    // link joined it to the full name: searched as text it finds every 高新区 and 浦东新区 here and elsewhere (an eleventh
    // trial). A selection of the bare word is searched as the user asked.
    const writings = writingsOf(text, nameAt(open), folded, open.lines.folded).filter((w) => known.length === 0 || !SAID_ALONE.has(w));
    if (writings.length === 0) return [];
    const own = otherLiteralMentions(text, writings, known, folded, model).map((range) => ({ uri: document.uri, range }));
    const others = await namedMentionsElsewhere(workspace, host.workspace, { uri: document.uri, place: model.meta.place }, writings, token);
    return [...own, ...others];
  };
  /**
   * Where no link holds the place: the selection the user made on one line, else the quoted term around it, else a
   * plan period under the cursor — quoted or not, its quotes may stand on other lines (a twelfth trial: national 2017
   * writes “⏎十三五⏎” across a page's line breaks, and Shift+F12 found nothing where F12 found the 2016 part).
   */
  const unlinkedNameAt = (position: Position, selection: Range | undefined) => (open: OpenText): Range[] => {
    const selected = selection && selection.start.line === selection.end.line && selection.end.character - selection.start.character <= MAX_SELECTED_NAME && rangeContains(selection, position) ? selection : undefined;
    const quoted = selected ?? quotedTermAt(open.text, position, open.folded, open.lines.raw) ?? planPeriodAt(open.lines.raw[position.line] ?? '', position.line, position)?.origin;
    return quoted ? [quoted] : [];
  };
  const segmenterAvailable = (): boolean => host.segmenter !== undefined && host.segmenter.state !== 'failed';
  /** The model of a document whose figures are bound without being asked for (links, diagnostics, highlights). */
  const boundedModel = async (document: ReportTextDocument, token: CancellationLike): Promise<ReportModel | undefined> => {
    if (documents.lengthOf(document) > MAX_FIGURE_CHARS) return undefined;
    const model = await documents.model(document, token);
    return model && !token.isCancellationRequested ? model : undefined;
  };

  return Object.freeze<ReportService>({
    getModel: (document, token) => documents.model(document, token),

    async getDocumentSymbols(document, token) {
      const structure = await documents.structure(document, token);
      // The outline is answered first; the segmenter starts loading in the next task, off the outline's path, so that
      // the words are ready by the first hover (which never waits for them) rather than loaded by it (perf32).
      if (host.segmenter?.warm) setTimeout(() => host.segmenter?.warm?.(), 0);
      return structure && !token.isCancellationRequested ? documentSymbols(structure.outline, language()) : [];
    },

    async getFoldingRanges(document, token) {
      const analysed = await documents.analysed(document, token);
      return analysed && !token.isCancellationRequested ? foldingRanges(analysed.analysis.structure, analysed.text) : [];
    },

    async getHover(document, position, token) {
      // A hover never waits for the words: while they regroup the figures, the card is built from the figures as bound.
      const model = await documents.model(document, token, { waitForWords: false });
      if (!model || token.isCancellationRequested) return undefined;
      const options: CardOptions = { lang: language(), segmenterAvailable: segmenterAvailable() };
      if (isPartial(model)) {
        // A very large document: its figures stay in the analysis worker, which builds this one card.
        const analysed = await documents.analysed(document, token);
        const found = await analysed?.analysis.cardAt?.(position, options, token);
        return found && !token.isCancellationRequested ? { ...found, range: hoverRange(found.indicator, position), charts: [] } : undefined;
      }
      const indicator = indicatorAt(model, position);
      if (!indicator) return undefined;
      const card = buildCard(model, indicator, { ...options, ...hoverSeries(workspace, document, model, indicator) });
      return { card, indicator, range: hoverRange(indicator, position), charts: hoverCharts(workspace, document, model, indicator) };
    },

    async getDocumentLinks(document, token) {
      const model = await boundedModel(document, token);
      if (!model) return [];
      // Opening a report is when the workspace's other reports start being indexed (series, references, charts).
      workspace?.requestCrossReport();
      const links = documentLinks(model, document.uri, language());
      if (!(model.meetings ?? []).some((m) => m.previous)) return links;
      // Links of a version are asked for once: wait for the index rather than miss the link to last year's report.
      const target = await previousReport(workspace, document, model, token);
      return target && !token.isCancellationRequested ? [...links, ...previousReportLinks(model, target, describe, language())] : links;
    },

    async getDefinition(document, position, token) {
      const model = await documents.model(document, token);
      if (!model || token.isCancellationRequested) return [];
      const definition = definitionAt(model, document.uri, position);
      if (definition) return [definition];
      const meeting = previousSessionAt(model, position);
      if (meeting) {
        const target = await previousReport(workspace, document, model, token);
        return target ? [{ origin: meeting.range, target: { uri: target.uri, range: target.titleRange } }] : [];
      }
      // A plan period this report gives no part of its own: the parts of the workspace's other reports that treat it.
      const plan = workspace ? planPeriodAt(lineOf(document.getText(), position.line), position.line, position) : undefined;
      if (!plan || treatsPeriod(model.outline, plan.period)) return [];
      const files = await workspace?.entries(token);
      return files && !token.isCancellationRequested ? planPartsElsewhere(files, { uri: document.uri, place: model.meta.place }, plan.period, plan.origin) : [];
    },

    async getReferences(document, position, context, token) {
      const model = await documents.model(document, token);
      if (!model || token.isCancellationRequested) return [];
      const related = relatedAt(model, position);
      if (!related) {
        const named = await writtenNameReferences(document, model, token, unlinkedNameAt(position, context.selection));
        if (named.length > 0 || token.isCancellationRequested) return named;
        // A link Go to Definition follows but whose words name nothing said elsewhere — a forward pointer (突出抓好十方面工作：
        // → （一）…, src32 保定市-2024): its two ends, because a trial's Find All References said “No results” on a link
        // F12 had just followed.
        const link = definitionAt(model, document.uri, position);
        if (!link || link.target.uri !== document.uri) return [];
        const ends = context.includeDeclaration ? [link.origin, link.target.range] : [link.origin];
        return ends.sort(compareRanges).map((range) => ({ uri: document.uri, range }));
      }
      const here = referenceRanges(related, context.includeDeclaration).map((range) => ({ uri: document.uri, range }));
      if (NAMED_KINDS.has(related.kind)) return [...here, ...(await writtenNameReferences(document, model, token, () => related.ranges, related.ranges))];
      // A plan period linked to this report's part about it is followed into the other reports too, by its mentions
      // (not the part's heading): an eleventh trial saw “十四五” reach 37 mentions in 8 files from a report with no such
      // part and 6 in 1 file from one with it.
      if (related.key?.startsWith('period:')) {
        const mentions = related.ranges.filter((r) => !(related.definition && sameRange(r, related.definition)));
        return [...here, ...(await writtenNameReferences(document, model, token, () => mentions, related.ranges))];
      }
      const indicator = related.kind === 'indicator' ? indicatorAt(model, position) : undefined;
      if (!indicator) return here;
      const others = await otherMentions(workspace, document, model, indicator, token);
      return [...here, ...others.map((m) => ({ uri: m.report.uri, range: m.indicator.range }))];
    },

    async getDocumentHighlights(document, position, token) {
      const model = await boundedModel(document, token);
      return model ? highlightsAt(model, position) : [];
    },

    async getDiagnostics(document, settings, token) {
      // What the file holds besides the report (a compilation's later reports) is said whatever the size and settings.
      const structure = await documents.structure(document, token);
      if (token.isCancellationRequested) return undefined;
      const notices = structure ? structureProblems(structure, language()) : [];
      if (!settings.footnotes && !settings.indicatorConflicts) return notices;
      if (documents.lengthOf(document) > MAX_FIGURE_CHARS) return notices;
      const model = await documents.model(document, token);
      if (token.isCancellationRequested) return undefined;
      return model ? [...notices, ...reportProblems(model, settings, language())] : notices;
    },

    async getIndicatorTree(document, filter, token) {
      const model = await documents.model(document, token);
      if (!model || token.isCancellationRequested) return undefined;
      const tree = indicatorTree(model, filter);
      return tree ? { tree, partial: false } : { partial: true };
    },

    async getIndicatorExport(document, format, token) {
      const model = await documents.model(document, token);
      return model && !token.isCancellationRequested && !isPartial(model) ? indicatorExport(model, format, language(), describe(document.uri)) : undefined;
    },

    async getTargetsTable(document, token) {
      const model = await documents.model(document, token);
      if (!model || token.isCancellationRequested || isPartial(model)) return undefined;
      if (workspace && !(await workspace.crossReportReady(token))) return undefined;
      return targetsTable(workspace, document, model);
    },

    async getCharts(document, figure, token) {
      const model = await documents.model(document, token);
      if (!model || !workspace || !(await workspace.crossReportReady(token))) return [];
      const reports = workspace.reports();
      const self = currentReport(workspace, document, model);
      const indicator = model.indicators.find((i) => i.range.start.line === figure.range.start.line && i.range.start.character === figure.range.start.character) ?? figure;
      const key = seriesKey(indicator as Indicator, self);
      return key && reports.length >= 2 ? chartOptionsFor(reports, self.meta.place, indicator, key) : [];
    },

    async getWorkspaceSymbols(query, openReports, token) {
      const files = workspace ? await workspace.entries(token) : [];
      if (!files || token.isCancellationRequested) return [];
      const open: Array<{ uri: string; symbols: ReturnType<typeof symbolsOf> }> = [];
      for (const document of openReports) {
        const structure = await documents.structure(document, token); // cached per version, shared with the Outline view
        if (token.isCancellationRequested) return [];
        if (structure) open.push({ uri: document.uri, symbols: symbolsOf(structure) });
      }
      return workspaceSymbols(query, open, files, language());
    },

    workspace,
    forgetDocument: (uri) => documents.forget(uri),
    dispose() {
      workspace?.dispose();
      documents.dispose();
    },
  });
}
