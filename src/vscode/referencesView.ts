import * as vscode from 'vscode';
import { referenceFiles } from '../core/service';
import type { ReferenceFile } from '../core/service';
import { toRange } from './convert';
import type { ReportService } from '../core/service';
import { reportDocument } from './reportService';

/** Find All References in the References view, files in the service's order (referenceFiles.ts says why). */
export const FIND_ALL_REFERENCES_COMMAND = 'govreport.findAllReferences';

/** The built-in References view (extension vscode.references-view) and the part of its API used here. */
const REFERENCES_VIEW = 'vscode.references-view';

interface SymbolTreeModel<T> {
  readonly provider: vscode.TreeDataProvider<T>;
  readonly message: string | undefined;
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

type Item = { readonly type: 'file'; readonly file: ReferenceFile } | { readonly type: 'mention'; readonly uri: string; readonly range: vscode.Range; readonly file: ReferenceFile };

/** How much of the line before a mention its row shows. */
const PREVIEW_BEFORE = 12;
const PREVIEW_AFTER = 40;

/**
 * Shift+Alt+F12 in a report (and the editor's context menu): the same references as Find All References, shown in the
 * References view with the open report first, then the same place's other years, then other places. Where the view
 * is missing (a build without it), the built-in command runs instead.
 */
export function registerReferencesViewSupport(service: ReportService): vscode.Disposable {
  return vscode.commands.registerCommand(FIND_ALL_REFERENCES_COMMAND, async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const view = await referencesView();
    if (!view) {
      await vscode.commands.executeCommand('references-view.findReferences');
      return;
    }
    view.setInput(referencesInput(service, new vscode.Location(editor.document.uri, editor.selection.active)));
  });
}

async function referencesView(): Promise<SymbolTree | undefined> {
  const extension = vscode.extensions.getExtension<SymbolTree>(REFERENCES_VIEW);
  if (!extension) return undefined;
  const api = extension.isActive ? extension.exports : await extension.activate();
  return api && typeof api.setInput === 'function' ? api : undefined;
}

function referencesInput(service: ReportService, location: vscode.Location): SymbolTreeInput<Item> {
  return {
    contextValue: 'govreport.references',
    title: vscode.l10n.t('References'),
    location,
    resolve: async () => {
      const document = await vscode.workspace.openTextDocument(location.uri);
      const source = new vscode.CancellationTokenSource();
      try {
        const found = await service.getReferences(reportDocument(document), location.range.start, { includeDeclaration: true }, source.token);
        const files = referenceFiles(found);
        const count = files.reduce((n, f) => n + f.ranges.length, 0);
        return { provider: new ReferencesTree(files), message: count === 0 ? vscode.l10n.t('No results.') : vscode.l10n.t('{0} results in {1} files', count, files.length) };
      } finally {
        source.dispose();
      }
    },
    with: (other) => referencesInput(service, other),
  };
}

class ReferencesTree implements vscode.TreeDataProvider<Item> {
  /** One item per file, made once: a mention's parent is the very item the tree holds (TreeView.reveal needs it). */
  private readonly fileItems: ReadonlyMap<ReferenceFile, Item>;

  constructor(private readonly files: readonly ReferenceFile[]) {
    this.fileItems = new Map(files.map((file) => [file, { type: 'file', file }]));
  }

  getTreeItem(item: Item): vscode.TreeItem {
    if (item.type === 'file') {
      const tree = new vscode.TreeItem(vscode.Uri.parse(item.file.uri, true), vscode.TreeItemCollapsibleState.Expanded);
      tree.description = String(item.file.ranges.length);
      tree.iconPath = vscode.ThemeIcon.File;
      tree.contextValue = 'file-item';
      return tree;
    }
    return item as unknown as vscode.TreeItem;
  }

  async getChildren(item?: Item): Promise<Item[]> {
    if (!item) return this.files.map((file) => this.fileItems.get(file)!);
    if (item.type !== 'file') return [];
    const uri = vscode.Uri.parse(item.file.uri, true);
    const document = await vscode.workspace.openTextDocument(uri);
    return item.file.ranges.map((r) => mentionItem(document, uri, toRange(r), item.file));
  }

  getParent(item: Item): Item | undefined {
    return item.type === 'mention' ? this.fileItems.get(item.file) : undefined;
  }
}

/** A mention's row: the line around it with the mention highlighted; choosing it opens the report there. */
function mentionItem(document: vscode.TextDocument, uri: vscode.Uri, range: vscode.Range, file: ReferenceFile): Item & vscode.TreeItem {
  const line = document.lineAt(Math.min(range.start.line, document.lineCount - 1)).text;
  const from = Math.max(0, range.start.character - PREVIEW_BEFORE);
  const end = range.end.line === range.start.line ? range.end.character : line.length;
  const raw = line.slice(from, Math.min(line.length, end + PREVIEW_AFTER));
  const preview = raw.trimStart();
  const lead = range.start.character - from - (raw.length - preview.length);
  const tree = new vscode.TreeItem({ label: preview, highlights: [[lead, lead + (end - range.start.character)]] }, vscode.TreeItemCollapsibleState.None);
  tree.description = vscode.l10n.t('line {0}', range.start.line + 1);
  tree.contextValue = 'reference-item';
  tree.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [uri, { selection: range }] };
  return Object.assign(tree, { type: 'mention' as const, uri: uri.toString(), range, file });
}
