import { describe, expect, it } from 'vitest';
import { boundedMemo, clearMemos } from '../../src/core/memo';

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

  // The bench times each run as a first analysis: remembered names would favour the texts whose names all fit.
  it('forgets every memo on clearMemos, so the next call computes again', () => {
    const asked: string[] = [];
    const upper = boundedMemo((key) => {
      asked.push(key);
      return key.toUpperCase();
    }, 100);
    upper('十四五');
    upper('十四五');
    clearMemos();
    expect(upper('十四五')).toBe('十四五');
    expect(asked).toEqual(['十四五', '十四五']);
  });
});
