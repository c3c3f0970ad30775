/**
 * A clause with a subject and a predicate of its own between the figure before and this one is nearer than that
 * figure: its subject is what this figure measures; a year inside such a clause dates its noun and is no figure.
 * Sentences quoted from dev corpus reports (陕西省 2026, national 1980).
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { FIVE_YEAR_REVIEW, nameOf as nameIn } from '../support/names';

const nameOf = (line: string, written: string): string | null => nameIn(line, written, FIVE_YEAR_REVIEW);

describe('the nearer clause’s subject', () => {
  const line = '“新三样”、集成电路出口增长30.4％、30.1％，机电产品出口占比86％，对中亚五国、东盟进出口分别增长37.2％、19％，全省进出口总值创历史新高，达到5379亿元、增长18.5％。';

  it('names a figure after a clause of its own, not the list figure before that clause (陕西省 2026)', () => {
    expect(nameOf(line, '5379亿元')).toBe('进出口总值');
    expect(nameOf(line, '18.5％')).toBe('进出口总值');
  });

  it('still shares out the list before it', () => {
    expect(nameOf(line, '19％')).toBe('东盟进出口');
  });
});

describe('a year inside the topic clause', () => {
  it('dates the noun the clause names; the clause still names the figures after it (national 1980)', () => {
    const text = '1980年政府工作报告\n一、1979年工作回顾\n基本建设1979年交付使用的固定资产占投资的比重，由上年的74.3％提高到83.7％。\n';
    const names = analyzeReport(text).indicators.filter((i) => i.text === '74.3％' || i.text === '83.7％').map((i) => i.name);
    expect(names).toEqual(['基本建设交付使用的固定资产占投资比重', '基本建设交付使用的固定资产占投资比重']);
  });
});
