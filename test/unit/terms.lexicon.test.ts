import { describe, expect, it } from 'vitest';
import policy from '../../src/core/terms/policyTerms.json';
import stop from '../../src/core/terms/stopWords.json';
import { POLICY_TERMS, isCountableWord, isQuotableTerm, isStopWord } from '../../src/core/terms';

const policyEntries = Object.values(policy.groups as Record<string, string[]>).flat();
const stopEntries = Object.values(stop.groups as Record<string, string[]>).flat();

/** An entry inside another that is a different thing, not a longer way of saying it (see policyTerms.json). */
const ALLOWED_NESTING = new Set([
  '人工智能 ⊂ 人工智能+',
  '智能+ ⊂ 人工智能+',
  '绿水青山 ⊂ 绿水青山就是金山银山',
  '金山银山 ⊂ 绿水青山就是金山银山',
  '新能源 ⊂ 新能源汽车',
  '中国特色社会主义 ⊂ 习近平新时代中国特色社会主义思想',
]);

describe('the term lexicon data', () => {
  it('lists no policy term twice and no stop word twice', () => {
    expect(policyEntries.length).toBeGreaterThan(200);
    expect(new Set(policyEntries).size).toBe(policyEntries.length);
    expect(new Set(stopEntries).size).toBe(stopEntries.length);
  });

  it('has no entry that is both a policy term and a stop word', () => {
    const stopSet = new Set(stopEntries);
    expect(policyEntries.filter((t) => stopSet.has(t))).toEqual([]);
  });

  it('has entries of two or more characters without spaces', () => {
    for (const entry of [...policyEntries, ...stopEntries]) {
      expect(entry.length, entry).toBeGreaterThanOrEqual(2);
      expect(entry, entry).not.toMatch(/\s/u);
    }
  });

  it('has no policy term inside another unless the longer one is a different thing', () => {
    const nested: string[] = [];
    for (const a of policyEntries) for (const b of policyEntries) if (a !== b && b.includes(a)) nested.push(`${a} ⊂ ${b}`);
    expect(nested.filter((pair) => !ALLOWED_NESTING.has(pair))).toEqual([]);
  });

  it('exposes the dictionary and the stop words as loaded from the data files', () => {
    expect([...POLICY_TERMS]).toEqual(policyEntries);
    for (const word of stopEntries) expect(isStopWord(word), word).toBe(true);
    for (const term of policyEntries) expect(isStopWord(term), term).toBe(false);
  });
});

describe('which words count', () => {
  it('counts words of two or more Han characters that are not stop words', () => {
    expect(isCountableWord('营商')).toBe(true);
    expect(isCountableWord('减税降费')).toBe(true);
    expect(isCountableWord('推进')).toBe(false);
    expect(isCountableWord('我们')).toBe(false);
  });

  it('never counts single characters, digits, Latin letters, punctuation or Han numerals', () => {
    for (const word of ['的', '发', '2023', '5.5%', 'GDP', '，', '。”', '——', '三个', '一是', '第二', '十余', '三分之二', '多万户', '亿亩', '百分之']) {
      expect(isCountableWord(word), word).toBe(false);
    }
  });

  it('takes short quoted phrases as terms, but not sentences, numbers or stop words', () => {
    expect(isQuotableTerm('放管服')).toBe(true);
    expect(isQuotableTerm('双随机、一公开')).toBe(true);
    expect(isQuotableTerm('我们要坚持，也要创新')).toBe(false);
    expect(isQuotableTerm('263')).toBe(false);
    expect(isQuotableTerm('我们')).toBe(false);
    expect(isQuotableTerm('一')).toBe(false);
    expect(isQuotableTerm('很长很长很长很长很长很长很长很长的引语')).toBe(false);
  });
});
