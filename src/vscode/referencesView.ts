import * as vscode from 'vscode';
import { editorLines, positionText } from '../core';
import { config } from './config';
import { referenceFiles } from '../core/service';
import type { ReferenceFile } from '../core/service';
import { toRange } from './convert';
import type { ReportService } from '../core/service';
import { reportDocument } from './reportService';
import { localize } from './localize';

/** Find All References in the References view, files in the service's order (referenceFiles.ts says why). */
export const FIND_ALL_REFERENCES_COMMAND = 'govreport.findAllReferences';

/** The built-in References view (extension vscode.references-view) and the part of its API used here. */
const REFERENCES_VIEW = 'vscode.references-view';

/** Where that view is missing, the core's reference peek (always registered) shows the same references. */
export const FALLBACK_COMMAND = 'editor.action.referenceSearch.trigger';

/** As the view's own API declares it (extensions/references-view/src/references-view.d.ts): it calls every method. */
interface SymbolItemNavigation<T> {
  nearest(uri: vscode.Uri, position: vscode.Position): T | undefined;
  next(from: T): T;
  previous(from: T): T;
  /** Where F4 moves the editor to: without it the view's step fails (“this._delegate.location is not a function”). */
  location(item: T): vscode.Location | undefined;
}

interface SymbolTreeModel<T> {
  readonly provider: vscode.TreeDataProvider<T>;
  readonly message: string | undefined;
  /** F4 / Shift+F4 through the mentions, as the view's own reference lists allow. */
  readonly navigation?: SymbolItemNavigation<T>;
  /** The mentions highlighted in an editor showing one of the files. */
  readonly highlights?: { getEditorHighlights(item: T, uri: vscode.Uri): vscode.Range[] | undefined };
}

interface SymbolTreeInput<T> {
  readonly contextValue: string;
  readonly title: string;
  readonly location: vscode.Location;
  resolve(): vscode.ProviderResult<SymbolTreeModel<T>>;
  with(location: vscode.Location): SymbolTreeInput<T>;
}

interface SymbolTree {
  setInput(input: SymbolTreeInput<unknown>): void;
}

interface FileItem {
  readonly type: 'file';
  readonly file: ReferenceFile;
  readonly uri: vscode.Uri;
  readonly mentions: readonly MentionItem[];
}

interface MentionItem {
  readonly type: 'mention';
  readonly parent: FileItem;
  readonly range: vscode.Range;
}

type Item = FileItem | MentionItem;

/** How much of the line before a mention its row shows. */
const PREVIEW_BEFORE = 12;
const PREVIEW_AFTER = 40;

/** The search of the last invocation: a new Shift+Alt+F12 cancels it rather than stacking workspace scans. */
let running: vscode.CancellationTokenSource | undefined;

/**
 * Shift+Alt+F12 in a report (and the editor's context menu): the same references as Find All References, shown in the
 * References view with the open report first, then the same place's other years, then other places. Where the view
 * is missing (a build without it), the core's reference peek runs instead.
 */
export function registerReferencesViewSupport(service: ReportService, readText: (uri: string) => Promise<string>): vscode.Disposable {
  const command = vscode.commands.registerCommand(FIND_ALL_REFERENCES_COMMAND, async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const view = await referencesView();
    if (!view) {
      await vscode.commands.executeCommand(FALLBACK_COMMAND);
      return;
    }
    // A one-line selection is the name to follow where no link or quotes hold it (京津冀协同发展 said plainly).
    const { selection } = editor;
    const selected = !selection.isEmpty && selection.isSingleLine ? selection : undefined;
    view.setInput(referencesInput(service, readText, new vscode.Location(editor.document.uri, selected ?? selection.active)));
  });
  return { dispose: () => (command.dispose(), running?.cancel()) };
}

async function referencesView(): Promise<SymbolTree | undefined> {
  const extension = vscode.extensions.getExtension<SymbolTree>(REFERENCES_VIEW);
  if (!extension) return undefined;
  const api = extension.isActive ? extension.exports : await extension.activate();
  return api && typeof api.setInput === 'function' ? api : undefined;
}

function referencesInput(service: ReportService, readText: (uri: string) => Promise<string>, location: vscode.Location): SymbolTreeInput<Item> {
  return {
    // Our own context value: the view's item menus (remove, copy) act on its own item classes only.
    contextValue: 'govreport.references',
    title: localize('References'),
    location,
    resolve: async () => {
      running?.cancel();
      const source = (running = new vscode.CancellationTokenSource());
      try {
        const document = await vscode.workspace.openTextDocument(location.uri);
        const { start, end } = location.range;
        const selection = start.isEqual(end) ? undefined : { start: { line: start.line, character: start.character }, end: { line: end.line, character: end.character } };
        const found = await service.getReferences(reportDocument(document), start, { includeDeclaration: true, ...(selection ? { selection } : {}) }, source.token);
        if (source.token.isCancellationRequested) return undefined;
        const files = referenceFiles(found).map(fileItem);
        const mentions = files.flatMap((f) => f.mentions);
        return {
          provider: new ReferencesTree(files, readText),
          message: resultsMessage(mentions.length, files.length),
          navigation: navigation(files, mentions),
          highlights: {
            getEditorHighlights: (_item, uri) => files.find((f) => f.uri.toString() === uri.toString())?.mentions.map((m) => m.range),
          },
        };
      } finally {
        if (running === source) running = undefined;
        source.dispose();
      }
    },
    with: (other) => referencesInput(service, readText, other),
  };
}

