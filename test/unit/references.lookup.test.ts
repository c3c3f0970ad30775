/**
 * The lookup structures the link scans read every report's body with (src/core/references/wordTrie.ts, pairSet.ts):
 * they must answer exactly what a plain string search answers, on real report text.
 */
import { describe, expect, it } from 'vitest';
import data from '../../src/core/lexicon/entityTypes.json';
import verbData from '../../src/core/lexicon/verbs.json';
import { PairSet, pairsOf } from '../../src/core/references/pairSet';
import { WordTrie } from '../../src/core/references/wordTrie';
import { SEED, readCorpus } from '../support/corpus';

const lines = readCorpus(SEED).split('\n').filter((l) => l.length > 0);

describe('word trie', () => {
  it('finds the leftmost-longest type words of the seed as a regex alternation sorted longest first does', () => {
    const trie = new WordTrie(data.types);
    const sorted = [...data.types].sort((a, b) => b.length - a.length);
    const alternation = new RegExp(sorted.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
    let compared = 0;
    for (const line of lines) {
      const expected = [...line.matchAll(alternation)].map((m) => [m.index, m[0]]);
      expect(trie.matches(line)).toEqual(expected);
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('finds the same with words of few first characters, which it jumps between by indexOf, as with many', () => {
    // Four first characters (高, 发, 新, 乡): the sparse scan. Overlapping words (高质量 in 高质量发展, 发展 after it) are
    // taken leftmost-longest, as the alternation takes them.
    const words = ['高质量发展', '高质量', '发展', '新质生产力', '乡村振兴', '乡村'];
    const trie = new WordTrie(words);
    const sorted = [...words].sort((a, b) => b.length - a.length);
    const alternation = new RegExp(sorted.join('|'), 'g');
    let compared = 0;
    for (const line of lines) {
      const expected = [...line.matchAll(alternation)].map((m) => [m.index, m[0]]);
      expect(trie.matches(line)).toEqual(expected);
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('finds a one-character word (港) and a word at the very end of a text', () => {
    const trie = new WordTrie(['港', '实验室']);
    expect(trie.matches('太仓港建设姑苏实验室')).toEqual([
      [2, '港'],
      [7, '实验室'],
    ]);
  });
});

describe('pair set', () => {
  it('holds exactly the two-character verbs of the dictionary, at every offset of the seed', () => {
    const verbs = new Set(verbData.verbs.filter((v) => v.length === 2));
    const set = new PairSet(pairsOf(verbs));
    let found = 0;
    for (const line of lines.slice(0, 60)) {
      for (let at = -1; at <= line.length; at++) {
        const expected = at >= 0 && at + 2 <= line.length && verbs.has(line.slice(at, at + 2));
        expect(set.hasAt(line, at)).toBe(expected);
        if (expected) found++;
      }
    }
    expect(found).toBeGreaterThan(100);
  });
});
