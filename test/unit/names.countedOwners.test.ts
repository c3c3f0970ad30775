/**
 * A count of events or visitors owns the measures listed after it (lexicon/carriedMeasures.ts COUNTED_OWNERS, names.ts
 * ownersMeasures): 生产安全事故起数、死亡人数 — the deaths are the accidents' (every dev label writes 生产安全事故死亡人数,
 * 道路交通事故死亡人数; an audit of unseen text, names42: 河北 2025 named the deaths 死亡人数 alone), 国内游客人次、总花费 —
 * the spending is the visitors'.
 */
import { describe, expect, it } from 'vitest';
import { COUNTED_OWNED, COUNTED_OWNERS } from '../../src/core/lexicon/carriedMeasures';
import { FIVE_YEAR_REVIEW, namesOf } from '../support/names';

describe('the deaths of accidents counted before them', () => {
  it('names the deaths with the accidents (江西, 浙江 2026)', () => {
    expect(namesOf('生产安全事故起数、死亡人数分别下降9.62%、10.47%。', ['9.62%', '10.47%'])).toEqual(['生产安全事故起数', '生产安全事故死亡人数']);
    expect(namesOf('生产安全事故起数和死亡人数分别下降49.9%、45%，道路交通事故起数和死亡人数分别下降1.8%、31.3%。', ['45%', '1.8%', '31.3%'], FIVE_YEAR_REVIEW)).toEqual([
      '生产安全事故死亡人数',
      '道路交通事故起数',
      '道路交通事故死亡人数',
    ]);
  });
});

describe('the spending of visitors counted before it', () => {
  it('names the spending with the visitors (陕西, 湖南 2026)', () => {
    expect(namesOf('入境游客增长1倍，国内游客人次、总花费增长5.6％、7.5％。', ['5.6％', '7.5％'])).toEqual(['国内游客人次', '国内游客总花费']);
    expect(namesOf('旅发大会带动游客人数和总花费分别增长10.6%、9%。', ['10.6%', '9%'])).toEqual(['旅发大会带动游客人数', '旅发大会带动游客总花费']);
  });

  it('leaves a measure that is no visitors’ own as it was (辽宁 2026 writes the revenue in full)', () => {
    expect(namesOf('接待游客人次和旅游收入分别增长17.6%、16.8%。', ['17.6%', '16.8%'])).toEqual(['接待游客人次', '旅游收入']);
  });
});

describe('the lists', () => {
  it('hold each word once, every owner ending with its two-character count (ownersMeasures cuts two characters)', () => {
    expect(new Set(COUNTED_OWNERS).size).toBe(COUNTED_OWNERS.length);
    expect(new Set(COUNTED_OWNED).size).toBe(COUNTED_OWNED.length);
    for (const owner of COUNTED_OWNERS) expect(owner).toMatch(/^[\u4e00-\u9fff]{2}(?:起数|人次|人数)$/);
  });
});
