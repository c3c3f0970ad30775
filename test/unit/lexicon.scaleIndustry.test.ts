/**
 * 规模工业增加值 is 规模以上工业增加值 (湖南's and 安徽 cities' wording: 规模工业 = enterprises above designated size), not
 * the whole of industry's value added. A user trial (trial19: 湖南 2025 beside 安徽 2025, outside the corpus) saw the
 * card of 湖南's 规模工业增加值增长6.5%以上 name the nearest entry 工业增加值 as its “Related indicator”, so that the
 * chart of 2025 targets across places never set 湖南's 6.5% beside 安徽's 规上工业增加值 7%.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { entryOfGroup, lookupIndicator } from '../../src/core/lexicon';

const idOf = (name: string): string | undefined => lookupIndicator(name)?.id;

describe('规模工业增加值', () => {
  it('is the lexicon’s value added of industry above designated size, as 规上工业增加值 is', () => {
    expect(idOf('规模工业增加值')).toBe('above_scale_industry_va');
    expect(idOf('全省规模工业增加值')).toBe('above_scale_industry_va');
    expect(idOf('工业增加值')).toBe('industry_va');
    expect(idOf('全部工业增加值')).toBe('industry_va');
  });

  it('groups 湖南 2026’s review and target with 规模以上工业增加值 (dev corpus)', () => {
    const model = analyzeReport(readFileSync('test/fixtures/corpus/local/湖南省-2026.txt', 'utf8'));
    const figures = model.indicators.filter((i) => i.name === '规模工业增加值');
    // 其中规模工业增加值增长6.2% (the 2025 review) and 规模工业增加值增长6% (the 2026 targets).
    expect(figures.map((f) => [f.text, f.status])).toEqual(expect.arrayContaining([['6.2%', 'actual'], ['6%', 'target']]));
    for (const f of figures) expect(entryOfGroup(f.groupKey)?.id).toBe('above_scale_industry_va');
  });
});
