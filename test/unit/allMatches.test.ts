import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allMatches } from '../../src/core/text/allMatches';
import { PLAN } from '../../src/core/indicators/timeScope';
import { CORPUS } from '../support/expectedOutline';

/** What allMatches must equal: matchAll's matches, as plain arrays with their index and groups. */
const viaMatchAll = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => ({ all: [...m], index: m.index, groups: m.groups }));
const viaAllMatches = (re: RegExp, s: string) => allMatches(re, s).map((m) => ({ all: [...m], index: m.index, groups: m.groups }));

describe('allMatches: matchAll without a regex clone per call', () => {
  const lines = ['000_4ff7010d533e2b03.txt', 'national/1982.txt'].flatMap((f) => readFileSync(join(CORPUS, f), 'utf8').split('\n'));

  it('lists the matches matchAll lists, on every line of two corpus reports, for the time rules’ patterns', () => {
    const patterns = [PLAN, /((?:19|20)\d{2})年?\s*[—\-–~至到]\s*((?:19|20)\d{2})年(?!底|末)/g, /(?<year>(?:19|20)\d{2})年/g, /今年|去年/g, /[，,。]/g];
    let found = 0;
    for (const line of lines) {
      for (const re of patterns) {
        expect(viaAllMatches(re, line)).toEqual(viaMatchAll(re, line));
        found += allMatches(re, line).length;
      }
    }
    expect(found).toBeGreaterThan(500);
  });

  it('steps over empty matches as matchAll does, by a code point under the u flag', () => {
    const s = '“十四五”时期𠀀增长6.1%';
    for (const re of [/(?=年)|/g, /\d*/g, /(?:)/gu, /.??/gu]) expect(viaAllMatches(re, s)).toEqual(viaMatchAll(re, s));
  });

  it('reads the whole text whatever a shared regex’s lastIndex, and leaves lastIndex as it was', () => {
    const re = /\d+/g;
    const s = '增长6.1%，达到2万亿元，建成139.6公里';
    const whole = viaMatchAll(re, s);
    // A stray exec() elsewhere left the shared regex mid-way: matchAll would start there and skip 6 and 1.
    re.lastIndex = 5;
    expect(viaAllMatches(re, s)).toEqual(whole);
    expect(re.lastIndex).toBe(5);
    re.lastIndex = 0;
    // The same regex used again inside the loop over its matches: the list is complete.
    const nested = allMatches(re, s).map((m) => allMatches(re, s.slice(m.index)).length);
    expect(nested).toEqual([5, 4, 3, 2, 1]);
  });

  it('throws on a regex without g, as matchAll does', () => {
    expect(() => allMatches(/年/, '今年')).toThrow(TypeError);
    expect(() => '今年'.matchAll(/年/)).toThrow(TypeError);
  });
});
