/**
 * The data behind the editor's Indicators view, without vscode: a report's figures grouped by the part and the
 * section that enclose them (found by the outline's line ranges), and the view's filters (actual / target, kinds).
 */
import { figurePhrase } from '../indicators/card';
import type { Indicator, IndicatorKind, OutlineNode, Position, ReportModel } from '../types';
import { comparePositions, rangeContains } from '../positions';
import { headingLabel } from '../headings';

/** Every indicator kind, in the order a filter offers them. */
export const INDICATOR_KINDS: readonly IndicatorKind[] = ['growth', 'level', 'share', 'change', 'count', 'rank', 'other'];

export type StatusFilter = 'all' | Indicator['status'];

/** What the view shows: one status (or all) and some kinds (none listed = every kind). */
export interface IndicatorFilter {
  readonly status: StatusFilter;
  readonly kinds: readonly IndicatorKind[];
}

export const NO_FILTER: IndicatorFilter = { status: 'all', kinds: [] };

export function isFiltered(filter: IndicatorFilter): boolean {
  return filter.status !== 'all' || filter.kinds.length > 0;
}

export function matchesFilter(indicator: Indicator, filter: IndicatorFilter): boolean {
  if (filter.status !== 'all' && indicator.status !== filter.status) return false;
  return filter.kinds.length === 0 || filter.kinds.includes(indicator.kind);
}

export function filterIndicators(indicators: readonly Indicator[], filter: IndicatorFilter): Indicator[] {
  return isFiltered(filter) ? indicators.filter((indicator) => matchesFilter(indicator, filter)) : [...indicators];
}

/** A figure in the tree. */
export interface IndicatorLeaf {
  readonly type: 'indicator';
  /** Unique in one tree (the figure's position), so that a view can keep selection and expansion across refreshes. */
  readonly id: string;
  /** The indicator's name and figure (“地区生产总值 6%以上”), or the figure alone when the name is unknown. */
  readonly label: string;
  readonly indicator: Indicator;
}

/** A part (一、…, an annex, a glossary) or a section (（一）…, 1. …, 一是…) that holds figures. */
export interface IndicatorGroup {
  readonly type: 'group';
  /** Unique in one tree and stable while headings keep their order: "p0", "p0.3", "pre" for text before the first part. */
  readonly id: string;
  /** The heading; null for the figures that stand before the first part (or outside every part). */
  readonly heading: OutlineNode | null;
  /** Marker and title on one line (“一、“十三五”时期和2020年工作回顾”); "" for the group without a heading. */
  readonly label: string;
  /** Figures directly in the group and sections with figures, in document order. */
  readonly children: IndicatorTreeItem[];
  /** Figures in the group, its sections included. */
  readonly count: number;
}

export type IndicatorTreeItem = IndicatorGroup | IndicatorLeaf;

export interface IndicatorTree {
  /** Every part, in document order; a group without heading first when figures stand before the first part. */
  readonly groups: IndicatorGroup[];
  /** Figures shown (after the filter). */
  readonly shown: number;
  /** Figures in the report. */
  readonly total: number;
}

/**
 * Groups the model's figures under the top-level outline node (part) whose range holds them, and there under the
 * part's child (section) whose range holds them; deeper headings (points, lead sentences) are not levels of this
 * tree. Figures inside a part but before or outside its sections stay directly under the part, in document order
 * with its sections. Every part is listed, with a count of 0 when none of its figures match, so that the tree keeps
 * the report's shape; sections without (matching) figures are left out.
 */
export function buildIndicatorTree(model: Pick<ReportModel, 'outline' | 'indicators'>, filter: IndicatorFilter = NO_FILTER): IndicatorTree {
  const indicators = filterIndicators(model.indicators, filter).sort((a, b) => comparePositions(a.range.start, b.range.start));
  const before: IndicatorLeaf[] = [];
  const byPart = new Map<OutlineNode, Indicator[]>();
  for (const indicator of indicators) {
    const part = enclosing(model.outline, indicator.range.start);
    if (!part) {
      before.push(leaf(indicator));
      continue;
    }
    const list = byPart.get(part);
    if (list) list.push(indicator);
    else byPart.set(part, [indicator]);
  }

  const groups: IndicatorGroup[] = [];
  if (before.length > 0) groups.push({ type: 'group', id: 'pre', heading: null, label: '', children: before, count: before.length });
  model.outline.forEach((part, p) => {
    const inPart = byPart.get(part) ?? [];
    const id = `p${p}`;
    groups.push({ type: 'group', id, heading: part, label: headingLabel(part), children: partChildren(part, id, inPart), count: inPart.length });
  });
  return { groups, shown: indicators.length, total: model.indicators.length };
}

/** A part's numbered sections: leads and points directly under a part (——X。, 五年来，…) are not levels of this tree. */
function sectionsOf(part: OutlineNode): OutlineNode[] {
  return part.children.filter((c) => c.kind === 'section' || c.kind === 'subsection');
}

/** Sections (the part's children) with their figures, and the part's own figures, in document order. */
function partChildren(part: OutlineNode, partId: string, indicators: readonly Indicator[]): IndicatorTreeItem[] {
  const children: IndicatorTreeItem[] = [];
  const sections = new Map<OutlineNode, { id: string; leaves: IndicatorLeaf[] }>();
  for (const indicator of indicators) {
    const section = enclosing(sectionsOf(part), indicator.range.start);
    if (!section) {
      children.push(leaf(indicator));
      continue;
    }
    let entry = sections.get(section);
    if (!entry) {
      entry = { id: `${partId}.${part.children.indexOf(section)}`, leaves: [] };
      sections.set(section, entry);
      // The group takes the place of its first figure: figures are sorted, so document order is kept.
      children.push({ type: 'group', id: entry.id, heading: section, label: headingLabel(section), children: entry.leaves, count: 0 });
    }
    entry.leaves.push(leaf(indicator));
  }
  // Counts are known once every figure is placed.
  return children.map((child) => (child.type === 'group' ? { ...child, count: child.children.length } : child));
}

function leaf(indicator: Indicator): IndicatorLeaf {
  const { line, character } = indicator.range.start;
  return { type: 'indicator', id: `i${line}:${character}`, label: indicatorLabel(indicator), indicator };
}

/** “地区生产总值 6%以上”, “约3万人” for a figure without a name, “唐山港沿海货物吞吐量 世界位次 第二” for a rank. */
export function indicatorLabel(indicator: Pick<Indicator, 'name' | 'text' | 'qualifier'> & Partial<Pick<Indicator, 'kind' | 'measure'>>): string {
  const figure = figurePhrase(indicator);
  const name = indicator.name?.replace(/\s+/gu, ' ').trim();
  // A rank's measure says where it ranks (出口规模 全国位次 第3位): without it the leaf reads as the indicator's level,
  // and the scope is said nowhere else in the tree (rankName.ts).
  const ranked = indicator.kind === 'rank' && indicator.measure ? `${indicator.measure} ` : '';
  return name ? `${name} ${ranked}${figure}` : figure;
}

/** The node whose range holds the position (ranges run from a heading to the next sibling's start, end excluded). */
function enclosing(nodes: readonly OutlineNode[], at: Position): OutlineNode | undefined {
  return nodes.find((node) => rangeContains(node.range, at, false));
}

