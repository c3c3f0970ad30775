/**
 * The word lists of the data files under src/core (JSON: lexicon, names, links, outline): each list holds a word once.
 * A word written twice says the list's rule twice, and the second copy is where the two drift apart when one is edited
 * (entityTypes.json genericModifiers held 专项 twice).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import nameWords from '../../src/core/lexicon/nameWords.json';
import { ALL_PEOPLE, MORE_PEOPLE } from '../../src/core/numbers/groupNouns';

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? jsonFiles(path) : path.endsWith('.json') ? [path] : [];
  });
}

/** Every list of strings that is the value of a key, anywhere in the file (a list of pairs is no word list). */
function wordLists(value: unknown, path: string, out: Array<{ path: string; words: string[] }>): void {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) if (!Array.isArray(item)) wordLists(item, `${path}[${i}]`, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (Array.isArray(item) && item.length > 0 && item.every((w) => typeof w === 'string')) out.push({ path: `${path}.${key}`, words: item as string[] });
      else wordLists(item, `${path}.${key}`, out);
    }
  }
}

describe('the data files’ word lists', () => {
  it('hold each word once', () => {
    const lists: Array<{ path: string; words: string[] }> = [];
    for (const file of jsonFiles('src/core')) wordLists(JSON.parse(readFileSync(file, 'utf8')), file, lists);
    expect(lists.length).toBeGreaterThan(50); // the walk reaches the lists
    const twice = lists.flatMap(({ path, words }) => words.filter((w, i) => words.indexOf(w) !== i).map((w) => `${path}: ${w}`));
    expect(twice).toEqual([]);
  });
});

describe('the people nouns', () => {
  it('groupNouns.ts MORE_PEOPLE lists only groups beyond the lexicon’s people nouns (侨民 and 华侨 were in both)', () => {
    const people = new Set<string>(nameWords.people);
    expect(MORE_PEOPLE.filter((w) => people.has(w))).toEqual([]);
    expect(new Set(ALL_PEOPLE).size).toBe(ALL_PEOPLE.length);
  });
});
