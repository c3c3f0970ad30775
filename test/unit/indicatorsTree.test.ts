import { beforeAll, describe, expect, it, vi } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { Indicator, OutlineNode, Position, ReportModel } from '../../src/core';
import { buildIndicatorTree, filterIndicators, indicatorLabel, INDICATOR_KINDS, isFiltered, NO_FILTER } from '../../src/core/export';
import type { IndicatorGroup, IndicatorLeaf, IndicatorTree, IndicatorTreeItem } from '../../src/core/export';
import { IndicatorFilterState, IndicatorsTreeProvider, indicatorDescription, viewCaption } from '../../src/vscode/indicatorsView';
import type { ReportService } from '../../src/vscode/reportService';
import { readCorpus, SEED } from '../support/corpus';

// The view adapter imports `vscode`, which only exists inside the editor: a minimal stand-in for what it uses.
const executed: unknown[][] = [];
vi.mock('vscode', () => {
  class EventEmitter<T> {
    private listeners: ((value: T) => void)[] = [];
    event = (listener: (value: T) => void): { dispose(): void } => {
      this.listeners.push(listener);
      return { dispose: () => undefined };
    };
    fire(value: T): void {
      for (const listener of this.listeners) listener(value);
    }
    dispose(): void {
      this.listeners = [];
    }
  }
  class TreeItem {
    id?: string;
    description?: string;
    tooltip?: string;
    iconPath?: unknown;
    contextValue?: string;
    command?: { command: string; title: string; arguments?: unknown[] };
    constructor(
      readonly label: string,
      readonly collapsibleState: number,
    ) {}
  }
  class ThemeIcon {
    constructor(readonly id: string) {}
  }
  class CancellationTokenSource {
    token = { isCancellationRequested: false };
    cancel(): void {
      this.token.isCancellationRequested = true;
    }
    dispose(): void {}
  }
  return {
    EventEmitter,
    TreeItem,
    ThemeIcon,
    CancellationTokenSource,
    TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
    env: { language: 'en' },
    workspace: { getConfiguration: () => ({ get: () => undefined }) },
    commands: { executeCommand: (...args: unknown[]) => executed.push(args) },
  };
});

let text: string;
let lines: string[];
let model: ReportModel;
let tree: IndicatorTree;

beforeAll(() => {
  text = readCorpus(SEED);
  lines = text.split('\n');
  model = analyzeReport(text);
  tree = buildIndicatorTree(model);
});

/** The 0-based line of the first line holding `needle`. */
function lineOf(needle: string): number {
  const line = lines.findIndex((content) => content.includes(needle));
  if (line < 0) throw new Error(`“${needle}” not in the seed report`);
  return line;
}

function leaves(items: readonly IndicatorTreeItem[]): IndicatorLeaf[] {
  return items.flatMap((item) => (item.type === 'group' ? leaves(item.children) : [item]));
}

