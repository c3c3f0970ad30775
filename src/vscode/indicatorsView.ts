import * as vscode from 'vscode';
import { config } from './config';
import { fileNameOf, kindLabels, positionTitle, reportCaption, shownMeasure, statusLabels } from '../core';
import type { Indicator, IndicatorKind, Position, ReportMeta } from '../core';
import { buildIndicatorTree, INDICATOR_KINDS, isFiltered, leafAtOrBefore, visibleGroups } from '../core/export';
import type { IndicatorGroup, IndicatorLeaf, IndicatorTree, IndicatorTreeItem } from '../core/export';
import { REVEAL_RANGE_COMMAND } from './commands';
import { CONTEXT_KEYS, IndicatorFilterState } from './indicatorFilter';
import { isPartial } from './reportService';
import type { ReportService } from './reportService';
import { acceptedItems } from './pickMany';
import { localize } from './localize';

/** The view contributed in package.json (in the activity-bar container `govreport-indicators`). */
export const INDICATORS_VIEW_ID = 'govreport.indicators';

export const INDICATORS_COMMANDS = {
  targetsOnly: 'govreport.indicators.targetsOnly',
  actualsOnly: 'govreport.indicators.actualsOnly',
  filterByKind: 'govreport.indicators.filterByKind',
  clearFilter: 'govreport.indicators.clearFilter',
} as const;

// The filter and the context keys live in indicatorFilter.ts; re-exported for the view's users and tests.
export { CONTEXT_KEYS, IndicatorFilterState };

/** Editors that can hold a report (REPORT_SELECTOR's schemes); another scheme's editor does not change the view. */
const DOCUMENT_SCHEMES = new Set(['file', 'untitled']);

/** Typing in a large report should not rebuild the tree on every keystroke. */
const REFRESH_DELAY_MS = 300;
/** Moving the cursor selects its figure in the view once the cursor rests (not on every arrow key). */
const FOLLOW_DELAY_MS = 150;

/**
 * The figures of the active report, grouped by part and section. The tree itself comes from the core
 * (buildIndicatorTree); this class only tracks the report, converts items and keeps one tree per refresh.
 */
export class IndicatorsTreeProvider implements vscode.TreeDataProvider<IndicatorTreeItem>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<IndicatorTreeItem | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private tokenSource = new vscode.CancellationTokenSource();
  /** The document shown; kept while a non-text editor (settings, a webview) is active. */
  document: vscode.TextDocument | undefined;
  /** Set by the view after every root request: the numbers the view's description shows. */
  lastTree: IndicatorTree | undefined;
  /** The parts shown by the last root request, and the parent of every item under them. */
  private roots: readonly IndicatorGroup[] = [];
  private parents = new WeakMap<IndicatorTreeItem, IndicatorGroup>();
  onDidBuild: ((tree: IndicatorTree | undefined, document: vscode.TextDocument | undefined, analysed: boolean, partial?: boolean, caption?: string) => void) | undefined;

  constructor(
    private readonly service: ReportService,
    private readonly filter: IndicatorFilterState,
  ) {}

  refresh(): void {
    this.tokenSource.cancel();
    this.tokenSource.dispose();
    this.tokenSource = new vscode.CancellationTokenSource();
    this.emitter.fire(undefined);
  }

  async getChildren(element?: IndicatorTreeItem): Promise<IndicatorTreeItem[]> {
    if (element) return element.type === 'group' ? element.children : [];
    const document = this.document;
    const model = document && !document.isClosed ? await this.service.getModelWithFigures(document, this.tokenSource.token) : undefined;
    const tree = model ? buildIndicatorTree(model, this.filter.filter) : undefined;
    this.lastTree = tree;
    this.parents = new WeakMap();
    const partial = model !== undefined && isPartial(model);
    // A very large file's figures stayed in the analysis worker: its parts would each read “0” beside a message that
    // says why nothing is listed (a trial's 1.4 MB file showed six parts, each “0”). The message alone is shown.
    const groups = tree && !partial ? visibleGroups(tree, isFiltered(this.filter.filter)) : [];
    this.roots = groups;
    const walk = (group: IndicatorGroup): void => {
      for (const child of group.children) {
        this.parents.set(child, group);
        if (child.type === 'group') walk(child);
      }
    };
    groups.forEach(walk);
    this.onDidBuild?.(tree, document, model !== undefined, partial, model ? viewCaption(model.meta) : undefined);
    return groups;
  }

  /** Needed by TreeView.reveal (the view follows the cursor): the group that holds an item, none for a part. */
  getParent(element: IndicatorTreeItem): IndicatorTreeItem | undefined {
    return this.parents.get(element);
  }

  /** The figure shown at or before a position of the report (the cursor's figure), among the items last shown. */
  leafAt(position: Position): IndicatorLeaf | undefined {
    return leafAtOrBefore(this.roots, position);
  }

  getTreeItem(element: IndicatorTreeItem): vscode.TreeItem {
    return element.type === 'group' ? this.groupItem(element) : this.leafItem(element);
  }

  private groupItem(group: IndicatorGroup): vscode.TreeItem {
    const isPart = !group.id.includes('.');
    const label = group.heading ? group.label || localize('(untitled heading)') : localize('Before the first part');
    const state =
      group.children.length === 0
        ? vscode.TreeItemCollapsibleState.None
        : isPart
          ? vscode.TreeItemCollapsibleState.Expanded
          : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(label, state);
    item.id = group.id;
    item.description = String(group.count);
    item.tooltip = label;
    item.iconPath = new vscode.ThemeIcon(isPart ? 'symbol-module' : 'symbol-class');
    item.contextValue = 'govreport.indicatorGroup';
    return item;
  }

  private leafItem(leaf: IndicatorLeaf): vscode.TreeItem {
    const { indicator } = leaf;
    const item = new vscode.TreeItem(leaf.label, vscode.TreeItemCollapsibleState.None);
    item.id = leaf.id;
    item.description = indicatorDescription(indicator);
    item.tooltip = indicatorTooltip(leaf, this.document);
    item.iconPath = new vscode.ThemeIcon(indicator.status === 'target' ? 'target' : 'history');
    item.contextValue = `govreport.indicator.${indicator.status}`;
    if (this.document) {
      item.command = {
        command: REVEAL_RANGE_COMMAND,
        title: localize('Go to figure'),
        arguments: [this.document.uri.toString(), { start: indicator.range.start, end: indicator.range.end }],
      };
    }
    return item;
  }

  dispose(): void {
    this.tokenSource.cancel();
    this.tokenSource.dispose();
    this.emitter.dispose();
  }
}

