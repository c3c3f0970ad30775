/**
 * The reports of a workspace or folder, built lazily on the first query and then kept fresh by the host's watcher:
 * only changed files are read again (by uri and mtime). One build runs at a time and is shared by every query;
 * queries stop waiting when their token is cancelled, while the build itself stops only on dispose, so typing in
 * Ctrl+T never throws work away. Every file goes through the one rule (reportFiles.ts) and is analysed once: its
 * headings (Ctrl+T) and its metadata and figures (series, met/missed, last year's report) come from that analysis.
 *
 * Cross-report figures are served once a feature asks (requestCrossReport) and the workspace holds two or more
 * reports; that build runs in the background with the host's progress and never holds up the open report.
 */
import { CancellationSource, neverCancelled, untilCancelled } from '../cancellation';
import type { CancellationLike } from '../cancellation';
import type { Range, ReportMeta } from '../types';
import type { Disposable, FileChange, IndexAnalysis, IndexAnalyzer, IndexLogger, WorkspaceHost } from './host';
import { indexedReport } from './indexedReport';
import type { ReportIndexView, ReportLocation } from './relations';
import { indexesAsReport, isDeclaredReport, isIndexablePath, MAX_FIGURE_CHARS, MAX_INDEXED_BYTES, MAX_WORKSPACE_FILES } from './reportFiles';
import { samePlace } from './series';
import type { IndexedReport } from './series';
import { symbolsOf, titleRangeOf, ZERO_RANGE } from './symbols';
import type { IndexedSymbol } from './symbols';
import type { BodyLines } from './bodyLines';

/** report: indexed (figures unless its analysis failed); the others are left out, and why. */
export type FileStatus = 'report' | 'not-a-report' | 'too-large' | 'unreadable';

/** One file as last indexed. Files that are not reports are kept too, so they are not read again until they change. */
export interface IndexedFile {
  readonly uri: string;
  readonly mtime: number;
  readonly status: FileStatus;
  /** Why it is left out, in a few words (the size, the read error). */
  readonly detail?: string;
  /** Indexed from an open editor's text, which may differ from the disk: read again once the editor closes. */
  readonly fromEditor: boolean;
  readonly symbols: readonly IndexedSymbol[];
  /** Metadata and figures (a report over MAX_FIGURE_CHARS keeps its metadata only); none when the analysis failed. */
  readonly report?: IndexedReport;
  /** The report's title line (or its first line of text): where a link to the report as a whole lands. */
  readonly titleRange?: Range;
  /** Its page chrome and second copy, left out when its text is searched for a name (bodyLines.ts). */
  readonly body?: BodyLines;
}

export interface ReportIndexOptions {
  readonly analyze: IndexAnalyzer;
  readonly logger: IndexLogger;
  /** Words shown to the user (the core's translator in the display language); English when absent. */
  readonly translate?: (message: string) => string;
  /** Called after every file, in completion order (the CLI's progress and skip lines). */
  readonly onFileIndexed?: (file: IndexedFile) => void;
}

/**
 * Cross-report indexing: `idle` until a feature first asks; `dormant` while the workspace holds fewer than two
 * reports (re-checked when files are created); `on` while figures are kept for every report; `stopped` once the user
 * cancelled it (for the rest of the session).
 */
export type CrossReportState = 'idle' | 'dormant' | 'on' | 'stopped';

/** File events are gathered for this long before the cross-report figures are brought up to date. */
const REFRESH_DELAY_MS = 1000;

export class ReportIndex implements ReportIndexView, Disposable {
  private readonly files = new Map<string, IndexedFile>();
  /** Files to read (again), in the order they were found. */
  private readonly stale = new Set<string>();
  private readonly lifetime = new CancellationSource();
  private discovered = false;
  private building: Promise<void> | undefined;
  private watcher: Disposable | undefined;
  private crossReport: CrossReportState = 'idle';
  private crossReportRun: Promise<void> | undefined;
  /** A cross-report build has finished once (later runs only bring it up to date). */
  private crossReportBuilt = false;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  /** Set while a cross-report build shows its progress: called after every file. */
  private onFileDone: (() => void) | undefined;

  constructor(
    private readonly host: WorkspaceHost,
    private readonly options: ReportIndexOptions,
  ) {}

  /** Every listed file as indexed, freshly updated; undefined when the token was cancelled first. */
  async entries(token: CancellationLike = neverCancelled): Promise<IndexedFile[] | undefined> {
    // A running build is awaited even with nothing stale left: its last file may still be in flight.
    if (this.building || !this.discovered || this.stale.size > 0) {
      this.building ??= this.build().finally(() => {
        this.building = undefined;
      });
      if (!(await untilCancelled(this.building, token))) return undefined;
    }
    return [...this.files.values()];
  }

  /**
   * Starts cross-report indexing in the background the first time a feature needs it; afterwards only brings it up
   * to date. Never waits: callers that can wait use crossReportReady, the others read `crossReportState`.
   */
  requestCrossReport(): void {
    if (this.crossReport === 'idle') {
      this.crossReport = 'dormant';
      void this.refreshCrossReport();
    } else if (this.crossReport === 'on' && this.stale.size > 0) {
      void this.refreshCrossReport();
    }
  }

