/**
 * The References view adapter (referencesView.ts) against a stand-in for `vscode` and for the built-in
 * vscode.references-view extension's API: the files it shows keep the service's order, the open report first.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as vscode from 'vscode';
import type { ReportService } from '../../src/core/service';
import { FIND_ALL_REFERENCES_COMMAND, registerReferencesViewSupport, resultsMessage } from '../../src/vscode/referencesView';

interface Input {
  readonly title: string;
  resolve(): Promise<{
    provider: { getChildren(item?: unknown): Promise<unknown[]>; getTreeItem(item: unknown): { label: unknown; description?: string; contextValue?: string }; getParent(item: unknown): unknown };
    message: string | undefined;
    navigation: {
      nearest(uri: unknown, position: unknown): unknown;
      next(from: unknown): unknown;
      previous(from: unknown): unknown;
      location(item: unknown): { uri: { toString(): string }; range: { start: { line: number } } } | undefined;
    };
    highlights: { getEditorHighlights(item: unknown, uri: unknown): Array<{ start: { line: number } }> | undefined };
  }>;
}

const host = vi.hoisted(() => ({
  commands: new Map<string, (...args: unknown[]) => unknown>(),
  executed: [] as string[],
  inputs: [] as unknown[],
  hasView: true,
  documents: new Map<string, string>(),
  active: undefined as unknown,
  opened: [] as string[],
}));

vi.mock('vscode', async () => {
  const { Uri, CancellationTokenSource, getConfiguration, registerInto } = await import('../support/fakeVscode.js');
  class Position {
    constructor(readonly line: number, readonly character: number) {}
    isEqual(other: Position): boolean {
      return this.line === other.line && this.character === other.character;
    }
    isBefore(other: Position): boolean {
      return this.line < other.line || (this.line === other.line && this.character < other.character);
    }
  }
  class Range {
    readonly start: Position;
    readonly end: Position;
    constructor(startLine: number, startCharacter: number, endLine: number, endCharacter: number) {
      this.start = new Position(startLine, startCharacter);
      this.end = new Position(endLine, endCharacter);
    }
  }
  class Location {
    readonly range: Range;
    // As VS Code's: a position becomes the empty range at it.
    constructor(readonly uri: unknown, at: Range | Position) {
      this.range = at instanceof Position ? new Range(at.line, at.character, at.line, at.character) : at;
    }
  }
  class TreeItem {
    description?: string;
    tooltip?: string;
    iconPath?: unknown;
    contextValue?: string;
    command?: unknown;
    constructor(readonly label: unknown, readonly collapsibleState: number) {}
  }
  const document = (uri: { toString(): string }) => {
    const lines = (host.documents.get(uri.toString()) ?? '').split('\n');
    return { uri, version: 1, isDirty: false, getText: () => lines.join('\n'), lineCount: lines.length, lineAt: (line: number) => ({ text: lines[line] ?? '' }) };
  };
  return {
    Uri, Range, Position, Location, TreeItem, CancellationTokenSource,
    TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
    ThemeIcon: { File: 'file' },
    window: {
      get activeTextEditor(): unknown {
        return host.active;
      },
    },
    env: { language: 'en' },
    workspace: {
      getConfiguration,
      openTextDocument: async (uri: { toString(): string }) => {
        host.opened.push(uri.toString());
        return document(uri);
      },
    },
    extensions: {
      getExtension: (id: string) => (id === 'vscode.references-view' && host.hasView ? { isActive: true, exports: { setInput: (input: unknown) => host.inputs.push(input) } } : undefined),
    },
    commands: {
      registerCommand: registerInto(host.commands),
      executeCommand: async (id: string) => {
        host.executed.push(id);
      },
    },
  };
});

const range = (line: number, character: number, length = 2) => ({ start: { line, character }, end: { line, character: character + length } });
const OPEN = 'file:///z/2017.txt';

/** The service's answer, in its order: the open report first, then another year's (whose path sorts first). */
const service = {
  getReferences: async () => [
    { uri: OPEN, range: range(3, 4) },
    { uri: OPEN, range: range(1, 0) },
    { uri: 'file:///a/2016.txt', range: range(2, 1) },
  ],
} as unknown as ReportService;

/** The files' text as the workspace host reads it (an open editor's, else the file's). */
const readText = async (uri: string): Promise<string> => host.documents.get(uri) ?? '';

beforeEach(() => {
  host.commands.clear();
  host.executed.length = 0;
  host.inputs.length = 0;
  host.opened.length = 0;
  host.hasView = true;
  host.documents.set(OPEN, ['标题', 'GDP增长', '', '国内生产总值增长6.5%左右'].join('\n'));
  host.documents.set('file:///a/2016.txt', ['标题', '', '国内生产总值增长6.9%'].join('\n'));
  host.active = { document: { uri: vscode.Uri.parse(OPEN), version: 1, isDirty: false, getText: () => host.documents.get(OPEN) }, selection: { active: new vscode.Position(3, 5), isEmpty: true, isSingleLine: true } };
});

