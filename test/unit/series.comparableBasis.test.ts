/**
 * A figure restated on the comparable basis (增长1.7%（同口径增长2.5%以上）) judges last year's target by the
 * restatement (links33, trial21's open item: 湖南 2025's 地方一般公共预算收入增长2.5% was judged missed on the 1.7 % though
 * the 2026 review itself compares like with like and reaches 2.5 %以上). 甘肃 2025 (outside) sets its revenue target on that
 * basis too: 一般公共预算收入同口径增长5.5%左右. The review is the dev corpus's 湖南 2026; last year's report is a
 * two-line stand-in holding only the target.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport, indexReport } from '../../src/core';
import type { IndexedReport } from '../../src/core';
import { buildTargetsTable } from '../../src/core/export';
import { counterparts } from '../../src/core/indicators/counterpart';
import { crossReportSeries } from '../../src/core/workspace/series';
import { readCorpus } from '../support/corpus';

const text = readCorpus('local/湖南省-2026.txt');
const current = indexReport('file:///ws/湖南省_2026_report.txt', text, { fileName: '湖南省_2026_report.txt' }) as IndexedReport;
const previous = indexReport('file:///ws/湖南省_2025_report.txt', '2025年湖南省政府工作报告\n各位代表：\n二、关于2025年工作\n今年经济社会发展主要预期目标是：地区生产总值增长5.5%左右，地方一般公共预算收入增长2.5%。\n', {
  fileName: '湖南省_2025_report.txt',
}) as IndexedReport;

describe('a growth restated on the comparable basis', () => {
  it('is marked where the figures are read, and the plain figure before it is not', () => {
    const line = text.split('\n').findIndex((l) => l.includes('同口径增长2.5%以上'));
    const onLine = current.indicators.filter((i) => i.range.start.line === line && i.groupKey === 'lexicon:general_budget_revenue' && i.kind === 'growth');
    expect(onLine.map((i) => [i.text, i.comparableBasis === true])).toEqual([
      ['1.7%', false],
      ['2.5%', true],
    ]);
  });

  it('judges last year’s target in the Targets table, which still shows the figure the card and the link show', () => {
    const table = buildTargetsTable(current, previous, undefined, counterparts(analyzeReport(text).pairs));
    const row = table?.rows.find((r) => r.lastTarget?.indicator.groupKey === 'lexicon:general_budget_revenue');
    expect(row?.lastTarget?.indicator.text).toBe('2.5%');
    expect(row?.lastActual?.indicator.text).toBe('1.7%');
    expect(row?.outcome).toBe('met');
    // A figure with no restatement is judged as before: GDP 4.8% misses 5.5%左右.
    expect(table?.rows.find((r) => r.lastTarget?.indicator.groupKey === 'lexicon:grp')?.outcome).toBe('missed');
  });

  it('stands for the year in the series, so that the card’s row of years agrees', () => {
    const target = previous.indicators.find((i) => i.text === '2.5%');
    expect(target?.status).toBe('target');
    const row = crossReportSeries([previous, current], previous.meta, 'lexicon:general_budget_revenue', '%', target).find((r) => r.year === 2025);
    expect(row?.actual?.indicator.text).toBe('2.5%');
    expect(row?.outcome).toBe('met');
  });
});
