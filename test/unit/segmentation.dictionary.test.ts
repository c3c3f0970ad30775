/** The small dictionary the editor groups indicator names with (src/node/jiebaSegmenter.ts, `dictionary`). */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReport, regroupIndicators } from '../../src/core';
import { allTerms } from '../../src/core/lexicon';
import { JiebaSegmenter } from '../../src/node/jiebaSegmenter';
import { readCorpus, SEED } from '../support/corpus';

const SMALL = join(dirname(createRequire(__filename).resolve('nodejieba/package.json')), 'submodules', 'cppjieba', 'test', 'testdata', 'extra_dict', 'jieba.dict.small.utf8');

describe('the small jieba dictionary', () => {
  it('groups the seed’s mentions of one indicator as the full dictionary does, reordered names included', () => {
    const small = new JiebaSegmenter();
    small.configure({ words: allTerms(), dictionary: SMALL });
    const text = ['各位代表：', '', '一、2020年工作回顾', '', '农村公路养护里程达到1200公里。', '', '二、2021年主要工作', '', '养护农村公路里程1500公里以上。'].join('\n');
    const [a, b] = regroupIndicators(analyzeReport(text).indicators, small);
    expect(small.backend).toBe('nodejieba');
    expect(a?.groupKey).toBe(b?.groupKey);
    const full = new JiebaSegmenter();
    full.configure({ words: allTerms() });
    const seed = analyzeReport(readCorpus(SEED)).indicators;
    const pairs = (keys: (string | undefined)[]): number => keys.reduce((n, k, i) => n + keys.slice(i + 1).filter((o) => k !== undefined && o === k).length, 0);
    expect(pairs(regroupIndicators(seed, small).map((i) => i.groupKey))).toBe(pairs(regroupIndicators(seed, full).map((i) => i.groupKey)));
  }, 30_000);

  it('falls back to nodejieba’s own dictionary when the small one is not there', () => {
    const segmenter = new JiebaSegmenter();
    segmenter.configure({ dictionary: join(SMALL, '..', 'no-such-dictionary.utf8') });
    expect(segmenter.cut('地区生产总值增长6.1%').join('')).toBe('地区生产总值增长6.1%');
    expect(segmenter.backend).toBe('nodejieba');
  });
});
