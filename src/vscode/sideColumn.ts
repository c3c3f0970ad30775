import * as vscode from 'vscode';

/**
 * The editor group a side tab (a chart, Compare Targets, Compare Terms) opens in. ViewColumn.Beside is “a new group
 * to the right of the active one” once that one is not the last: a trial (session 35, 河北省 2016–2021) charted a term
 * from the Terms tab, which sat in the second group, and got a third group; a report opened in the second group did
 * the same for Compare Terms. Three groups in a 1400 px window left each about 350 px: the report wrapped every few
 * characters, the Terms table and the chart's title were cut. So, once the window is split, a side tab goes to the
 * group right of the active one, or the nearest to its left when the active group is the last, and never adds one.
 *
 * `columns` are the view columns of the open groups (1-based), `active` the active group's. Undefined: no split yet,
 * open Beside (which makes the second group).
 */
export function sideColumnOf(columns: readonly number[], active: number | undefined): number | undefined {
  const others = columns.filter((c) => c !== active);
  if (active === undefined || others.length === 0) return undefined;
  const right = others.filter((c) => c > active);
  if (right.length > 0) return Math.min(...right);
  return Math.max(...others);
}

/** sideColumnOf over the window's editor groups. */
export function sideColumn(): vscode.ViewColumn {
  // The unit tests' stand-ins for `vscode.window` have no tab groups: Beside, as before this rule.
  const groups = (vscode.window as Partial<typeof vscode.window>).tabGroups;
  if (!groups) return vscode.ViewColumn.Beside;
  const column = sideColumnOf(
    groups.all.map((g) => g.viewColumn),
    groups.activeTabGroup.viewColumn,
  );
  return column === undefined ? vscode.ViewColumn.Beside : (column as vscode.ViewColumn);
}