/** “增长率 · 目标 · 2021”: kind, status and period, localised. */
export function indicatorDescription(indicator: Pick<Indicator, 'kind' | 'status' | 'period'>): string {
  const language = config.language();
  const parts = [kindLabels(language)[indicator.kind] ?? indicator.kind, statusLabels(language)[indicator.status]];
  if (indicator.period) parts.push(indicator.period);
  return parts.join(' · ');
}

/** The leaf's label, then only the rows that say something (a trial user read “Measure: 为” and rows of “—”). */
function indicatorTooltip(leaf: IndicatorLeaf, document: vscode.TextDocument | undefined): string {
  const { indicator } = leaf;
  const { line } = indicator.range.start;
  const physical = document && !document.isClosed && line < document.lineCount ? document.lineAt(line).text : undefined;
  const measure = shownMeasure(indicator);
  return [
    leaf.label,
    ...(measure ? [localize('Measure: {0}', measure)] : []),
    ...(indicator.qualifier ? [localize('Qualifier: {0}', indicator.qualifier)] : []),
    // “Line 155”, or “Line 1, column 255” on a one-line escaped report, where every figure is on line 1 (core).
    positionTitle(indicator.range.start, config.language(), physical),
  ].join('\n');
}

/**
 * The report as the view's title names it: its caption (苏州市 2021), or '' when the report says neither its place nor
 * its title, and the caption would be a bare year — the view then takes the file name. A trial's folder held
 * 罗湖区-2025.txt and a half-typed copy of it, neither naming its place in the text: both views were titled “2025”.
 */
export function viewCaption(meta: Pick<ReportMeta, 'title' | 'place' | 'year'>): string {
  return meta.place || meta.title ? reportCaption(meta) : '';
}

/**
 * The line above the tree: why it is empty, or what a filter leaves out. The title is cut at the sidebar's default
 * width (“INDICATORS: 全国…”), so a filtered list looked complete (a ninth trial); the message wraps.
 */
