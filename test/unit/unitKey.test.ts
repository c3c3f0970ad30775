/**
 * 度 and 千瓦时 are one quantity: reports from the 1950s to the 1990s (and some today) write 亿度 where others write
 * 亿千瓦时. Each figure keeps the unit as written; the cross-report views compare through unitKey.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport, crossReportSeries } from '../../src/core';
import { buildSeriesTable } from '../../src/core/workspace/seriesTable';
import { indexReport } from '../../src/core/workspace/indexedReport';
import { sameUnit, unitKey } from '../../src/core/workspace/unitKey';
import { readCorpus } from '../support/corpus';

/** Two national reports a year apart: the first writes last year's output in 度, the second in 千瓦时. */
const report = (year: number, body: string): string =>
  `政府工作报告\n——${year}年3月5日在第十三届全国人民代表大会会议上\n各位代表：\n一、${year - 1}年工作回顾\n${body}\n二、${year}年工作任务\n发电量达到7.2万亿千瓦时左右。\n`;

describe('unitKey: one quantity written two ways', () => {
  it('keeps 度 as written on the figure (national 1980: 发电量…3，120亿度) and compares it with 千瓦时', () => {
    const power = analyzeReport(readCorpus('national/1980.txt')).indicators.find((i) => i.text.endsWith('亿度'));
    expect(power?.unit).toBe('度');
    expect(unitKey('度')).toBe('千瓦时');
    expect(sameUnit(power?.unit ?? null, '千瓦时')).toBe(true);
    expect(sameUnit('千瓦时', '千瓦')).toBe(false);
    expect(sameUnit(null, null)).toBe(true);
    expect(unitKey('元')).toBe('元');
  });

  it('puts 度 and 千瓦时 figures of one indicator on one series line', () => {
    const reports = [
      indexReport('file:///2019.txt', report(2019, '全年发电量6.8万亿度。')),
      indexReport('file:///2020.txt', report(2020, '全年发电量7.3万亿千瓦时。')),
    ].filter((r) => r !== null);
    expect(reports).toHaveLength(2);
    const key = reports[1]!.indicators.find((i) => i.text === '7.3万亿千瓦时')?.groupKey;
    expect(key).toBeTruthy();
    const rows = crossReportSeries(reports, reports[1]!.meta, key!, '千瓦时');
    expect(rows.map((r) => [r.year, r.actual?.indicator.text ?? null])).toEqual(
      expect.arrayContaining([
        [2018, '6.8万亿度'],
        [2019, '7.3万亿千瓦时'],
      ]),
    );
    // One series of the indicator in the table, not one per way of writing its unit.
    const table = buildSeriesTable(reports);
    expect(table.places).toHaveLength(1);
    expect(table.places[0]!.indicators.filter((s) => s.groupKey === key).map((s) => s.unit)).toEqual(['千瓦时']);
  });
});
