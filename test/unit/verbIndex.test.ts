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

const frequencyOf = new Map(verbData.verbs.map((verb, i) => [verb, verbData.verbFrequency[i] as number]));
const crossing = new Map(Object.entries(verbData.crossingWords));
const nouns = new Set(verbData.verbNouns);

/**
 * The same with the words that outrank it, by substrings: a verb is no word of the text where a noun of three or four
 * characters opens with it, or where a word three times as frequent starts before it and covers its first character.
 */
function asWord(text: string, at: number): boolean {
  if (!bySlices(text, at)) return false;
  if (nouns.has(text.slice(at, at + 3)) || nouns.has(text.slice(at, at + 4))) return false;
  const verbs = [text.slice(at, at + 2), text.slice(at, at + 3)].filter((v) => v.length >= 2 && isVerb(v));
  const frequency = Math.max(...verbs.map((v) => frequencyOf.get(v) as number));
  for (let start = Math.max(0, at - 3); start < at; start++) {
    for (let end = at + 1; end <= start + 4 && end <= text.length; end++) if ((crossing.get(text.slice(start, end)) ?? 0) > 3 * frequency) return false;
  }
  return true;
}

describe('verbStartsAt: the dictionary verbs indexed by character codes', () => {
  it('answers as the substring lookups do at every position of two corpus reports', () => {
    let verbs = 0;
    let outranked = 0;
    for (const file of ['000_4ff7010d533e2b03.txt', 'national/1982.txt']) {
      const text = readFileSync(join(CORPUS, file), 'utf8');
      for (let at = 0; at + 1 < text.length; at++) {
        const expected = asWord(text, at);
        expect(verbStartsAt(text, at)).toBe(expected);
        if (expected) verbs++;
        else if (bySlices(text, at)) outranked++;
      }
    }
    expect(verbs).toBeGreaterThan(1000);
    // The words that outrank a verb are a few in a hundred of its matches, not most of them.
    expect(outranked).toBeGreaterThan(10);
    expect(outranked).toBeLessThan(verbs / 10);
  });

  it('keeps crossing words that are no verbs, each outranking a verb it can cross (the data build-verbs.mjs writes)', () => {
    const verbs = new Set(verbData.verbs);
    expect(verbData.verbFrequency).toHaveLength(verbData.verbs.length);
    for (const [word, seen] of crossing) {
      expect(verbs.has(word)).toBe(false);
      const crossed = verbData.verbs.some((verb, i) => [...word].some((_, k) => k > 0 && (verb.startsWith(word.slice(k)) || word.slice(k).startsWith(verb)) && seen > 3 * (verbData.verbFrequency[i] as number)));
      expect(crossed).toBe(true);
    }
  });

  it('reads no verb inside a more frequent word that crosses it, nor where a noun opens with it', () => {
    // 地下|下水 (河北 archive, outside: 地下水超采), 普通|通高 (dev 广东, 辽宁 2026; 河北 2009, outside).
    expect(verbStartsAt('全县地下水超采综合治理', 3)).toBe(false);
    expect(verbStartsAt('筹集15.07亿元用于资助普通高等学校贫困学生', 13)).toBe(false);
    // 示范县, 制造业: the verb opens a noun (国家全面小康示范县; 17个重点传统制造业 — dev 浙江 2026).
    expect(verbStartsAt('国家全面小康示范县', 6)).toBe(false);
    expect(verbStartsAt('17个重点传统制造业增加值增长5.3%', 7)).toBe(false);
    // Not where the word is only a little more frequent (国有 3482 against 有着 3345): 同我国有着… keeps its verb.
    expect(verbStartsAt('同我国有着贸易和文化联系的国家和地区', 3)).toBe(true);
    // And a verb standing alone in its clause is found as before.
    expect(verbStartsAt('地下水超采量下降', 6)).toBe(true);
  });

  it('finds every verb of the list alone, after a character, and cut short at the end of the text', () => {
    // (Not a city the dictionary lists as a verb, placeVerbs.json: isVerb leaves 保定 and 开封 out, and so does the index.)
    expect(verbStartsAt('保定', 0)).toBe(false);
    expect(verbStartsAt('开封', 0)).toBe(false);
    for (const verb of verbData.verbs.filter((v) => isVerb(v))) {
      expect(verbStartsAt(verb, 0)).toBe(true);
      // (After a mark, not a character that might open a word crossing the verb: 的确 crosses 确保.)
      expect(verbStartsAt(`，${verb}`, 1)).toBe(!nouns.has(verb));
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
      for (let i = 2; i + 1 < window.length && expected < 0; i++) if (asWord(window, i)) expected = i;
      expect(firstVerb(window, 2)).toBe(expected);
    }
  });
});
