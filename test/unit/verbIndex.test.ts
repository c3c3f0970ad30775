import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import verbData from '../../src/core/lexicon/verbs.json';
import { isVerb } from '../../src/core/lexicon/verbs';
import { verbStartsAt } from '../../src/core/indicators/verbIndex';
import { firstVerb } from '../../src/core/indicators/names';
import { CORPUS } from '../support/expectedOutline';

/** The definition the index replaces: a two- or three-character dictionary verb at `at`, by substrings. */
const bySlices = (text: string, at: number): boolean => isVerb(text.slice(at, at + 2)) || isVerb(text.slice(at, at + 3));

describe('verbStartsAt: the dictionary verbs indexed by character codes', () => {
  it('answers as the substring lookups do at every position of two corpus reports', () => {
    let verbs = 0;
    for (const file of ['000_4ff7010d533e2b03.txt', 'national/1982.txt']) {
      const text = readFileSync(join(CORPUS, file), 'utf8');
      for (let at = 0; at + 1 < text.length; at++) {
        const expected = bySlices(text, at);
        expect(verbStartsAt(text, at)).toBe(expected);
        if (expected) verbs++;
      }
    }
    expect(verbs).toBeGreaterThan(1000);
  });

  it('finds every verb of the list alone, after a character, and cut short at the end of the text', () => {
    for (const verb of verbData.verbs) {
      expect(verbStartsAt(verb, 0)).toBe(true);
      expect(verbStartsAt(`的${verb}`, 1)).toBe(true);
      // The last character cut off: a three-character verb is then found only if its first two are a verb too.
      const cut = verb.slice(0, 2);
      expect(verbStartsAt(cut, 0)).toBe(isVerb(cut));
    }
  });

  it('gives firstVerb the positions the substring scan gave, on 16-character windows of the seed (nameAfter’s size)', () => {
    const text = readFileSync(join(CORPUS, '000_4ff7010d533e2b03.txt'), 'utf8');
    for (let at = 0; at + 16 < text.length; at += 11) {
      const window = text.slice(at, at + 16);
      let expected = -1;
      for (let i = 2; i + 1 < window.length && expected < 0; i++) if (bySlices(window, i)) expected = i;
      expect(firstVerb(window, 2)).toBe(expected);
    }
  });
});