/** Each file's items made once: the view compares items by identity (reveal, navigation, a mention's parent). */
function fileItem(file: ReferenceFile): FileItem {
  const item: { -readonly [K in keyof FileItem]: FileItem[K] } = { type: 'file', file, uri: vscode.Uri.parse(file.uri, true), mentions: [] };
  item.mentions = file.ranges.map((r) => ({ type: 'mention', parent: item, range: toRange(r) }));
  return item;
}

/** F4 / Shift+F4: the mentions in the view's order, wrapping round; the nearest is the first at or after the cursor. */
function navigation(files: readonly FileItem[], mentions: readonly MentionItem[]): SymbolItemNavigation<Item> {
  const at = (item: Item) => mentions.indexOf(item.type === 'file' ? item.mentions[0]! : item);
  return {
    nearest(uri, position) {
      const file = files.find((f) => f.uri.toString() === uri.toString());
      return file?.mentions.find((m) => !m.range.end.isBefore(position)) ?? file?.mentions.at(-1);
    },
    next: (from) => mentions[(at(from) + 1) % mentions.length] ?? from,
    previous: (from) => mentions[(at(from) - 1 + mentions.length) % mentions.length] ?? from,
    location(item) {
      const mention = item.type === 'file' ? item.mentions[0] : item;
      return mention && new vscode.Location(mention.parent.uri, mention.range);
    },
  };
}

class ReferencesTree implements vscode.TreeDataProvider<Item> {
  /** Each file's lines, read when its node is expanded as the index reads a file (`readText`: an open editor's text,
   * else the file's bytes decoded). Not openTextDocument: that would open (and analyse) every report of the list for a
   * preview line. */
  private readonly lines = new Map<FileItem, readonly string[]>();

  constructor(
    private readonly files: readonly FileItem[],
    private readonly readText: (uri: string) => Promise<string>,
  ) {}

  getTreeItem(item: Item): vscode.TreeItem {
    if (item.type === 'file') {
      const tree = new vscode.TreeItem(item.uri, vscode.TreeItemCollapsibleState.Expanded);
      tree.description = String(item.mentions.length);
      tree.iconPath = vscode.ThemeIcon.File;
      tree.contextValue = 'govreport.referenceFile';
      return tree;
    }
    return mentionRow(item, this.lines.get(item.parent)?.[item.range.start.line] ?? '');
  }

  async getChildren(item?: Item): Promise<Item[]> {
    if (!item) return [...this.files];
    if (item.type !== 'file') return [];
    if (!this.lines.has(item)) this.lines.set(item, await linesOf(this.readText, item.uri));
    return [...item.mentions];
  }

  getParent(item: Item): Item | undefined {
    return item.type === 'mention' ? item.parent : undefined;
  }
}

async function linesOf(readText: (uri: string) => Promise<string>, uri: vscode.Uri): Promise<readonly string[]> {
  try {
    const text = await readText(uri.toString());
    return editorLines(text);
  } catch {
    return []; // gone since it was searched: the rows show their line numbers only
  }
}

/**
 * The view's head line: “2 results in 1 file”, “1 result in 1 file”, “7 results in 3 files” — the trial read “2 results
 * in 1 files” on a report's own links (session 38). Chinese has one form (“1 个文件中有 2 个结果”).
 */
export function resultsMessage(results: number, files: number): string {
  if (results === 0) return localize('No results.');
  if (results === 1) return localize('1 result in 1 file');
  return files === 1 ? localize('{0} results in 1 file', results) : localize('{0} results in {1} files', results, files);
}

/** A mention's row: the line around it with the mention highlighted; choosing it opens the report there. */
function mentionRow(item: MentionItem, line: string): vscode.TreeItem {
  const { range } = item;
  const from = Math.max(0, range.start.character - PREVIEW_BEFORE);
  const end = range.end.line === range.start.line ? range.end.character : line.length;
  const raw = line.slice(from, Math.min(line.length, end + PREVIEW_AFTER));
  const preview = raw.trimStart();
  const lead = Math.max(0, range.start.character - from - (raw.length - preview.length));
  const highlight: [number, number][] = preview.length > lead ? [[lead, Math.min(preview.length, lead + (end - range.start.character))]] : [];
  // “line 155”, or “line 1, column 255” on a one-line escaped report, whose mentions all stand on line 1 (core).
  const place = positionText(range.start, config.language(), line);
  const tree = new vscode.TreeItem({ label: preview || place, highlights: highlight }, vscode.TreeItemCollapsibleState.None);
  tree.description = place;
  tree.contextValue = 'govreport.reference';
  tree.command = { command: 'vscode.open', title: localize('Open'), arguments: [item.parent.uri, { selection: range }] };
  return tree;
}
