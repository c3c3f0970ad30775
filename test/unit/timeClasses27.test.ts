import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { Indicator } from '../../src/core';

/**
 * Period classes of session 32 (period35), on real report text: the dev corpus's national 2011 and 1955 (unlabelled,
 * period34's sample; its sheet is in the outside scratch notes).
 */
const corpus = (name: string): string => readFileSync(join(__dirname, '../fixtures/corpus/national', name), 'utf8');
const onLine = (figures: readonly Indicator[], line: number, text: string): Indicator | undefined =>
  figures.find((f) => f.range.start.line === line && f.text === text);

describe('the parts a total is split into, in the paragraph after it, are of the total\'s time', () => {
  it('national 2011: 保障性安居工程…投资占43.7%… after 实施两年新增4万亿元的投资计划 are 2009-2010, not the five years reviewed', () => {
    const figures = analyzeReport(corpus('2011.txt'), { fileName: 'national/2011.txt' }).indicators;
    expect(onLine(figures, 42, '4万亿元')?.period).toBe('2009-2010');
    for (const share of ['43.7%', '15.3%', '23.6%', '14.8%']) expect(onLine(figures, 44, share)).toMatchObject({ status: 'actual', period: '2009-2010' });
  });

  it('national 1955: 五年基本建设的投资…是这样分配的： and the parts listed after it are the plan\'s five years', () => {
    const figures = analyzeReport(corpus('1955.txt'), { fileName: 'national/1955.txt' }).indicators;
    expect(onLine(figures, 62, '四百二十七亿四千万元')).toMatchObject({ status: 'target', period: '1953-1957' });
    expect(onLine(figures, 64, '二百四十八亿五千万元')).toMatchObject({ status: 'target', period: '1953-1957' });
    expect(onLine(figures, 64, '百分之五十八点二')).toMatchObject({ status: 'target', period: '1953-1957' });
    expect(onLine(figures, 76, '四亿六千万元')).toMatchObject({ status: 'target', period: '1953-1957' });
    expect(onLine(figures, 76, '百分之一点一')).toMatchObject({ status: 'target', period: '1953-1957' });
  });

});
