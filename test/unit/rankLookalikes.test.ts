import { describe, expect, it } from 'vitest';
import data from '../../src/core/lexicon/rankLookalikes.json';

describe('rankLookalikes.json (words read past before a 第N is asked whether it ranks)', () => {
  it('lists each word once, and each holds one of the single-character ranking verbs 排, 列, 居', () => {
    expect(new Set(data.words).size).toBe(data.words.length);
    for (const w of data.words) expect(w, w).toMatch(/[排列居]/);
  });

  it('holds no ranking word of two characters, which reading past the word would lose', () => {
    for (const w of data.words) expect(w, w).not.toMatch(/位列|排名|跃居|稳居|位居|并列/);
    // No word inside another: the longer would never be reached, or the shorter would cut it.
    for (const a of data.words) for (const b of data.words) if (a !== b) expect(b.includes(a), `${a} in ${b}`).toBe(false);
  });
});
