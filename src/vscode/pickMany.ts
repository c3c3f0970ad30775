/**
 * What a many-item pick list accepts (no `vscode` import, so that it is tested directly). VS Code's multi-select
 * list takes only the ticked items on Enter: a user who typed “share” and pressed Enter got nothing ticked, which
 * the Indicators filter reads as all kinds, and saw no change and no message (a fourth trial). Typed and nothing
 * ticked, the items the typing left highlighted are what the user meant — and where the list highlights none (VS
 * Code 1.96's multi-select has no active row after typing: a sixth trial), the items whose label or description
 * holds every word typed, as the list's own filter shows them.
 */
export interface PickLabel {
  readonly label: string;
  readonly description?: string;
}

export function acceptedItems<T extends PickLabel>(selected: readonly T[], active: readonly T[], typed: string, items: readonly T[] = []): readonly T[] {
  if (selected.length > 0 || typed.trim() === '') return selected;
  if (active.length > 0) return active;
  const words = typed.toLowerCase().split(/\s+/u).filter((w) => w !== '');
  return items.filter((item) => {
    const text = `${item.label} ${item.description ?? ''}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}
