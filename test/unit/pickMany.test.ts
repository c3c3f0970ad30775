import { describe, expect, it } from 'vitest';
import { acceptedItems } from '../../src/vscode/pickMany';

describe('a many-item pick list on Enter', () => {
  const kinds = ['growth rate', 'share / ratio', 'count'];

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
});
