import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { charSetIndex, charSetTest } from '../../src/core/text/charSet';
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

describe('charSetIndex: the next character of a set, as a regex class exec from lastIndex finds it', () => {
  // The figure scan's candidate characters (numbers/recognize.ts), as the regex it replaced read them.
  const FIGURE_STARTS = '0123456789〇○零一二两三四五六七八九十百千万亿第前首连翻';
  const next = charSetIndex(FIGURE_STARTS);
  const re = new RegExp(`[${FIGURE_STARTS}]`, 'g');
  const regexNext = (s: string, from: number): number => {
    re.lastIndex = from;
    return re.exec(s)?.index ?? -1;
  };

  it('finds every candidate of two corpus reports where the regex does, from every offset of a line', () => {
    const lines = ['000_4ff7010d533e2b03.txt', 'national/1982.txt'].flatMap((f) => readFileSync(join(CORPUS, f), 'utf8').split('\n'));
    let hops = 0;
    for (const line of lines) {
      for (let at = 0; at <= line.length; at = regexNext(line, at) < 0 ? line.length + 1 : regexNext(line, at) + 1) {
        expect(next(line, at)).toBe(regexNext(line, at));
        hops++;
      }
    }
    expect(hops).toBeGreaterThan(1000);
  });

  it('starts at 0 for a negative offset and says -1 past the end or where none is left', () => {
    const s = '全市地区生产总值增长6.1%';
    expect(next(s, -3)).toBe(regexNext(s, 0));
    expect(next(s, s.length)).toBe(-1);
    expect(next(s, 99)).toBe(-1);
    expect(next('高质量发展', 0)).toBe(-1);
  });
});