/** The chain of group labels down to the figure on `line` whose text is `figure`. */
function pathTo(groups: readonly IndicatorGroup[], line: number, figure: string): string[] | undefined {
  const walk = (items: readonly IndicatorTreeItem[], path: string[]): string[] | undefined => {
    for (const item of items) {
      if (item.type === 'indicator') {
        if (item.indicator.range.start.line === line && item.indicator.text === figure) return path;
      } else {
        const found = walk(item.children, [...path, item.label]);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(groups, []);
}

function within(range: OutlineNode['range'], p: Position): boolean {
  const afterStart = p.line > range.start.line || (p.line === range.start.line && p.character >= range.start.character);
  const beforeEnd = p.line < range.end.line || (p.line === range.end.line && p.character < range.end.character);
  return afterStart && beforeEnd;
}

const PART_ONE = '一、“十三五”时期和2020年工作回顾';
const PART_TWO = '二、“十四五”时期的总体思路与目标任务';
const PART_THREE = '三、2021年主要工作';

describe('the indicator tree of the seed report (苏州市 2021)', () => {
  it('has the three parts of the report, in order', () => {
    expect(tree.groups.map((group) => group.label)).toEqual([PART_ONE, PART_TWO, PART_THREE]);
    expect(tree.groups.every((group) => group.heading?.level === 1)).toBe(true);
  });

  it('lists every figure exactly once, in document order', () => {
    const all = leaves(tree.groups);
    expect(all).toHaveLength(model.indicators.length);
    expect(tree.total).toBe(model.indicators.length);
    expect(tree.shown).toBe(model.indicators.length);
    expect(new Set(all.map((leaf) => leaf.indicator)).size).toBe(model.indicators.length);
    const positions = all.map((leaf) => leaf.indicator.range.start);
    const sorted = [...positions].sort((a, b) => a.line - b.line || a.character - b.character);
    expect(positions).toEqual(sorted);
  });

  it('keeps a part with no figures (二、“十四五”时期…) with a count of 0 and no children', () => {
    const two = tree.groups[1];
    expect(two?.count).toBe(0);
    expect(two?.children).toEqual([]);
  });

  it('puts the five-year review figures, which stand before the first section, directly under part 一', () => {
    // The four “五年来，A，B，C。” paragraphs are leads in the outline, but only parts and numbered sections are levels
    // of the Indicators view.
    expect(pathTo(tree.groups, lineOf('地区生产总值年均增长6.1%'), '6.1%')).toEqual([PART_ONE]);
  });

  it('puts 2020 results under their section of part 一', () => {
    expect(pathTo(tree.groups, lineOf('一般公共预算收入达到2303亿元'), '2303亿元')).toEqual([PART_ONE, '2.经济发展迈上新台阶']);
    expect(pathTo(tree.groups, lineOf('进出口总额达到3223.5亿美元'), '3223.5亿美元')).toEqual([PART_ONE, '3.改革开放激发新活力']);
  });

  it('puts this year’s main targets directly under part 三, and section targets under their section', () => {
    expect(pathTo(tree.groups, lineOf('地区生产总值增长6%以上'), '6%')).toEqual([PART_THREE]);
    expect(pathTo(tree.groups, lineOf('新增姑苏领军人才'), '350人')).toEqual([PART_THREE, '1.聚焦科技创新，奋力激发内生增长动力']);
    expect(pathTo(tree.groups, lineOf('新增就业17万人'), '17万人')).toEqual([PART_THREE, '7.聚焦民生福祉，努力提升百姓幸福指数']);
  });

  it('places every figure inside the range of each heading above it', () => {
    const check = (items: readonly IndicatorTreeItem[], headings: OutlineNode[]): void => {
      for (const item of items) {
        if (item.type === 'group') {
          check(item.children, item.heading ? [...headings, item.heading] : headings);
        } else {
          for (const heading of headings) expect(within(heading.range, item.indicator.range.start)).toBe(true);
        }
      }
    };
    check(tree.groups, []);
  });

  it('counts the figures of a part including its sections, and of each section', () => {
    for (const group of tree.groups) {
      expect(group.count).toBe(leaves(group.children).length);
      for (const child of group.children) if (child.type === 'group') expect(child.count).toBe(child.children.length);
    }
    expect(tree.groups[2]?.children.some((child) => child.type === 'group' && child.count === 0)).toBe(false);
  });

  it('gives every item an id that is unique in the tree', () => {
    const ids: string[] = [];
    const walk = (items: readonly IndicatorTreeItem[]): void => {
      for (const item of items) {
        ids.push(item.id);
        if (item.type === 'group') walk(item.children);
      }
    };
    walk(tree.groups);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('labels a figure with its name and its figure as written, qualifier included', () => {
    const gdp = leaves(tree.groups).find((leaf) => leaf.indicator.status === 'target' && leaf.indicator.name === '地区生产总值');
    expect(gdp?.label).toBe('地区生产总值 6%以上');
    expect(indicatorLabel({ name: null, text: '3万人', qualifier: '约' })).toBe('约3万人');
    expect(indicatorLabel({ name: '  新增  就业 ', text: '17万人', qualifier: null })).toBe('新增 就业 17万人');
  });
});

describe('filters', () => {
  it('targets only: every figure shown is a target, and all targets are shown', () => {
    const targets = buildIndicatorTree(model, { status: 'target', kinds: [] });
    const shown = leaves(targets.groups);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((leaf) => leaf.indicator.status === 'target')).toBe(true);
    expect(shown.length).toBe(model.indicators.filter((i) => i.status === 'target').length);
    expect(targets.shown).toBe(shown.length);
    expect(targets.total).toBe(model.indicators.length);
    // The parts stay; the review part has no targets.
    expect(targets.groups.map((group) => group.label)).toEqual([PART_ONE, PART_TWO, PART_THREE]);
    expect(targets.groups[0]?.count).toBe(0);
  });

  it('actuals only: every figure shown is an actual, and sections without actuals disappear', () => {
    const actuals = buildIndicatorTree(model, { status: 'actual', kinds: [] });
    const shown = leaves(actuals.groups);
    expect(shown.every((leaf) => leaf.indicator.status === 'actual')).toBe(true);
    expect(shown.length).toBe(model.indicators.filter((i) => i.status === 'actual').length);
    const sectionsOfThree = actuals.groups[2]?.children.filter((child) => child.type === 'group') ?? [];
    expect(sectionsOfThree).toEqual([]);
  });

  it('by kind: only the chosen kinds, combined with the status', () => {
    const growthTargets = buildIndicatorTree(model, { status: 'target', kinds: ['growth'] });
    const shown = leaves(growthTargets.groups).map((leaf) => leaf.indicator);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((i) => i.kind === 'growth' && i.status === 'target')).toBe(true);
    expect(shown.map((i) => i.name)).toContain('地区生产总值');

    const sharesAndRanks = filterIndicators(model.indicators, { status: 'all', kinds: ['share', 'rank'] });
    expect(sharesAndRanks.length).toBe(model.indicators.filter((i) => i.kind === 'share' || i.kind === 'rank').length);
    expect(new Set(sharesAndRanks.map((i) => i.kind))).toEqual(new Set(['share', 'rank']));
  });

  it('a filter that matches nothing leaves the parts with counts of 0', () => {
    const none = buildIndicatorTree(model, { status: 'target', kinds: ['rank'] });
    expect(none.shown).toBe(0);
    expect(none.groups.every((group) => group.count === 0 && group.children.length === 0)).toBe(true);
  });

  it('no filter is no filter', () => {
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(isFiltered({ status: 'all', kinds: ['growth'] })).toBe(true);
    expect(filterIndicators(model.indicators, NO_FILTER)).toEqual(model.indicators);
  });
});

describe('figures outside the outline', () => {
  const figure = (line: number, text: string): Indicator => ({
    text,
    range: { start: { line, character: 0 }, end: { line, character: text.length } },
    value: 1,
    unit: '%',
    name: null,
    measure: null,
    kind: 'share',
    status: 'actual',
    qualifier: null,
    period: null,
  });
  const part = (line: number, end: number, marker: string, children: OutlineNode[] = []): OutlineNode => ({
    level: 1,
    kind: 'part',
    marker,
    title: '标题',
    range: { start: { line, character: 0 }, end: { line: end, character: 0 } },
    selectionRange: { start: { line, character: 0 }, end: { line, character: 4 } },
    children,
  });

  it('go to a group without heading before the first part', () => {
    const result = buildIndicatorTree({ outline: [part(5, 10, '一、')], indicators: [figure(7, '2%'), figure(1, '1%')] });
    expect(result.groups.map((group) => [group.id, group.heading === null, group.count])).toEqual([
      ['pre', true, 1],
      ['p0', false, 1],
    ]);
    expect(leaves(result.groups).map((leaf) => leaf.indicator.text)).toEqual(['1%', '2%']);
  });

  it('keep their place among the sections of their part', () => {
    const section: OutlineNode = { ...part(6, 8, '（一）'), level: 2, kind: 'section' };
    const result = buildIndicatorTree({ outline: [part(5, 10, '一、', [section])], indicators: [figure(5, 'a'), figure(7, 'b'), figure(9, 'c')] });
    expect(result.groups[0]?.children.map((child) => (child.type === 'group' ? `[${child.label}]` : child.label))).toEqual(['a', '[（一）标题]', 'c']);
  });
});

describe('the view adapter', () => {
  it('toggles a status filter, sets the context keys and describes the filter', () => {
    const state = new IndicatorFilterState();
    let changes = 0;
    state.onDidChange(() => changes++);
    state.toggleStatus('target');
    expect(state.filter).toEqual({ status: 'target', kinds: [] });
    expect(executed).toContainEqual(['setContext', 'govreport.indicators.filtered', true]);
    // (No key says which status: the manifest reads none, and the view's description says it.)
    expect(executed.some((call) => call[1] === 'govreport.indicators.statusFilter')).toBe(false);
    state.setKinds(['share', 'growth']);
    expect(state.filter.kinds).toEqual(['growth', 'share']); // in the order the quick pick lists them
    expect(state.describe()).toBe('targets only · growth rate, share / ratio');
    state.toggleStatus('target');
    expect(state.filter.status).toBe('all');
    state.setKinds([...INDICATOR_KINDS]);
    expect(state.filter).toEqual(NO_FILTER);
    expect(state.describe()).toBe('');
    state.clear(); // already clear: no event
    expect(changes).toBe(4);
    expect(executed.at(-1)).toEqual(['setContext', 'govreport.indicators.filtered', false]);
  });

  it('renders figures that reveal themselves in the report, and follows the filter', async () => {
    const state = new IndicatorFilterState();
    const service = { getModelWithFigures: async () => model } as unknown as ReportService;
    const provider = new IndicatorsTreeProvider(service, state);
    const uri = { toString: () => 'file:///reports/seed.txt' };
    provider.document = { uri, isClosed: false } as never;
    const roots = await provider.getChildren();
    expect(roots).toHaveLength(3);
    const partItem = provider.getTreeItem(roots[2] as IndicatorTreeItem);
    expect(partItem.label).toBe(PART_THREE);
    expect(partItem.collapsibleState).toBe(2);
    expect(provider.getTreeItem(roots[1] as IndicatorTreeItem).collapsibleState).toBe(0);

    const gdp = (await provider.getChildren(roots[2])).find((item) => item.type === 'indicator' && item.indicator.name === '地区生产总值');
    expect(gdp).toBeDefined();
    const item = provider.getTreeItem(gdp as IndicatorTreeItem);
    expect(item.label).toBe('地区生产总值 6%以上');
    expect(item.description).toBe('growth rate · target · 2021');
    expect(item.tooltip).toContain('Measure: 增长');
    expect(item.tooltip).toContain('Qualifier: 以上');
    // A trial user read “Measure: 为” and rows of “—”: a row is shown only when it says something.
    for (const leaf of leaves(await provider.getChildren(roots[2]))) {
      const tooltip = provider.getTreeItem(leaf).tooltip ?? '';
      expect(tooltip).not.toMatch(/Measure: (?:为|是|—)|Qualifier: —/u);
      if (leaf.indicator.measure === null) expect(tooltip).not.toContain('Measure:');
    }
    const indicator = (gdp as IndicatorLeaf).indicator;
    expect(item.command).toEqual({
      command: 'govreport.revealRange',
      title: 'Go to figure',
      arguments: ['file:///reports/seed.txt', { start: indicator.range.start, end: indicator.range.end }],
    });

    state.toggleStatus('actual');
    expect(leaves(await provider.getChildren()).every((leaf) => leaf.indicator.status === 'actual')).toBe(true);
    expect(provider.lastTree?.shown).toBe(model.indicators.filter((i) => i.status === 'actual').length);
    provider.dispose();
    state.dispose();
  });

  it('describes a figure without a period by kind and status only', () => {
    expect(indicatorDescription({ kind: 'count', status: 'actual', period: null })).toBe('count · actual');
  });

  // The opening of 罗湖区-2025 (an outside free text): neither its place nor a title, so its caption is a bare year, and
  // the view, titled “2025”, could not be told from a copy of the report (the view falls back to the file name).
  it('names a report by its caption only when the report gives its place or title', () => {
    const opening = '各位代表：\n　　现在，我代表区人民政府，向大会报告工作，请予审议，并请各位政协委员和其他列席人员提出意见。\n　　一、2024年工作回顾\n　　2024年是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年。\n';
    const untitled = analyzeReport(opening).meta;
    expect([untitled.place, untitled.title]).toEqual([null, null]);
    expect(viewCaption({ ...untitled, year: 2025 })).toBe('');
    expect(viewCaption(model.meta)).toBe('苏州市 2021');
  });

  // trial32: a 1.4 MB file (four national reports, six times over) showed its six parts, each “0”, under the message
  // that its figures are not listed here. The message alone is shown; the parts are in the Outline view.
  it('lists nothing for a file too large to list its figures, and says why', async () => {
    const big = { ...model, indicators: [], partial: true as const };
    const service = { getModelWithFigures: async () => big } as unknown as ReportService;
    const state = new IndicatorFilterState();
    const provider = new IndicatorsTreeProvider(service, state);
    provider.document = { uri: { toString: () => 'file:///ws/超大-合订本.txt' }, isClosed: false } as never;
    const built: (boolean | undefined)[] = [];
    provider.onDidBuild = (_tree, _document, _analysed, partial) => void built.push(partial);
    expect(await provider.getChildren()).toEqual([]);
    expect(built).toEqual([true]);
    provider.dispose();
    state.dispose();
  });

  it('hands the view no caption for such a report, so that its title is the file name', async () => {
    const opening = '各位代表：\n　　现在，我代表区人民政府，向大会报告工作，请予审议，并请各位政协委员和其他列席人员提出意见。\n　　一、2024年工作回顾\n　　2024年是中华人民共和国成立75周年，全区地区生产总值增长3.0%。\n';
    const untitled = analyzeReport(opening);
    const service = { getModelWithFigures: async () => ({ ...untitled, meta: { ...untitled.meta, year: 2025 } }) } as unknown as ReportService;
    const state = new IndicatorFilterState();
    const provider = new IndicatorsTreeProvider(service, state);
    provider.document = { uri: { toString: () => 'file:///ws/罗湖区-2025.txt' }, isClosed: false } as never;
    const captions: (string | undefined)[] = [];
    provider.onDidBuild = (_tree, _document, _analysed, _partial, caption) => void captions.push(caption);
    await provider.getChildren();
    expect(captions).toEqual(['']);
    provider.dispose();
    state.dispose();
  });
});
