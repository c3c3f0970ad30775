/**
 * Queries on the Indicators view's tree (buildIndicatorTree), pure: which parts a filtered view lists, and which
 * figure the cursor is on.
 */
import { comparePositions } from '../positions';
import type { Position } from '../types';
import type { IndicatorGroup, IndicatorLeaf, IndicatorTree, IndicatorTreeItem } from './indicatorTree';

/**
 * The parts the view lists: all of them (the report's shape, a part without figures with a count of 0) unless a
 * filter is on, which hides the parts it leaves empty (sections without matching figures are never listed).
 */
export function visibleGroups(tree: IndicatorTree, filtered: boolean): IndicatorGroup[] {
  return filtered ? tree.groups.filter((group) => group.count > 0) : tree.groups;
}

/** The last figure (in document order) that starts at or before the position; none before the first figure. */
export function leafAtOrBefore(groups: readonly IndicatorTreeItem[], position: Position): IndicatorLeaf | undefined {
  let found: IndicatorLeaf | undefined;
  const walk = (items: readonly IndicatorTreeItem[]): void => {
    for (const item of items) {
      if (item.type === 'group') walk(item.children);
      else if (comparePositions(item.indicator.range.start, position) <= 0) {
        if (!found || comparePositions(found.indicator.range.start, item.indicator.range.start) <= 0) found = item;
      }
    }
  };
  walk(groups);
  return found;
}

