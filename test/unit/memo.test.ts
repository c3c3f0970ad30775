import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../src/core/memo';

describe('boundedMemo', () => {
  it('computes each key once, undefined answers included, and stays within its limit', () => {
    const asked: string[] = [];
    const lengthOrNothing = boundedMemo((key) => {
      asked.push(key);
      return key.length > 1 ? key.length : undefined;
    }, 3);
    expect([lengthOrNothing('ab'), lengthOrNothing('ab'), lengthOrNothing('a'), lengthOrNothing('a')]).toEqual([2, 2, undefined, undefined]);
    expect(asked).toEqual(['ab', 'a']);
    lengthOrNothing('abc');
    lengthOrNothing('abcd'); // the fourth key: the memo was full, so it starts over
    lengthOrNothing('ab');
    expect(asked).toEqual(['ab', 'a', 'abc', 'abcd', 'ab']);
  });
});