describe('Find All References (this report first)', () => {
  it('fills the References view with the open report first and each file’s mentions in document order', async () => {
    registerReferencesViewSupport(service, readText);
    await host.commands.get(FIND_ALL_REFERENCES_COMMAND)!();
    expect(host.inputs).toHaveLength(1);
    const model = await (host.inputs[0] as Input).resolve();
    expect(model.message).toBe('3 results in 2 files');
    const files = await model.provider.getChildren();
    expect(files.map((f) => (f as { file: { uri: string } }).file.uri)).toEqual([OPEN, 'file:///a/2016.txt']);
    const mentions = await model.provider.getChildren(files[0]);
    const rows = mentions.map((m) => model.provider.getTreeItem(m));
    expect(rows.map((r) => r.description)).toEqual(['line 2', 'line 4']);
    // The preview is the line as the file writes it, the mention highlighted.
    expect(rows[1]!.label).toEqual({ label: '国内生产总值增长6.5%左右', highlights: [[4, 6]] });
    // A mention's parent is the file item the tree holds.
    expect(model.provider.getParent(mentions[0])).toBe(files[0]);
    // Our own context values: the view's remove/copy menus act on its own item classes only.
    expect(rows[0]!.contextValue).toBe('govreport.reference');
    expect(model.provider.getTreeItem(files[0]).contextValue).toBe('govreport.referenceFile');
    // The other report's preview is read as the index reads a file, not opened as a document (which would analyse it).
    const other = await model.provider.getChildren(files[1]);
    expect(model.provider.getTreeItem(other[0]).label).toEqual({ label: '国内生产总值增长6.9%', highlights: [[1, 3]] });
    expect(host.opened).toEqual([OPEN]);
  });

  it('says the column of each mention on a one-line report written with \\r\\n escapes, as the card does', async () => {
    // src32 徐水区-2018 (outside ../shared/corpus): its opening, quoted as the file writes it, escapes included. Every
    // mention is on line 1 there; the rows said “line 1” twice (session 38).
    const ESCAPED = 'file:///z/徐水区-2018.txt';
    const line = ['一、2017年工作回顾', '----过去的一年，我们致力于抓发展稳增长，综合实力再上新台阶。2017年，完成地方生产总值[1]202亿元，同比增长9%。', '二、2018年目标任务和重点工作', '经济社会发展的预期目标是：生产总值同比增长7%以上'].join('\\r\\n');
    host.documents.set(ESCAPED, line);
    const first = line.indexOf('地方生产总值');
    const second = line.indexOf('生产总值同比增长7%');
    const escaped = { getReferences: async () => [{ uri: ESCAPED, range: range(0, first, 6) }, { uri: ESCAPED, range: range(0, second, 4) }] } as unknown as ReportService;
    registerReferencesViewSupport(escaped, readText);
    await host.commands.get(FIND_ALL_REFERENCES_COMMAND)!();
    const model = await (host.inputs[0] as Input).resolve();
    const [file] = await model.provider.getChildren();
    const rows = (await model.provider.getChildren(file)).map((m) => model.provider.getTreeItem(m));
    expect(rows.map((r) => r.description)).toEqual([`line 1, column ${first + 1}`, `line 1, column ${second + 1}`]);
    // One file: “2 results in 1 file”, not “1 files” (the trial's reading).
    expect(model.message).toBe('2 results in 1 file');
  });

  it('counts results and files in the singular where there is one', () => {
    expect(resultsMessage(0, 0)).toBe('No results.');
    expect(resultsMessage(1, 1)).toBe('1 result in 1 file');
    expect(resultsMessage(2, 1)).toBe('2 results in 1 file');
    expect(resultsMessage(7, 3)).toBe('7 results in 3 files');
  });

  it('lets F4 walk the mentions in the view’s order, wrapping round, and highlights a file’s mentions', async () => {
    registerReferencesViewSupport(service, readText);
    await host.commands.get(FIND_ALL_REFERENCES_COMMAND)!();
    const model = await (host.inputs[0] as Input).resolve();
    const files = await model.provider.getChildren();
    const first = await model.provider.getChildren(files[0]);
    const second = await model.provider.getChildren(files[1]);
    const nearest = model.navigation.nearest(vscode.Uri.parse(OPEN), new vscode.Position(2, 0));
    expect(nearest).toBe(first[1]);
    expect(model.navigation.next(first[1])).toBe(second[0]);
    expect(model.navigation.next(second[0])).toBe(first[0]);
    expect(model.navigation.previous(first[0])).toBe(second[0]);
    // The view moves the editor to the item's location on each step (a trial: F4 failed without it).
    const step = model.navigation.location(model.navigation.next(first[1]));
    const next = second[0] as { parent: { uri: unknown }; range: unknown };
    expect(step?.uri).toBe(next.parent.uri);
    expect(step?.range).toBe(next.range);
    // A file's row stands for its first mention.
    expect(model.navigation.location(files[0])?.range).toBe((first[0] as { range: unknown }).range);
    expect(model.highlights.getEditorHighlights(first[0], vscode.Uri.parse(OPEN))?.map((r) => r.start.line)).toEqual([1, 3]);
  });

  it('runs the built-in command where the References view is missing', async () => {
    host.hasView = false;
    registerReferencesViewSupport(service, readText);
    await host.commands.get(FIND_ALL_REFERENCES_COMMAND)!();
    expect(host.inputs).toHaveLength(0);
    // The core's reference peek is always registered (the view's own command would be missing with the view).
    expect(host.executed).toEqual(['editor.action.referenceSearch.trigger']);
  });
});
