import * as vscode from 'vscode';
import type { Indicator, IndicatorKind } from '../core';
import { buildIndicatorTree, INDICATOR_KINDS, isFiltered, NO_FILTER } from '../core/export';
import type { IndicatorFilter, IndicatorGroup, IndicatorLeaf, IndicatorTree, IndicatorTreeItem, StatusFilter } from '../core/export';
import { REVEAL_RANGE_COMMAND } from './commands';
import { kindLabels, statusLabels } from './exportCommands';
import { isPartial } from './reportService';
import type { ReportService } from './reportService';

/** The view contributed in package.json (in the activity-bar container `govreport-indicators`). */
export const INDICATORS_VIEW_ID = 'govreport.indicators';

export const INDICATORS_COMMANDS = {
  targetsOnly: 'govreport.indicators.targetsOnly',
  actualsOnly: 'govreport.indicators.actualsOnly',
  filterByKind: 'govreport.indicators.filterByKind',
  clearFilter: 'govreport.indicators.clearFilter',
} as const;

/** Context keys for `when` clauses in package.json. */
export const CONTEXT_KEYS = {
  /** A report is shown in the view (the active editor's, or the last active report while a non-text editor has focus). */
  hasActiveReport: 'govreport.hasActiveReport',
  filtered: 'govreport.indicators.filtered',
  /** 'all' | 'actual' | 'target' */
  statusFilter: 'govreport.indicators.statusFilter',
  visible: 'govreport.indicators.visible',
} as const;

/** Editors that can hold a report (REPORT_SELECTOR's schemes); another scheme's editor does not change the view. */
const DOCUMENT_SCHEMES = new Set(['file', 'untitled']);

/** Typing in a large report should not rebuild the tree on every keystroke. */
const REFRESH_DELAY_MS = 300;

/** The view's filter: a status (toggled by the title buttons) and a set of kinds (none = all). */
export class IndicatorFilterState implements vscode.Disposable {
  private value: IndicatorFilter = NO_FILTER;
  private readonly emitter = new vscode.EventEmitter<IndicatorFilter>();
  readonly onDidChange = this.emitter.event;

  get filter(): IndicatorFilter {
    return this.value;
  }

  /** “Targets only” pressed twice shows everything again. */
  toggleStatus(status: Exclude<StatusFilter, 'all'>): void {
    this.set({ ...this.value, status: this.value.status === status ? 'all' : status });
  }

  /** Every kind (or none) selected means no kind filter. */
  setKinds(kinds: readonly IndicatorKind[]): void {
    const unique = INDICATOR_KINDS.filter((kind) => kinds.includes(kind));
    this.set({ ...this.value, kinds: unique.length === INDICATOR_KINDS.length ? [] : unique });
  }

  clear(): void {
    this.set(NO_FILTER);
  }

  /** “目标 · 增长率、比重/比率” / “targets · growth rate, share / ratio”; "" when nothing is filtered. */
  describe(): string {
    const parts: string[] = [];
    if (this.value.status !== 'all') parts.push(statusFilterLabel(this.value.status));
    if (this.value.kinds.length > 0) {
      const kinds = kindLabels();
      parts.push(this.value.kinds.map((kind) => kinds[kind]).join(vscode.l10n.t(', ')));
    }
    return parts.join(' · ');
  }

  private set(next: IndicatorFilter): void {
    const same = next.status === this.value.status && next.kinds.join() === this.value.kinds.join();
    this.value = next;
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.filtered, isFiltered(next));
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.statusFilter, next.status);
    if (!same) this.emitter.fire(next);
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