export function indicatorsMessage(state: {
  readonly document: boolean;
  readonly analysed: boolean;
  readonly partial: boolean;
  readonly tree: Pick<IndicatorTree, 'shown' | 'total'> | undefined;
  /** The filter as its title words it, '' when none. */
  readonly filter: string;
}): string | undefined {
  const { tree } = state;
  if (!state.document) return localize('Open a government work report to see its figures.');
  if (!state.analysed || !tree) return localize('This report could not be analysed.');
  if (state.partial) return localize('This file is too large to list its figures here; hover a figure to see its card.');
  if (tree.total === 0) return localize('No figures found in this report.');
  if (tree.shown === 0) return localize('No figures match the filter.');
  if (state.filter !== '') return localize('Filtered ({0}): {1} of {2} figures.', state.filter, tree.shown, tree.total);
  return undefined;
}

/**
 * The Indicators view and its filter commands. It follows the active editor: a report editor shows its figures, a
 * non-report text editor empties the view, and a non-text editor (settings, a webview) leaves the last report shown.
 * Within the report it follows the cursor, selecting the figure at or before it.
 */
export function registerIndicatorsViewSupport(selector: vscode.DocumentSelector, service: ReportService): vscode.Disposable {
  const filter = new IndicatorFilterState();
  const provider = new IndicatorsTreeProvider(service, filter);
  const view = vscode.window.createTreeView(INDICATORS_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const isReport = (document: vscode.TextDocument): boolean => vscode.languages.match(selector, document) > 0;

  // Following the cursor (like the Outline view): the figure at or before it is selected in the view, while visible.
  let followTimer: ReturnType<typeof setTimeout> | undefined;
  const revealCursor = (): void => {
    followTimer = undefined;
    const editor = vscode.window.activeTextEditor;
    if (!view.visible || !editor || editor.document !== provider.document) return;
    const leaf = provider.leafAt(editor.selection.active);
    // Already selected (also after a click in the view, which moved the cursor to that figure).
    if (!leaf || view.selection.some((item) => item.id === leaf.id)) return;
    view.reveal(leaf, { select: true, focus: false }).then(undefined, () => undefined); // a tree rebuilt meanwhile
  };
  const followSoon = (): void => {
    if (followTimer !== undefined) clearTimeout(followTimer);
    followTimer = setTimeout(revealCursor, FOLLOW_DELAY_MS);
  };

  provider.onDidBuild = (tree, document, analysed, partial, caption) => {
    if (tree && tree.shown > 0) followSoon();
    // Alone in its container (the default) the view has no header of its own and VS Code shows neither its
    // description nor its name, only “INDICATORS: <view title>”: so the title carries the report's file name and the
    // filter, the description the counts (seen in a header when the view is moved next to others). The name matters:
    // the view stays on the last report while another kind of file is active (a trial user could not tell which
    // report it listed).
    // The report as Ctrl+T and the status bar name it (苏州市 2021), shorter than most file names, which the sidebar cut
    // to “INDICATORS:…” at its default width (an eighth trial); the file name where the title block gives neither.
    const name = caption || (document ? fileNameOf(document.uri.toString()) : '');
    const title = [name, filter.describe()].filter((t) => t.length > 0).join(' · ');
    view.title = title || localize('Indicators');
    view.description = tree && partial !== true ? (isFiltered(filter.filter) ? `${tree.shown}/${tree.total}` : String(tree.total)) : undefined;
    view.message = indicatorsMessage({ document: document !== undefined, analysed, partial: partial === true, tree, filter: isFiltered(filter.filter) ? filter.describe() : '' });
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancelTimer = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const refreshNow = (): void => {
    cancelTimer();
    provider.refresh();
  };
  const refreshSoon = (): void => {
    cancelTimer();
    timer = setTimeout(() => {
      timer = undefined;
      provider.refresh();
    }, REFRESH_DELAY_MS);
  };

  const show = (document: vscode.TextDocument | undefined): void => {
    const changed = document !== provider.document;
    provider.document = document;
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.hasActiveReport, document !== undefined);
    if (changed) refreshNow();
  };
  const follow = (editor: vscode.TextEditor | undefined): void => {
    // A non-text editor (settings, a webview) or a panel's text (output:, a diff's git: side) keeps the last report.
    if (!editor || !DOCUMENT_SCHEMES.has(editor.document.uri.scheme)) {
      if (provider.document?.isClosed) show(undefined);
      return;
    }
    show(isReport(editor.document) ? editor.document : undefined);
  };
  follow(vscode.window.activeTextEditor);
  void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.filtered, false);
  // A view restored open at start-up fires no visibility change: without this the key (the walkthrough's “List every
  // figure” completion event reads it, as do the filter commands' palette entries) stayed unset until the user closed
  // and reopened the view (a trial's unticked step).
  void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.visible, view.visible);

  const quickPickKinds = async (): Promise<void> => {
    const labels = kindLabels(config.language());
    const counts = new Map<IndicatorKind, number>();
    const document = provider.document;
    const tokenSource = new vscode.CancellationTokenSource();
    const model = document && !document.isClosed ? await service.getModelWithFigures(document, tokenSource.token) : undefined;
    tokenSource.dispose();
    const status = filter.filter.status;
    for (const indicator of model?.indicators ?? []) {
      if (status === 'all' || indicator.status === status) counts.set(indicator.kind, (counts.get(indicator.kind) ?? 0) + 1);
    }
    const current = filter.filter.kinds;
    // Kinds the report has no figure of are not offered (a choice that can only empty the view); a kind already
    // picked stays, so that it can be unpicked.
    const offered = INDICATOR_KINDS.filter((kind) => !model || (counts.get(kind) ?? 0) > 0 || current.includes(kind));
    const items = offered.map((kind) => ({
      label: labels[kind],
      description: model ? String(counts.get(kind) ?? 0) : undefined,
      picked: current.includes(kind),
      indicatorKind: kind,
    }));
    const picked = await pickMany(items, localize('Show figures of these kinds'), localize('Select kinds (none selected = all kinds)'));
    if (!picked) return;
    filter.setKinds(picked.map((item) => item.indicatorKind));
    showFiltered(view);
  };
  // The title buttons' commands, from the Command Palette too: each shows the view it filters.
  const filterCommand = (change: () => void) => (): void => {
    change();
    showFiltered(view);
  };

  return vscode.Disposable.from(
    filter,
    provider,
    view,
    filter.onDidChange(() => refreshNow()),
    view.onDidChangeVisibility((event) => {
      void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.visible, event.visible);
      if (event.visible) followSoon();
    }),
    vscode.window.onDidChangeTextEditorSelection((event) => {
      if (event.textEditor.document === provider.document) followSoon();
    }),
    vscode.window.onDidChangeActiveTextEditor(follow),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === provider.document && event.contentChanges.length > 0) refreshSoon();
    }),
    // The labels (kinds, statuses, messages) follow govreport.language: a change redraws the tree without a reload.
    config.onLanguageChange(refreshNow),
    // A language switch (“Treat this file as a report”) closes and reopens the document under the same editor.
    vscode.workspace.onDidOpenTextDocument((document) => {
      const active = vscode.window.activeTextEditor?.document;
      if (active && active.uri.toString() === document.uri.toString()) show(isReport(document) ? document : undefined);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      if (document === provider.document) show(undefined);
    }),
    vscode.commands.registerCommand(INDICATORS_COMMANDS.targetsOnly, filterCommand(() => filter.toggleStatus('target'))),
    vscode.commands.registerCommand(INDICATORS_COMMANDS.actualsOnly, filterCommand(() => filter.toggleStatus('actual'))),
    vscode.commands.registerCommand(INDICATORS_COMMANDS.filterByKind, quickPickKinds),
    vscode.commands.registerCommand(INDICATORS_COMMANDS.clearFilter, filterCommand(() => filter.clear())),
    {
      dispose: () => {
        cancelTimer();
        if (followTimer !== undefined) clearTimeout(followTimer);
      },
    },
  );
}

