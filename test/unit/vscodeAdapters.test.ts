/**
 * The editor adapters over the core's report service, with a recording stand-in for `vscode`: they only convert the
 * service's plain answers (links to command URIs, problems to diagnostics), and the editor's workspace host lists,
 * reads and watches files for the core's index. The behaviour itself is tested on the service (service.*.test.ts).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as vscode from 'vscode';
import { neverCancelled, ReportIndex } from '../../src/core';
import type { Range } from '../../src/core';
import { indexAnalysis, inlineRunner } from '../../src/core/service';
import { toDiagnostic } from '../../src/vscode/diagnostics';
import { registerDocumentLinkSupport } from '../../src/vscode/links';
import { registerDocumentHighlightSupport } from '../../src/vscode/highlights';
import { VsCodeWorkspace } from '../../src/vscode/workspaceIndex';
import { readCorpus, SEED } from '../support/corpus';
import { CORPUS } from '../support/expectedOutline';
import { testService } from '../support/inMemoryWorkspace';

/** The workspace the mocked vscode.workspace lists, and what the index asked of it. */
const host = vi.hoisted(() => ({ files: [] as string[], findFilesLimits: [] as Array<number | undefined>, progressTitles: [] as string[], providers: new Map<string, unknown>() }));

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
    env: { language: 'en' },
    languages: Object.fromEntries(
      ['DocumentLinkProvider', 'DefinitionProvider', 'ReferenceProvider', 'DocumentHighlightProvider'].map((kind) => [
        `register${kind}`,
        (_selector: unknown, provider: unknown) => {
          host.providers.set(kind, provider);
          return disposable;
        },
      ]),
    ),
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
        readFile: async (uri: Uri) => {
          const { readFileSync } = await import('node:fs');
          return readFileSync(uri.fsPath);
        },
      },
    },
  };
});

/** Just what the adapters read of a TextDocument. */
function fakeDocument(uri: string, text: string): vscode.TextDocument {
  const lines = text.split('\n');
  return {
    uri: vscode.Uri.parse(uri),
    version: 1,
    isDirty: false,
    getText: () => text,
    lineCount: lines.length,
    validateRange: (range: vscode.Range) => range,
  } as unknown as vscode.TextDocument;
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

beforeAll(() => {
  seedText = readCorpus(SEED);
});

describe('document link adapter', () => {
  it('turns each of the service’s links into a revealRange command link with the target range and the tooltip', async () => {
    const service = testService();
    registerDocumentLinkSupport([], service);
    const provider = host.providers.get('DocumentLinkProvider') as vscode.DocumentLinkProvider;
    const document = fakeDocument(SEED_URI, seedText);
    const links = (await provider.provideDocumentLinks(document, new vscode.CancellationTokenSource().token)) as vscode.DocumentLink[];
    const answers = await service.getDocumentLinks({ uri: SEED_URI, version: 1, getText: () => seedText }, neverCancelled);
    expect(links).toHaveLength(answers.length);
    const period = links.find((l) => l.range.start.line === 114 && l.range.start.character === 1);
    expect(period?.tooltip).toBe('→ 二、“十四五”时期的总体思路与目标任务');
    expect(commandArgs(period!.target!)).toEqual([SEED_URI, range(110, 0, 110, 19)]);
  });
});

describe('document highlight adapter', () => {
  it('marks the definition as a write and the mentions as reads', async () => {
    registerDocumentHighlightSupport([], testService());
    const provider = host.providers.get('DocumentHighlightProvider') as vscode.DocumentHighlightProvider;
    const result = (await provider.provideDocumentHighlights(fakeDocument(SEED_URI, seedText), new vscode.Position(150, 83), new vscode.CancellationTokenSource().token)) as vscode.DocumentHighlight[];
    expect(result.map((h) => [h.range.start.line, h.kind])).toEqual([[26, 2], [122, 1], [150, 1]]);
  });
});

describe('diagnostic adapter', () => {
  it('gives a problem its code, severity, the GovReport Lens source and the other figure as related information', () => {
    const document = fakeDocument('file:///ws/r.txt', 'x\n'.repeat(10));
    const diagnostic = toDiagnostic(document, {
      code: 'indicator-conflict', range: range(5, 0, 5, 4), severity: 'information', message: 'GDP for 2020 is given as 3.5% here but as 3.4% earlier in the report',
      related: { range: range(1, 0, 1, 4), message: 'The other figure: 3.4%' },
    });
    expect([diagnostic.code, diagnostic.severity, diagnostic.source]).toEqual(['indicator-conflict', 2, 'GovReport Lens']);
    expect(diagnostic.relatedInformation?.map((r) => [(r as vscode.DiagnosticRelatedInformation).location.range.start.line, (r as vscode.DiagnosticRelatedInformation).message])).toEqual([[1, 'The other figure: 3.4%']]);
    expect(toDiagnostic(document, { code: 'footnote-unused', range: range(9, 0, 9, 8), severity: 'hint', message: 'm' }).severity).toBe(3);
  });
});

describe('the editor’s workspace as the index’s host', () => {
  const logger = { error: (where: string, err: unknown) => { throw new Error(`${where}: ${String(err)}`); }, warn: () => undefined };
  const analyze = (uri: string, text: string) => indexAnalysis(inlineRunner, uri, text, neverCancelled);
  const national = (year: number): string => join(CORPUS, 'national', `${year}.txt`);

  it('lists with findFiles, reads with workspace.fs, and shows one progress in the status bar', async () => {
    host.files = [national(2016), national(2017), national(2018)];
    host.progressTitles = [];
    const workspace = new VsCodeWorkspace(() => 'Indexing government work reports');
    const index = new ReportIndex(workspace, { analyze, logger });
    try {
      expect(index.reports()).toEqual([]); // nothing before a feature asks
      expect(await index.crossReportReady(new vscode.CancellationTokenSource().token)).toBe(true);
      expect(index.reports().map((r) => [r.meta.place, r.meta.year])).toEqual([['全国', 2016], ['全国', 2017], ['全国', 2018]]);
      expect(host.progressTitles).toEqual(['Indexing government work reports']);
    } finally {
      index.dispose();
      workspace.dispose();
    }
  });

  it('costs one short listing, and no progress, when the workspace holds a single file', async () => {
    host.files = [join(CORPUS, SEED)];
    host.findFilesLimits = [];
    host.progressTitles = [];
    const workspace = new VsCodeWorkspace(() => 'Indexing');
    const index = new ReportIndex(workspace, { analyze, logger });
    try {
      expect(await index.crossReportReady(new vscode.CancellationTokenSource().token)).toBe(true);
      expect(host.findFilesLimits).toEqual([2]);
      expect(host.progressTitles).toEqual([]);
    } finally {
      index.dispose();
      workspace.dispose();
    }
  });
});