function statusFilterLabel(status: Exclude<StatusFilter, 'all'>): string {
  return status === 'target' ? vscode.l10n.t('targets only') : vscode.l10n.t('actuals only');
}

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
  onDidBuild: ((tree: IndicatorTree | undefined, document: vscode.TextDocument | undefined, analysed: boolean, partial?: boolean) => void) | undefined;

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
    this.onDidBuild?.(tree, document, model !== undefined, model !== undefined && isPartial(model));
    return tree?.groups ?? [];
  }

  getTreeItem(element: IndicatorTreeItem): vscode.TreeItem {
    return element.type === 'group' ? this.groupItem(element) : this.leafItem(element);
  }

  private groupItem(group: IndicatorGroup): vscode.TreeItem {
    const isPart = !group.id.includes('.');
    const label = group.heading ? group.label || vscode.l10n.t('(untitled heading)') : vscode.l10n.t('Before the first part');
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
    item.tooltip = indicatorTooltip(leaf);
    item.iconPath = new vscode.ThemeIcon(indicator.status === 'target' ? 'target' : 'history');
    item.contextValue = `govreport.indicator.${indicator.status}`;
    if (this.document) {
      item.command = {
        command: REVEAL_RANGE_COMMAND,
        title: vscode.l10n.t('Go to figure'),
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
  const parts = [kindLabels()[indicator.kind] ?? indicator.kind, statusLabels()[indicator.status]];
  if (indicator.period) parts.push(indicator.period);
  return parts.join(' · ');
}

function indicatorTooltip(leaf: IndicatorLeaf): string {
  const { indicator } = leaf;
  const none = '—';
  return [
    leaf.label,
    vscode.l10n.t('Measure: {0}', indicator.measure ?? none),
    vscode.l10n.t('Qualifier: {0}', indicator.qualifier ?? none),
    vscode.l10n.t('Line {0}', indicator.range.start.line + 1),
  ].join('\n');
}

/**
 * The Indicators view and its filter commands. It follows the active editor: a report editor shows its figures, a
 * non-report text editor empties the view, and a non-text editor (settings, a webview) leaves the last report shown.
 */
export function registerIndicatorsViewSupport(selector: vscode.DocumentSelector, service: ReportService): vscode.Disposable {
  const filter = new IndicatorFilterState();
  const provider = new IndicatorsTreeProvider(service, filter);
  const view = vscode.window.createTreeView(INDICATORS_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const isReport = (document: vscode.TextDocument): boolean => vscode.languages.match(selector, document) > 0;

  provider.onDidBuild = (tree, document, analysed, partial) => {
    // Alone in its container (the default) the view has no header of its own and VS Code shows neither its
    // description nor its name, only “INDICATORS: <view title>”: so the title carries the filter, the description
    // the counts (seen in a header when the view is moved next to others).
    const filterText = filter.describe();
    view.title = filterText || vscode.l10n.t('Indicators');
    view.description = tree ? (isFiltered(filter.filter) ? `${tree.shown}/${tree.total}` : String(tree.total)) : undefined;
    if (!document) view.message = vscode.l10n.t('Open a government work report to see its figures.');
    else if (!analysed || !tree) view.message = vscode.l10n.t('This report could not be analysed.');
    else if (partial) view.message = vscode.l10n.t('This file is too large to list its figures here; hover a figure to see its card.');
    else if (tree.total === 0) view.message = vscode.l10n.t('No figures found in this report.');
    else if (tree.shown === 0) view.message = vscode.l10n.t('No figures match the filter.');
    else view.message = undefined;
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
  void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.statusFilter, 'all');

  const quickPickKinds = async (): Promise<void> => {
    const labels = kindLabels();
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
    const items = INDICATOR_KINDS.map((kind) => ({
      label: labels[kind],
      description: model ? String(counts.get(kind) ?? 0) : undefined,
      picked: current.includes(kind),
      indicatorKind: kind,
    }));
    const picked = await vscode.window.showQuickPick(items, {
      canPickMany: true,
      title: vscode.l10n.t('Show figures of these kinds'),
      placeHolder: vscode.l10n.t('Select kinds (none selected = all kinds)'),
    });
    if (picked) filter.setKinds(picked.map((item) => item.indicatorKind));
  };

  return vscode.Disposable.from(
    filter,
    provider,
    view,
    filter.onDidChange(() => refreshNow()),
    view.onDidChangeVisibility((event) => {
      void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.visible, event.visible);
    }),
    vscode.window.onDidChangeActiveTextEditor(follow),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === provider.document && event.contentChanges.length > 0) refreshSoon();
    }),
    // A language switch (“Treat this file as a report”) closes and reopens the document under the same editor.
    vscode.workspace.onDidOpenTextDocument((document) => {
      const active = vscode.window.activeTextEditor?.document;
      if (active && active.uri.toString() === document.uri.toString()) show(isReport(document) ? document : undefined);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      if (document === provider.document) show(undefined);
    }),
    vscode.commands.registerCommand(INDICATORS_COMMANDS.targetsOnly, () => filter.toggleStatus('target')),
    vscode.commands.registerCommand(INDICATORS_COMMANDS.actualsOnly, () => filter.toggleStatus('actual')),
    vscode.commands.registerCommand(INDICATORS_COMMANDS.filterByKind, quickPickKinds),
    vscode.commands.registerCommand(INDICATORS_COMMANDS.clearFilter, () => filter.clear()),
    { dispose: cancelTimer },
  );
}