  /**
   * Resolves true once the figures of every report are indexed (at once when the workspace holds fewer than two
   * reports), false when the token is cancelled first.
   */
  crossReportReady(token: CancellationLike = neverCancelled): Promise<boolean> {
    this.requestCrossReport();
    return this.crossReportRun ? untilCancelled(this.crossReportRun, token) : Promise.resolve(!token.isCancellationRequested);
  }

  /**
   * Whether the first cross-report build is running (a hover card says its series will follow). A later refresh
   * after file changes is not “pending”: the figures indexed before it are shown meanwhile.
   */
  get crossReportPending(): boolean {
    return this.crossReport === 'on' && this.crossReportRun !== undefined && !this.crossReportBuilt;
  }

  get crossReportState(): CrossReportState {
    return this.crossReport;
  }

  /**
   * The reports indexed with figures, one per file, in a stable order (by uri); none unless cross-report indexing is
   * on (a cancelled run's partial figures would make years look unreported).
   */
  reports(): IndexedReport[] {
    if (this.crossReport !== 'on') return [];
    const out: IndexedReport[] = [];
    for (const file of this.files.values()) if (file.report) out.push(file.report);
    return out.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  }

  reportFor(uri: string): IndexedReport | undefined {
    return this.files.get(uri)?.report;
  }

  reportsOfPlace(meta: ReportMeta, near?: string): IndexedReport[] {
    return samePlace(this.reports(), meta, near);
  }

  previousReport(meta: ReportMeta, near?: string): ReportLocation | undefined {
    if (!meta.place || meta.year === null) return undefined;
    const year = meta.year - 1;
    const report = this.reportsOfPlace(meta, near).find((r) => r.meta.year === year);
    const file = report ? this.files.get(report.uri) : undefined;
    return report && file ? { uri: report.uri, report, titleRange: file.titleRange ?? ZERO_RANGE } : undefined;
  }

  dispose(): void {
    if (this.refreshTimer !== undefined) clearTimeout(this.refreshTimer);
    this.lifetime.cancel();
    this.watcher?.dispose();
    this.files.clear();
    this.stale.clear();
  }