/**
 * After a filter command: the view, shown when it was not. Run from the Command Palette with the view closed, a filter
 * changes nothing the user can see: a trial's “Toggle Targets Only” did nothing visible (VS Code offered it in the
 * palette after a window reload although the view was closed), and the view opened later, filtered, without saying
 * why. Filter by Kind did this already.
 */
export function showFiltered(view: Pick<vscode.TreeView<unknown>, 'visible'>): void {
  if (!view.visible) void vscode.commands.executeCommand(`${INDICATORS_VIEW_ID}.focus`);
}

/** A multi-select pick list that also accepts what typing highlighted when nothing is ticked (see acceptedItems). */
function pickMany<T extends vscode.QuickPickItem & { readonly picked?: boolean }>(items: readonly T[], title: string, placeholder: string): Promise<readonly T[] | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<T>();
    pick.canSelectMany = true;
    pick.title = title;
    pick.placeholder = placeholder;
    pick.items = items;
    pick.selectedItems = items.filter((item) => item.picked);
    let result: readonly T[] | undefined;
    pick.onDidAccept(() => {
      result = acceptedItems(pick.selectedItems, pick.activeItems, pick.value, items);
      pick.hide();
    });
    pick.onDidHide(() => {
      pick.dispose();
      resolve(result);
    });
    pick.show();
  });
}
