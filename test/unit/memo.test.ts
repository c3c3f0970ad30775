import { describe, expect, it } from 'vitest';
import { groupKeyOf } from '../../src/core/indicators/extract';
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

  // perf39: the group keys' memo (one per segmenter, not a boundedMemo) held the analysis's only jieba calls, so the
  // bench's memos-cleared line timed none of them; clearMemos forgets it too (memo.ts onClearMemos).
  it('forgets the group keys on clearMemos, so a segmenter is asked again', () => {
    const asked: string[] = [];
    const segmenter = {
      cut: (text: string): string[] => {
        asked.push(text);
        return [...text];
      },
    };
    // A name the lexicon does not know exactly, so its key is made of the segmenter's words.
    const name = '新建乡村振兴示范村';
    const key = groupKeyOf(name, segmenter);
    expect(groupKeyOf(name, segmenter)).toBe(key);
    expect(asked).toHaveLength(1);
    clearMemos();
    expect(groupKeyOf(name, segmenter)).toBe(key);
    expect(asked).toHaveLength(2);
  });
});

