/**
 * One reading of “counts additions” for the report's own target ↔ actual links and for the rows across reports: a
 * verb of adding before the name (新培育, 新认定, 新引进 …: references/additions.ts), read when the figure is bound, puts
 * a figure without a measure among the year's additions (series.ts addsToStock). A trial (安徽 2025 beside 2026, outside)
 * saw the 2025 target 新培育科技型中小企业3000家以上 stand in the stock's row, apart from 2025's 新增科技型中小企业7227家,
 * and get no verdict. On 安徽 2026 (dev), which says both: 新增科技型中小企业7227家 (2025) and 新培育科技型中小企业
 * 3000家以上 (2026).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { crossReportSeries, indexReport } from '../../src/core';
import { addsToStock } from '../../src/core/workspace/series';
import type { IndexedReport, Indicator } from '../../src/core';
import { readCorpus } from '../support/corpus';

let anhui: IndexedReport;
let national2017: IndexedReport;

beforeAll(() => {
  anhui = indexReport('file:///ws/安徽省-2026.txt', readCorpus('local/安徽省-2026.txt'), { fileName: '安徽省-2026.txt' })!;
  national2017 = indexReport('file:///ws/2017.txt', readCorpus('national/2017.txt'), { fileName: '2017.txt' })!;
}, 120_000);

const figure = (report: IndexedReport, test: (i: Indicator) => boolean): Indicator => {
  const found = report.indicators.find(test);
  if (!found) throw new Error('no such figure');
  return found;
};

describe('a figure counted after a verb of adding', () => {
  it('is among the additions when no measure was read (新培育…3000家以上), as 新增…7227家 is', () => {
    const target = figure(anhui, (i) => i.text === '3000家' && i.status === 'target' && i.name === '科技型中小企业');
    expect(target.measure).toBeNull();
    expect(addsToStock(target)).toBe(true);
    const actual = figure(anhui, (i) => i.text === '7227家');
    expect(addsToStock(actual)).toBe(true);
    expect(target.groupKey).toBe(actual.groupKey);
  });

  it('meets last year’s target said with the other verb: one row, and a verdict', () => {
    // A 2025 report of the same place that set the target with 新培育 (the class of the trial's 安徽 2025; this sentence
    // is written for the test), then 安徽 2026's own review of 2025.
    const last = indexReport('file:///ws/安徽省-2025.txt', '2025年安徽省政府工作报告\n各位代表：\n二、2025年工作安排\n新培育科技型中小企业2500家以上。\n', { fileName: '安徽省-2025.txt' })!;
    const target = figure(last, (i) => i.text === '2500家');
    const rows = crossReportSeries([last, anhui], anhui.meta, target.groupKey!, '家', target);
    const row = rows.find((r) => r.year === 2025);
    expect(row?.target?.indicator.text).toBe('2500家');
    expect(row?.actual?.indicator.text).toBe('7227家');
    expect(row?.outcome).toBe('met');
  });

  it('keeps a measure of its own where one was read: 新开工重大水利工程21项 (national 2017) is a year’s starts, not additions to a stock', () => {
    // (Named with its stage since names72 — keptActions.ts: 新开工重大水利工程, as the dev label has it.)
    const starts = figure(national2017, (i) => i.text === '21项' && i.name === '新开工重大水利工程');
    expect(starts.measure).toBe('新开工');
    expect(addsToStock(starts)).toBe(false);
  });
});
