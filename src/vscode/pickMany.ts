/**
 * What a many-item pick list accepts (no `vscode` import, so that it is tested directly). VS Code's multi-select
 * list takes only the ticked items on Enter: a user who typed “share” and pressed Enter got nothing ticked, which
 * the Indicators filter reads as all kinds, and saw no change and no message (a fourth trial). Typed and nothing
 * ticked, the items the typing left highlighted are what the user meant.
 */
export function acceptedItems<T>(selected: readonly T[], active: readonly T[], typed: string): readonly T[] {
  return selected.length === 0 && typed.trim() !== '' ? active : selected;
}
