import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { charSetTest } from '../../src/core/text/charSet';
import { timeWords } from '../../src/core/indicators/timeScope';
import { CORPUS } from '../support/expectedOutline';

// The traditional characters timeWords simplifies (timeScope.ts), as a regex class would test them.
const CHARS = '個計劃規來後間時幹屆會議預標務這過將達現實際內兩們爭確擬歲與較為於當紀業農進';
const CLASS = new RegExp(`[${CHARS}]`);

describe('charSetTest: a table lookup in place of a character class', () => {
  const has = charSetTest(CHARS);
  const lines = ['000_4ff7010d533e2b03.txt', 'national/1982.txt'].flatMap((f) => readFileSync(join(CORPUS, f), 'utf8').split('\n'));

  it('answers as the class does on every line of two corpus reports, and on each line with one character of the set in it', () => {
    expect(lines.length).toBeGreaterThan(100);
    let withChar = 0;
    for (const [i, line] of lines.entries()) {
      expect(has(line)).toBe(CLASS.test(line));
      const c = CHARS[i % CHARS.length] as string;
      const mixed = `${line.slice(0, i % 7)}${c}${line.slice(i % 7)}`;
      expect(has(mixed)).toBe(true);
      withChar += CLASS.test(line) ? 1 : 0;
    }
    // Most lines hold none of the set: the table must say no there, not only yes where the class does.
    expect(withChar).toBeLessThan(lines.length);
  });

  it('reads code units: the empty string, a lone surrogate and an astral character hold none of the set', () => {
    expect(has('')).toBe(false);
    expect(has('\ud800增长')).toBe(false);
    expect(has('𠀀')).toBe(false);
    expect(has('第一個五年計劃')).toBe(true);
  });

  it('leaves timeWords as it was: traditional time words simplified, other text returned as it is', () => {
    expect(timeWords('第一個五年計劃的頭兩年')).toBe('第一个五年计划的頭两年');
    const line = lines.find((l) => l.length > 100) as string;
    expect(timeWords(line)).toBe(line);
  });
});
