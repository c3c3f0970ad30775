import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as vscode from 'vscode';
import { analyzeReport, relatedAt, samePlace } from '../../src/core';
import type { IndexedReport, Indicator, Range, ReportMeta, ReportModel } from '../../src/core';
import { reportDiagnostics } from '../../src/vscode/diagnostics';
import { highlights } from '../../src/vscode/highlights';
import { documentLinks, previousReportTooltip } from '../../src/vscode/links';
import { referenceRanges } from '../../src/vscode/references';
import { currentReport, mentionsInOtherReports, otherReports, previousReportOf, seriesFor, seriesKey } from '../../src/vscode/series';
import type { ReportService } from '../../src/vscode/reportService';
import { titleRangeOf, WorkspaceReportIndex } from '../../src/vscode/workspaceIndex';
import type { ReportLocation } from '../../src/vscode/workspaceIndex';
import { readCorpus, SEED } from '../support/corpus';
import { CORPUS } from '../support/expectedOutline';

/** The workspace the mocked vscode.workspace lists, and what the index asked of it. */
const host = vi.hoisted(() => ({ files: [] as string[], findFilesLimits: [] as Array<number | undefined>, progressTitles: [] as string[] }));

// The adapters only construct plain VS Code objects; this stand-in records what they were given.
vi.mock('vscode', () => {
  class Position {
    constructor(readonly line: number, readonly character: number) {}
  }
  class Range {
    readonly start: Position;
    readonly end: Position;
    constructor(sl: number, sc: number, el: number, ec: number) {
      this.start = new Position(sl, sc);
      this.end = new Position(el, ec);
    }
  }
  class Uri {
    constructor(private readonly text: string) {}
    static parse(text: string): Uri {
      return new Uri(text);
    }
    static file(path: string): Uri {
      return new Uri(`file://${path}`);
    }
    get scheme(): string {
      return this.text.slice(0, this.text.indexOf(':'));
    }
    get path(): string {
      return this.text.replace(/^[a-z]+:\/\//u, '');
    }
    get fsPath(): string {
      return this.path;
    }
    toString(): string {
      return this.text;
    }
  }
  class Location {
    constructor(readonly uri: Uri, readonly range: Range) {}
  }
  class DocumentLink {
    tooltip?: string;
    constructor(readonly range: Range, readonly target: Uri) {}
  }
  class DocumentHighlight {
    constructor(readonly range: Range, readonly kind: number) {}
  }
  class Diagnostic {
    source?: string;
    code?: string;
    relatedInformation?: unknown[];
    constructor(readonly range: Range, readonly message: string, readonly severity: number) {}
  }
  class DiagnosticRelatedInformation {
    constructor(readonly location: Location, readonly message: string) {}
  }
  const t = (message: string, ...args: unknown[]): string => message.replace(/\{(\d+)\}/gu, (_, i: string) => String(args[Number(i)]));
  type Listener = () => void;
  const disposable = { dispose: (): void => {} };
  const event = (): typeof disposable => disposable;
  class CancellationTokenSource {
    private readonly listeners: Listener[] = [];
    readonly token = {
      isCancellationRequested: false,
      onCancellationRequested: (listener: Listener) => {
        this.listeners.push(listener);
        return disposable;
      },
    };
    cancel(): void {
      this.token.isCancellationRequested = true;
      for (const listener of this.listeners) listener();
    }
    dispose(): void {}
  }
  const Disposable = { from: (...items: Array<{ dispose(): unknown }>) => ({ dispose: () => items.forEach((d) => d.dispose()) }) };
  return {
    Position, Range, Uri, Location, DocumentLink, DocumentHighlight, Diagnostic, DiagnosticRelatedInformation, CancellationTokenSource, Disposable,
    DocumentHighlightKind: { Text: 0, Read: 1, Write: 2 },
    DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
    ProgressLocation: { Window: 10 },
    l10n: { t },
    window: {
      withProgress: async <T>(options: { title: string }, task: (progress: { report(): void }, token: CancellationTokenSource['token']) => Promise<T>) => {
        host.progressTitles.push(options.title);
        return task({ report: () => {} }, new CancellationTokenSource().token);
      },
    },
    workspace: {
      asRelativePath: (uri: Uri): string => uri.path.replace(/^\/ws\//u, ''),
      textDocuments: [],
      onDidCloseTextDocument: event,
      onDidChangeWorkspaceFolders: event,
      createFileSystemWatcher: () => ({ onDidCreate: event, onDidChange: event, onDidDelete: event, dispose: () => {} }),
      findFiles: async (_include: string, _exclude: string, max?: number) => {
        host.findFilesLimits.push(max);
        return host.files.slice(0, max).map((path) => Uri.file(path));
      },
      fs: {
        stat: async (uri: Uri) => {
          const { statSync: stat } = await import('node:fs');
          const s = stat(uri.fsPath);
          return { mtime: s.mtimeMs, size: s.size };
        },
      },
    },
  };
});

/** Just what the adapters read of a TextDocument. */
function fakeDocument(uri: string, text: string, isDirty = false): vscode.TextDocument {
  const lines = text.split('\n');
  return {
    uri: vscode.Uri.parse(uri),
    isDirty,
    lineCount: lines.length,
    validateRange: (range: vscode.Range) => range,
    lineAt: (line: number) => ({ range: { end: { line, character: (lines[line] ?? '').length } } }),
    offsetAt: (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character,
  } as unknown as vscode.TextDocument;
}

/** The part of WorkspaceReportIndex the adapters use, over a fixed list of indexed reports. */
function fakeIndex(reports: IndexedReport[]): WorkspaceReportIndex {
  return {
    reportFor: (uri: string) => reports.find((r) => r.uri === uri),
    reportsOfPlace: (meta: ReportMeta) => samePlace(reports, meta),
    previousReport: (meta: ReportMeta): ReportLocation | undefined => {
      const report = samePlace(reports, meta).find((r) => meta.year !== null && r.meta.year === meta.year - 1);
      return report && { uri: vscode.Uri.parse(report.uri), report, titleRange: range(0, 0, 0, 6) };
    },
  } as unknown as WorkspaceReportIndex;
}

function range(sl: number, sc: number, el: number, ec: number): Range {
  return { start: { line: sl, character: sc }, end: { line: el, character: ec } };
}

function commandArgs(target: vscode.Uri): unknown[] {
  const [command, query] = target.toString().split('?');
  expect(command).toBe('command:govreport.revealRange');
  return JSON.parse(decodeURIComponent(query ?? '')) as unknown[];
}

const SEED_URI = 'file:///ws/苏州/2021.txt';
let seedText: string;
let seed: ReportModel;

beforeAll(() => {
  seedText = readCorpus(SEED);
  seed = analyzeReport(seedText);
});

describe('document links (苏州 2021)', () => {
  it('makes one link per in-document reference, to the revealRange command with the target range', () => {
    const document = fakeDocument(SEED_URI, seedText);
    const links = documentLinks(document, seed);
    expect(links.length).toBe(seed.references.filter((r) => r.to.uri === undefined).length);
    const period = links.find((l) => l.range.start.line === 114 && l.range.start.character === 1);
    expect(period?.tooltip).toBe('→ 二、“十四五”时期的总体思路与目标任务');
    expect(commandArgs(period!.target!)).toEqual([SEED_URI, range(110, 0, 110, 19)]);
  });

  it('names the target in the tooltip: the full title, or the paired figure with its period and status', () => {
    const links = documentLinks(fakeDocument(SEED_URI, seedText), seed);
    const abbreviation = links.find((l) => l.range.start.line === 126);
    expect(abbreviation?.tooltip).toBe('→ 《苏州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（草案）》');
    const target = links.find((l) => l.range.start.line === 154 && l.range.start.character === 25);
    // GDP 6%以上 (2021) pairs with the level the five-year review ends on, not the five-year average 6.1%.
    expect(target?.tooltip).toBe('→ 2016-2020 actual 2万亿元');
    const level = seed.indicators.find((i) => i.text === '2万亿元')!;
    const actual = links.find((l) => l.range.start.line === level.range.start.line && l.range.start.character === level.range.start.character);
    expect(actual?.tooltip).toBe('→ 2021 target 6%以上');
  });

  it('words the link to last year’s report with its place, year and file', () => {
    const report: IndexedReport = { uri: 'file:///ws/苏州/2020.txt', meta: { ...seed.meta, year: 2020 }, indicators: [] };
    const tooltip = previousReportTooltip({ uri: vscode.Uri.parse(report.uri), report, titleRange: range(0, 0, 0, 6) });
    expect(tooltip).toBe('→ 苏州市 2020 government work report (苏州/2020.txt)');
  });
});

describe('references and highlights', () => {
  it('leaves the definition out of Find All References unless it is asked for', () => {
    const related = relatedAt(seed, { line: 150, character: 83 });
    expect(related?.kind).toBe('term');
    expect(referenceRanges(related!, true)).toHaveLength(3);
    expect(referenceRanges(related!, false)).toEqual([range(122, 290, 122, 296), range(150, 81, 150, 87)]);
  });

  it('keeps every mention of an indicator (it has no declaration)', () => {
    const related = relatedAt(seed, { line: 30, character: 42 });
    expect(referenceRanges(related!, false)).toEqual(related!.ranges);
  });

  it('highlights the definition as a write and the other mentions as reads', () => {
    const related = relatedAt(seed, { line: 150, character: 83 });
    const result = highlights(fakeDocument(SEED_URI, seedText), related!);
    expect(result.map((h) => [h.range.start.line, h.kind])).toEqual([[26, 2], [122, 1], [150, 1]]);
    expect(highlights(fakeDocument(SEED_URI, seedText), { label: 'x', kind: 'term', ranges: [range(1, 0, 1, 2)] })).toEqual([]);
  });
});

describe('diagnostics', () => {
  const figure = (line: number, text: string, value: number): Indicator => ({
    text, range: range(line, 0, line, text.length), value, unit: '%', name: '地区生产总值', measure: '增长', kind: 'growth',
    status: 'actual', qualifier: null, period: '2020', groupKey: 'lexicon:grp',
  });
  const model: ReportModel = {
    meta: { title: null, place: null, year: 2021, date: null, meeting: null, speaker: null },
    outline: [], references: [], chromeLines: [], duplicateFromLine: null,
    indicators: [figure(1, '3.4%', 3.4), figure(5, '3.5%', 3.5)],
    footnotes: {
      references: [], entries: [],
      orphanMarkers: [{ range: range(2, 4, 2, 7), text: '[3]' }],
      unreferencedEntries: [{ number: '4', term: '六稳', terms: ['六稳'], range: range(9, 0, 9, 8), text: '[4]“六稳”：' }],
    },
  };
  const document = fakeDocument('file:///ws/r.txt', 'x\n'.repeat(10));

  it('reports footnotes by default, with codes, severities and the GovReport Lens source', () => {
    const result = reportDiagnostics(document, model, { footnotes: true, indicatorConflicts: false });
    expect(result.map((d) => [d.code, d.severity, d.source, d.message])).toEqual([
      ['footnote-missing', 2, 'GovReport Lens', 'Footnote marker [3] has no matching glossary entry'],
      ['footnote-unused', 3, 'GovReport Lens', 'Glossary entry [4] is not referenced by any footnote marker'],
    ]);
  });

  it('reports an indicator conflict only when turned on, pointing at the other figure', () => {
    const result = reportDiagnostics(document, model, { footnotes: false, indicatorConflicts: true });
    expect(result).toHaveLength(1);
    const [conflict] = result;
    expect(conflict?.code).toBe('indicator-conflict');
    expect(conflict?.range.start.line).toBe(5);
    expect(conflict?.message).toBe('地区生产总值 for 2020 is given as 3.5% here but as 3.4% earlier in the report');
    const related = conflict?.relatedInformation?.[0];
    expect(related?.location.range.start.line).toBe(1);
    expect(related?.message).toBe('The other figure: 3.4%');
    expect(reportDiagnostics(document, model, { footnotes: false, indicatorConflicts: false })).toEqual([]);
  });
});

describe('cross-report glue', () => {
  const meta = (year: number | null): ReportMeta => ({ title: null, place: '某市', year, date: null, meeting: null, speaker: null });
  const ind = (line: number, extra: Partial<Indicator>): Indicator => ({
    text: '6%', range: range(line, 0, line, 2), value: 6, unit: '%', name: '工业投资', measure: '增长', kind: 'growth',
    status: 'actual', qualifier: null, period: null, groupKey: 'name:工业投资', ...extra,
  });
  const r2020: IndexedReport = { uri: 'file:///ws/2020.txt', meta: meta(2020), indicators: [ind(3, { status: 'target', period: '2020', value: 7, text: '7%' })] };
  const r2021: IndexedReport = {
    uri: 'file:///ws/2021.txt',
    meta: meta(2021),
    indicators: [ind(4, { period: '2020', value: 7.5, text: '7.5%' }), ind(9, { status: 'target', period: '2021', text: '6%' })],
  };
  const twin2020: IndexedReport = { ...r2020, uri: 'file:///ws/2020.gbk.txt' };
  const index = fakeIndex([r2020, twin2020, r2021]);
  // The editor's model of 2021.txt, regrouped by word segmentation: same figures, another key for the name.
  const live: ReportModel = {
    meta: meta(null), outline: [], references: [], chromeLines: [], duplicateFromLine: null,
    indicators: r2021.indicators.map((i) => ({ ...i, groupKey: 'words:工业|投资' })),
    meetings: [{ range: range(1, 0, 1, 9), text: '十六届人大四次会议', term: 16, session: 4, previous: true }],
  };

  it('reads a saved report from the index, an edited one from its live model with the indexed year', () => {
    expect(currentReport(index, fakeDocument(r2021.uri, ''), live)).toBe(r2021);
    const edited = currentReport(index, fakeDocument(r2021.uri, '', true), live);
    expect(edited.indicators).toBe(live.indicators);
    expect(edited.meta.year).toBe(2021);
  });

  it('finds a regrouped indicator in the other reports under the key the index gave the same figure', () => {
    expect(seriesKey(live.indicators[1]!, r2021)).toBe('name:工业投资');
    expect(seriesKey({ ...live.indicators[1]!, groupKey: 'lexicon:grp' }, r2021)).toBe('lexicon:grp');
  });

  it('takes one report per other year of the place, never a copy of this year', () => {
    expect(otherReports(index, r2021).map((r) => r.uri)).toEqual([r2020.uri]);
  });

  it('builds the series and the other reports’ mentions from the hovered figure', () => {
    const document = fakeDocument(r2021.uri, '');
    const rows = seriesFor(index, document, live, live.indicators[1]!);
    expect(rows.map((r) => [r.year, r.actual?.indicator.text ?? null, r.target?.indicator.text ?? null, r.outcome])).toEqual([
      [2020, '7.5%', '7%', 'met'],
      // No 2022 report is indexed, so the 2021 target's outcome is unknown rather than “not reported”.
      [2021, null, '6%', null],
    ]);
    const mentions = mentionsInOtherReports(index, document, live, live.indicators[1]!);
    expect(mentions.map((m) => [m.uri.toString(), m.indicator.range.start.line])).toEqual([[r2020.uri, 3]]);
  });

  it('finds last year’s report of the same place', () => {
    expect(previousReportOf(index, fakeDocument(r2021.uri, ''), live)?.uri.toString()).toBe(r2020.uri);
    expect(previousReportOf(index, fakeDocument(r2020.uri, ''), { ...live, meta: meta(2020) })).toBeUndefined();
  });
});

describe('title line of an indexed report', () => {
  it('skips ad lines and blank lines to the title line', () => {
    expect(titleRangeOf(seedText, seed.chromeLines)).toEqual(range(6, 0, 6, seedText.split('\n')[6]!.length));
  });

  it('keeps a CRLF line’s \\r and leading spaces out, and falls back to the start of an empty text', () => {
    expect(titleRangeOf('\r\n  各位代表：\r\n', [])).toEqual(range(1, 2, 1, 7));
    expect(titleRangeOf('', [])).toEqual(range(0, 0, 0, 0));
  });
});

describe('workspace report index (cross-report part)', () => {
  const service = {
    log: { error: (where: string, err: unknown) => { throw new Error(`${where}: ${String(err)}`); }, warn: () => {}, info: () => {} },
    analyzeText: async (text: string) => analyzeReport(text),
  } as unknown as ReportService;
  const token = new vscode.CancellationTokenSource().token;
  const national = (year: number): string => join(CORPUS, 'national', `${year}.txt`);

  it('keeps every report’s figures once the workspace holds two or more, with one progress in the status bar', async () => {
    host.files = [national(2016), national(2017), national(2018)];
    host.progressTitles = [];
    const index = new WorkspaceReportIndex(service);
    try {
      expect(index.reports()).toEqual([]); // nothing before a feature asks
      expect(await index.crossReportReady(token)).toBe(true);
      expect(index.reports().map((r) => [r.meta.place, r.meta.year])).toEqual([['全国', 2016], ['全国', 2017], ['全国', 2018]]);
      expect(index.reports().every((r) => r.indicators.length > 50)).toBe(true);
      expect(host.progressTitles).toEqual(['Indexing government work reports']);
      const previous = index.previousReport({ title: null, place: '全国', year: 2018, date: null, meeting: null, speaker: null });
      expect(previous?.uri.fsPath).toBe(national(2017));
      expect(previous?.titleRange.start.line).toBe(3); // past the zero-width line that opens 2017.txt
      expect(index.reportFor(vscode.Uri.file(national(2016)).toString())?.meta.year).toBe(2016);
    } finally {
      index.dispose();
    }
  });

  it('costs one short listing, and no progress, when the workspace holds a single file', async () => {
    host.files = [join(CORPUS, SEED)];
    host.findFilesLimits = [];
    host.progressTitles = [];
    const index = new WorkspaceReportIndex(service);
    try {
      expect(await index.crossReportReady(token)).toBe(true);
      expect(host.findFilesLimits).toEqual([2]);
      expect(host.progressTitles).toEqual([]);
      expect(index.reports()).toEqual([]);
    } finally {
      index.dispose();
    }
  });
});
