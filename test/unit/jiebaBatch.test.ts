/**
 * The group keys' names are segmented in one jieba call per report (JiebaSegmenter.cutForSearchMany, perf40): the
 * batch must give exactly the words cutForSearch gives name by name, or the figures' groups would move. perf40 checked
 * every name of 40 free src32 texts (outside ../shared/corpus; 2,579 names, none differing); these check dev reports.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { Segmenter } from '../../src/core';
import { JiebaSegmenter } from '../../src/node/jiebaSegmenter';

const corpus = join(__dirname, '../fixtures/corpus');
const segmenter = new JiebaSegmenter();

/** The texts a report's figures ask a segmenter to cut, in the order asked. */
function namesAsked(text: string): string[] {
  const asked = new Set<string>();
  const record = (t: string): string[] => {
    asked.add(t);
    return [t];
  };
  const recorder: Segmenter = { cut: record, cutForSearch: record };
  void analyzeReport(text, { segmenter: recorder }).indicators.length;
  return [...asked];
}

describe('cutForSearchMany', () => {
  for (const file of ['national/2018.txt', 'local/hebei-2021.txt', 'national/2016.txt']) {
    it(`gives each name of ${file} the words cutForSearch gives it alone`, () => {
      const names = namesAsked(readFileSync(join(corpus, file), 'utf8'));
      expect(names.length).toBeGreaterThan(50);
      expect(segmenter.cutForSearchMany(names)).toEqual(names.map((n) => segmenter.cutForSearch(n)));
    });
  }

  it('cuts one by one texts that hold a line break or are empty (the separator would be lost)', () => {
    const texts = ['农村公路\n里程', '', '城镇新增就业'];
    expect(segmenter.cutForSearchMany(texts)).toEqual(texts.map((t) => segmenter.cutForSearch(t)));
  });

  it('keys a report\'s figures as the per-name segmenter does (without cutForSearchMany)', () => {
    const text = readFileSync(join(corpus, 'national/2018.txt'), 'utf8');
    const one: Segmenter = { cut: (t) => segmenter.cut(t), cutForSearch: (t) => segmenter.cutForSearch(t) };
    const keys = (s: Segmenter): (string | undefined)[] => analyzeReport(text, { segmenter: s }).indicators.map((i) => i.groupKey);
    expect(keys(segmenter)).toEqual(keys(one));
  });
});
