/**
 * The names rules' word lists are data (src/core/lexicon/nameWords.json): each list is unique and holds words only,
 * the people lists nest as the rules assume, and the patterns built from them try a longer word before a shorter
 * one it starts with.
 */
import { describe, expect, it } from 'vitest';
import data from '../../src/core/lexicon/nameWords.json';
import { alternation } from '../../src/core/lexicon/nameWords';
import { stripRankContext } from '../../src/core/indicators/names';

const LISTS = ['leadingWords', 'actionVerbs', 'wordStarts', 'people', 'households', 'population', 'countedPeople', 'negations', 'neverNames', 'predicateOpeners', 'countedHeads', 'perHeadQuantities', 'fundVerbs', 'fundHeads', 'fundKinds', 'endPredicates', 'facilityHeads', 'timeEnds', 'timeEvents', 'grades', 'classAttributes', 'countVerbs', 'conditionAttributes', 'innerAdverbs', 'adverbHosts', 'genericCounted', 'countPredicates', 'peoplePredicates', 'benefitVerbs', 'benefitAdverbs', 'lightPredicates', 'peopleAttributes', 'frameVerbs', 'frameAgents', 'programmeParts', 'measureParts', 'issueVerbs', 'rankVerbs', 'rankCharacters'] as const;

describe('name word lists (nameWords.json)', () => {
  it.each(LISTS)('%s is unique and holds Han words of one to six characters', (key) => {
    const list: readonly string[] = data[key];
    expect(list.length).toBeGreaterThan(0);
    expect(new Set(list).size, `duplicates in ${key}`).toBe(list.length);
    for (const w of list) expect(w, key).toMatch(/^[\u4e00-\u9fff]{1,6}$/);
  });

  it('nests the people lists as the rules assume: population and counted people are people (or households), households are not people', () => {
    const people = new Set(data.people);
    const households = new Set(data.households);
    for (const w of data.population) expect(people.has(w), w).toBe(true);
    for (const w of data.countedPeople) expect(people.has(w) || households.has(w), w).toBe(true);
    for (const w of data.households) expect(people.has(w), w).toBe(false);
  });

  it('never lists a word that must not be cut (wordStarts) as a word to strip (leadingWords)', () => {
    const leading = new Set(data.leadingWords);
    for (const w of data.wordStarts) expect(leading.has(w), w).toBe(false);
  });

  it('never lists an inner adverb that is itself a word kept whole (wordStarts), and hosts are single characters', () => {
    const starts = new Set(data.wordStarts);
    for (const w of data.innerAdverbs) expect(starts.has(w), w).toBe(false);
    for (const h of data.adverbHosts) expect(h, 'adverbHosts').toMatch(/^[\u4e00-\u9fff]$/);
  });

  it('builds alternations that try 新开工改造 before 新开工, so a longer word is never cut by a shorter one', () => {
    const re = new RegExp(`^(?:${alternation(data.leadingWords)})`);
    expect(re.exec('新开工改造老旧小区')?.[0]).toBe('新开工改造');
    expect(re.exec('新开工项目')?.[0]).toBe('新开工');
    expect(alternation(['a.b', 'a'])).toBe('a\\.b|a');
  });
});

describe('rank verbs (rankVerbs, rankCharacters)', () => {
  it('are unique Han words, two lists that share none, the one-character verbs single characters', () => {
    expect(new Set([...data.rankVerbs, ...data.rankCharacters]).size).toBe(data.rankVerbs.length + data.rankCharacters.length);
    for (const w of data.rankVerbs) expect(w).toMatch(/^[\u4e00-\u9fff]{2,3}$/);
    for (const w of data.rankCharacters) expect(w).toMatch(/^[\u4e00-\u9fff]$/);
  });

  it('every rank verb is read alike at a name’s end: 经济总量连续三年位居全省 and 排在全省 both leave 经济总量', () => {
    for (const v of [...data.rankVerbs, ...data.rankCharacters]) expect(stripRankContext(`经济总量连续三年${v}全省`), v).toBe('经济总量');
    // Before a group of its own too (增速连续三年位居珠三角第一 — 广东, outside: rankGroups.ts).
    for (const v of [...data.rankVerbs, ...data.rankCharacters]) expect(stripRankContext(`增速${v}珠三角`), v).toBe('增速');
  });
});
