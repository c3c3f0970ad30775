/**
 * The two silk roads are said as a pair (丝绸之路经济带和21世纪海上丝绸之路): the first is a name by its 经济带, the second
 * has no type word and is a known name of the national report (entityTypes.json knownNames), so that both of the pair's
 * repeats link, not the first alone. national 2015 (dev corpus, no links labels) lines 60 → 134; national 2014 (outside
 * ../shared/corpus, free) says the pair twice too (lines 30 → 138).
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { readCorpus } from '../support/corpus';

describe('丝绸之路经济带 and 21世纪海上丝绸之路', () => {
  it('national 2015: both of the pair said again link to their first mention', () => {
    const refs = analyzeReport(readCorpus('national/2015.txt')).references.filter((r) => r.kind === 'entity');
    const said = refs.filter((r) => r.from.text.includes('丝绸之路')).map((r) => `L${r.from.range.start.line} ${r.from.text} → L${r.to.range.start.line}`);
    expect(said).toEqual(['L133 丝绸之路经济带 → L59', 'L133 21世纪海上丝绸之路 → L59']);
  });
});
