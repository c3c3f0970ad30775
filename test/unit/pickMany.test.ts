import { describe, expect, it } from 'vitest';
import { acceptedItems } from '../../src/vscode/pickMany';

describe('a many-item pick list on Enter', () => {
  const [growth, share, count] = [{ label: 'growth rate', description: '88' }, { label: 'share / ratio', description: '21' }, { label: 'count', description: '64' }];
  const kinds = [growth, share, count] as const;

  it('accepts the ticked items, whatever is typed', () => {
    expect(acceptedItems([kinds[0]], [kinds[1]], 'share')).toEqual([kinds[0]]);
    expect(acceptedItems([kinds[0], kinds[2]], [], '')).toEqual([kinds[0], kinds[2]]);
  });

  // A fourth trial: “share” typed and Enter pressed left nothing ticked, read as all kinds, with no change to see.
  it('accepts what the typing highlighted when nothing is ticked', () => {
    expect(acceptedItems([], [kinds[1]], 'share')).toEqual([kinds[1]]);
  });

  it('accepts nothing ticked and nothing typed as nothing (the filter then shows every kind)', () => {
    expect(acceptedItems([], [kinds[0]], '  ')).toEqual([]);
  });

  // A sixth trial (VS Code 1.96): after typing, a multi-select list has no active row; the typed words pick the items.
  it('accepts the items the typed words match when the list highlights none', () => {
    expect(acceptedItems([], [], 'share', kinds)).toEqual([kinds[1]]);
    expect(acceptedItems([], [], 'SHARE ratio', kinds)).toEqual([kinds[1]]);
    expect(acceptedItems([], [], 'rate', kinds)).toEqual([kinds[0]]);
    expect(acceptedItems([], [], 'nothing like it', kinds)).toEqual([]);
  });
});
