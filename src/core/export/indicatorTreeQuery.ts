/**
 * Queries on the Indicators view's tree (buildIndicatorTree), pure: which parts a filtered view lists, and which
 * figure the cursor is on.
 */
import { comparePositions, rangeContains } from '../positions';
import type { Position } from '../types';
import type { IndicatorGroup, IndicatorLeaf, IndicatorTree, IndicatorTreeItem } from './indicatorTree';

/**
 * The parts the view lists: all of them (the report's shape, a part without figures with a count of 0) unless a
 * filter is on, which hides the parts it leaves empty (sections without matching figures are never listed).
 */
export function visibleGroups(tree: IndicatorTree, filtered: boolean): IndicatorGroup[] {
  return filtered ? tree.groups.filter((group) => group.count > 0) : tree.groups;
}

/**
 * The figure the cursor is on, as the hover card takes it (indicatorAt): the figure under it, else the figure whose
 * name is under it, else the last figure (in document order) that starts before it; none before the first figure.
 * The name counts because the card does: on 生产总值 of 生产总值增长6.5% (河北省 2020, src32) the card showed 6.5%
 * while the view selected the previous paragraph's last figure (a trial in the editor, session 35).
 */
export function leafAtOrBefore(groups: readonly IndicatorTreeItem[], position: Position): IndicatorLeaf | undefined {
  let found: IndicatorLeaf | undefined;
  let onFigure: IndicatorLeaf | undefined;
  let onName: IndicatorLeaf | undefined;
  const walk = (items: readonly IndicatorTreeItem[]): void => {
    for (const item of items) {
      if (item.type === 'group') {
        walk(item.children);
        continue;
      }
      const { range, nameRange } = item.indicator;
      if (!onFigure && rangeContains(range, position, false)) onFigure = item;
      if (nameRange && rangeContains(nameRange, position, false) && (!onName || comparePositions(range.start, onName.indicator.range.start) < 0)) onName = item;
      if (comparePositions(range.start, position) <= 0) {
        if (!found || comparePositions(found.indicator.range.start, range.start) <= 0) found = item;
      }
    }
  };
  walk(groups);
  return onFigure ?? onName ?? found;
}