  private async build(): Promise<void> {
    const token = this.lifetime.token;
    if (!this.discovered) {
      this.watch();
      this.discovered = true;
      try {
        const uris = await this.host.findFiles(this.host.maxFiles ?? MAX_WORKSPACE_FILES, token);
        const listed = new Set(uris);
        for (const uri of this.files.keys()) if (!listed.has(uri)) this.files.delete(uri); // e.g. a removed folder
        for (const uri of uris) if (!this.files.has(uri)) this.stale.add(uri);
      } catch (err) {
        if (token.isCancellationRequested) return; // disposed while listing: not an error worth showing
        this.options.logger.error(this.t('Could not list the workspace files'), err);
      }
    }
    const next = async (): Promise<void> => {
      for (let uri = first(this.stale); uri !== undefined && !token.isCancellationRequested; uri = first(this.stale)) {
        this.stale.delete(uri);
        const file = await this.indexFile(uri, token);
        if (file) this.options.onFileIndexed?.(file);
        this.onFileDone?.();
        await nextTurn(); // let the host's other work run between files
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, this.host.concurrency ?? 1) }, next));
  }

  /** Reads, checks and analyses one file; the entry it stored, or undefined when nothing changed or it is gone. */
  private async indexFile(uri: string, token: CancellationLike): Promise<IndexedFile | undefined> {
    if (!isIndexablePath(this.host.relativePath(uri))) {
      this.files.delete(uri);
      return undefined;
    }
    const stat = await this.host.stat(uri).catch(() => undefined);
    if (!stat) {
      this.files.delete(uri); // deleted since it was listed
      return undefined;
    }
    const known = this.files.get(uri);
    if (known && known.mtime === stat.mtime && !known.fromEditor) return undefined;
    const skip = (status: FileStatus, detail?: string): IndexedFile => {
      const file: IndexedFile = { uri, mtime: stat.mtime, status, fromEditor: false, symbols: [], ...(detail === undefined ? {} : { detail }) };
      this.files.set(uri, file);
      return file;
    };
    if (stat.size > MAX_INDEXED_BYTES) return skip('too-large', `${(stat.size / 1024 / 1024).toFixed(1)} MB`);
    // An open document's text is what the user sees (maybe unsaved, maybe decoded differently): it is preferred.
    const open = this.host.openDocument?.(uri);
    let text: string;
    try {
      text = open ? open.text : this.host.decode(await this.host.readBytes(uri));
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      this.options.logger.warn(`${this.host.relativePath(uri)}: ${reason}`);
      return skip('unreadable', reason.split('\n')[0]);
    }
    if (!indexesAsReport(text, isDeclaredReport(uri) || open?.isReport === true)) return skip('not-a-report');
    const model = await this.options.analyze(uri, text, token);
    if (!model && token.isCancellationRequested) {
      this.stale.add(uri); // not done: tried again by the next build
      return undefined;
    }
    // A failed analysis (already reported) is stored without figures, so a change to the file tries again.
    const file: IndexedFile = {
      uri,
      mtime: stat.mtime,
      status: 'report',
      fromEditor: open !== undefined,
      symbols: model ? symbolsOf(model) : [],
      ...(model ? { report: this.figuresOf(uri, text, model), titleRange: titleRangeOf(text, model.chromeLines), body: { chromeLines: model.chromeLines, duplicateFromLine: model.duplicateFromLine, laterReports: model.laterReports } } : {}),
    };
    this.files.set(uri, file);
    return file;
  }

  /** Metadata and figures from the one analysis (its meta took the year from the file name if the title has none). */
  private figuresOf(uri: string, text: string, model: IndexAnalysis): IndexedReport {
    // Too large to keep its figures: keeps its metadata, so last year's-report links still work.
    return indexedReport(uri, text.length > MAX_FIGURE_CHARS ? { meta: model.meta, indicators: [] } : model);
  }

  private refreshCrossReport(): Promise<void> {
    this.crossReportRun ??= this.runCrossReport().finally(() => {
      this.crossReportRun = undefined;
    });
    return this.crossReportRun;
  }

  private async runCrossReport(): Promise<void> {
    const token = this.lifetime.token;
    try {
      // A workspace with at most one candidate file costs one short listing, nothing more.
      if (!this.discovered && (await this.host.findFiles(2, token)).length < 2) {
        this.watch(); // a second report created later wakes cross-report indexing up
        return;
      }
      if (token.isCancellationRequested || this.crossReport === 'stopped') return;
      this.crossReport = 'on';
      const run = async (report: (done: number, total: number) => void, cancel: CancellationLike): Promise<void> => {
        const subscription = cancel.onCancellationRequested?.(() => {
          this.crossReport = 'stopped';
        });
        let done = 0;
        this.onFileDone = () => {
          done++;
          report(done, done + this.stale.size);
        };
        try {
          // Files changed while this ran are indexed too, so a finished run leaves nothing stale.
          let files: unknown;
          do {
            files = await this.entries(token);
            if (cancel.isCancellationRequested) this.crossReport = 'stopped';
          } while (files && this.stale.size > 0 && !token.isCancellationRequested && this.crossReport === 'on');
        } finally {
          this.onFileDone = undefined;
          subscription?.dispose();
        }
      };
      await (this.host.withProgress ? this.host.withProgress(run) : run(() => undefined, neverCancelled));
      this.crossReportBuilt = true;
      // Fewer than two reports among the candidates: nothing to compare until files change.
      if (this.crossReport === 'on' && [...this.files.values()].filter((f) => f.status === 'report').length < 2) this.crossReport = 'dormant';
    } catch (err) {
      if (!token.isCancellationRequested) this.options.logger.error(this.t('Could not index the workspace reports'), err);
    }
  }

  private watch(): void {
    if (this.watcher || !this.host.watch) return;
    this.watcher = this.host.watch((change) => this.changed(change));
  }

  private changed(change: FileChange): void {
    switch (change.kind) {
      case 'folders':
        this.discovered = false;
        this.scheduleRefresh();
        return;
      case 'deleted':
        this.files.delete(change.uri);
        this.stale.delete(change.uri);
        return;
      case 'closed':
        if (this.files.get(change.uri)?.fromEditor) this.markStale(change.uri, false);
        return;
      default:
        this.markStale(change.uri, change.kind === 'created');
    }
  }

  /** Known files are refreshed on change; new ones are added only while the cap allows. */
  private markStale(uri: string, isNew: boolean): void {
    if (!isIndexablePath(this.host.relativePath(uri))) return;
    if (!isNew && !this.files.has(uri)) return;
    if (isNew && this.files.size + this.stale.size >= (this.host.maxFiles ?? MAX_WORKSPACE_FILES)) return;
    this.stale.add(uri);
    this.scheduleRefresh();
  }

  /** After file events: bring the figures up to date soon, gathering a burst of events (a git checkout) into one run. */
  private scheduleRefresh(): void {
    if (this.crossReport !== 'on' && this.crossReport !== 'dormant') return;
    if (this.refreshTimer !== undefined) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      if (this.lifetime.token.isCancellationRequested) return;
      if (this.crossReport === 'dormant') this.crossReport = 'idle'; // count the reports again from scratch
      this.requestCrossReport();
    }, REFRESH_DELAY_MS);
  }

  private t(message: string): string {
    return this.options.translate ? this.options.translate(message) : message;
  }
}

function first<T>(set: ReadonlySet<T>): T | undefined {
  return set.values().next().value;
}

/** One turn of the event loop (setImmediate where the host has it: Node; else a zero timeout). */
function nextTurn(): Promise<void> {
  const immediate = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate;
  return new Promise<void>((resolve) => (immediate ? immediate(resolve) : setTimeout(resolve, 0)));
}
