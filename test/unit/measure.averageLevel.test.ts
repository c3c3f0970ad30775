/**
 * 城镇新增就业人数年均超过46万人 (辽宁 2026, dev): a level averaged over a plan's years. A sixth trial's card showed no
 * measure, so 46万人 over 2021-2025 read as five years' total; 年均 is the measure, as 年均增长 is for a growth.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { buildCard } from '../../src/core/indicators/card';
import { readCorpus } from '../support/corpus';

describe('a level averaged over the years (年均 + figure)', () => {
  it('is measured 年均, shown on the card as average annual', () => {
    const model = analyzeReport(readCorpus('local/辽宁省-2026.txt'));
    const jobs = model.indicators.find((i) => i.text === '46万人' && i.name === '城镇新增就业人数')!;
    expect(jobs.measure).toBe('年均');
    expect(jobs.period).toBe('2021-2025');
    const card = buildCard(model, jobs, { lang: 'en', segmenterAvailable: true });
    expect(card.rows.find((r) => r.key === 'measure')?.value).toBe('年均 (average annual)');
  });
});
