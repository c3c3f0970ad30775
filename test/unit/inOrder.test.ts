import { describe, expect, it } from 'vitest';
import { sortUnlessInOrder } from '../../src/core/references/inOrder';

describe('sortUnlessInOrder', () => {
  const byN = (a: { n: number }, b: { n: number }): number => a.n - b.n;

  it('sorts a list out of order, stably, as Array.prototype.sort does', () => {
    const list = [{ n: 3, k: 'a' }, { n: 1, k: 'b' }, { n: 3, k: 'c' }, { n: 2, k: 'd' }, { n: 1, k: 'e' }];
    const expected = [...list].sort(byN);
    expect(sortUnlessInOrder(list, byN)).toEqual(expected);
    expect(list.map((x) => x.k).join('')).toBe('bedac');
  });

  it('leaves a list in order (ties included) as it is, without calling sort', () => {
    const list = [{ n: 1 }, { n: 1 }, { n: 2 }, { n: 5 }];
    const copy = [...list];
    const sort = Array.prototype.sort;
    let sorted = 0;
    list.sort = function (this: typeof list, ...args: Parameters<typeof sort>) {
      sorted++;
      return sort.apply(this, args) as typeof list;
    };
    expect(sortUnlessInOrder(list, byN)).toBe(list);
    expect(sorted).toBe(0);
    expect([...list]).toEqual(copy);
  });
});
