/**
 * Whether a name counts a part of what a lexicon entry counts: it holds a scope word (scopeQualifiers.json — a
 * population or area, a level of government, a budget item) that none of the entry's own terms holds. The lexicon's
 * suffix lookup finds 居民人均可支配收入 in 乡村居民人均可支配收入, 城市居民… and 贫困地区人均可支配收入, and
 * 财政支出 in 中央财政支出 and 民生财政支出: right for a definition (the card's “related” row), wrong for grouping the
 * figures of several reports, where a trial user saw 保定's rural income of 2020 (1.7万元) on one line with the urban
 * income of 2009 (13555元) and national 2025's 一般公共预算支出 29.7万亿元 with 中央财政's education items (42.7亿元).
 * An entry named with the word keeps it (城镇累计新增就业 is 城镇新增就业; 年末城镇调查失业率 is 城镇调查失业率).
 */
import words from './scopeQualifiers.json';
import type { LexiconEntry } from './index';

/** Every scope word, longest first. */
export const SCOPE_WORDS: readonly string[] = [...words.population, ...words.area, ...words.government, ...words.item, ...words.sector].sort((a, b) => b.length - a.length);

/**
 * Whether `name` holds a scope word, starting before the entry's own term it ends with, that none of the entry's terms
 * holds (人均国民生产总值 holds 民生 only inside 国民生产总值, one of the entry's terms). A word may run on into the term:
 * 轻工业总产值 is 轻 before 工业总产值, and its scope word 轻工业 starts before it (national 1980, outside; 1982, dev —
 * light and heavy industry's growth joined 工业总产值's row).
 */
export function narrowsScope(name: string, entry: Pick<LexiconEntry, 'name' | 'synonyms'>): boolean {
  const terms = [entry.name, ...entry.synonyms];
  const term = terms.filter((t) => name.endsWith(t)).sort((a, b) => b.length - a.length)[0];
  const rest = term === undefined ? name : name.slice(0, name.length - term.length);
  for (const word of SCOPE_WORDS) {
    const at = name.indexOf(word);
    if (at >= 0 && at < rest.length && !terms.some((t) => t.includes(word))) return true;
  }
  return false;
}
