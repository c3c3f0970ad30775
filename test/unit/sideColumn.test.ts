import { describe, expect, it, vi } from 'vitest';

// What sideColumn reads of `vscode`: the window's tab groups (view columns, the active one) and ViewColumn.Beside.
const host = vi.hoisted(() => ({ columns: [] as number[], active: 1 }));
vi.mock('vscode', () => ({
  ViewColumn: { One: 1, Two: 2, Three: 3, Beside: -2 },
  window: {
    tabGroups: {
      get all() {
        return host.columns.map((viewColumn) => ({ viewColumn }));
      },
      get activeTabGroup() {
        return { viewColumn: host.active };
      },
    },
  },
}));

import { sideColumn, sideColumnOf } from '../../src/vscode/sideColumn';

describe('the group a chart, Targets or Terms tab opens in', () => {
  it('is a new group beside the only one', () => {
    expect(sideColumnOf([1], 1)).toBeUndefined();
    host.columns = [1];
    host.active = 1;
    expect(sideColumn()).toBe(-2);
  });

  // Session 35's trial: a term charted from the Terms tab (group 2, the report in group 1) opened a third group.
  it('is the other group of a split window, never a third one', () => {
    expect(sideColumnOf([1, 2], 1)).toBe(2);
    expect(sideColumnOf([1, 2], 2)).toBe(1);
    host.columns = [1, 2];
    host.active = 2;
    expect(sideColumn()).toBe(1);
  });

  it('is the group right of the active one, else the nearest to its left', () => {
    expect(sideColumnOf([1, 2, 3], 1)).toBe(2);
    expect(sideColumnOf([1, 2, 3], 2)).toBe(3);
    expect(sideColumnOf([1, 2, 3], 3)).toBe(2);
  });
});
