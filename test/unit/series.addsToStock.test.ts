/**
 * A target said as the year's additions to a stock (全年新增高新技术企业70家) is judged only by another year's additions,
 * never by the stock (高新技术企业达到1850家). A trial user (session 21) saw “✓ met · 2024 target 70家, actual 1850家” on
 * 保定市's 2025 report; the same class holds in 高阳县 2017/2018 (新增先进无梭织机1000台以上 ↔ 达到7200余台、新增2000多台)
 * and 河北省 (新增…60家以上 ↔ the stock). The sentences below are those reports' own (Hebei archive, outside text).
 */
import { describe, expect, it } from 'vitest';
import { crossReportSeries, indexReport } from '../../src/core';
import { buildSeriesTable } from '../../src/core/workspace/seriesTable';
import type { IndexedReport } from '../../src/core';

const report = (year: number, body: string): IndexedReport =>
  indexReport(`file:///ws/保定市_${year}_report.txt`, `${year}年保定市政府工作报告\n各位代表：\n${body}\n`, { fileName: `保定市_${year}_report.txt` })!;

describe('additions to a stock in a row of years', () => {
  const reports = [
    report(2024, '二、2024年工作安排\n全年新增高新技术企业70家、科技型中小企业300家。'),
    report(2025, '一、2024年工作回顾\n创新型中小企业达到262家，市级以上科技研发平台达到601家，高新技术企业达到1850家。'),
  ];

  it('never sets a target of additions beside the stock the next report gives', () => {
    const target = reports[0]!.indicators.find((i) => i.text === '70家')!;
    expect(target).toMatchObject({ measure: '新增', status: 'target' });
    // The card of the target: the row of additions, where the next report gives none (not reported, no verdict).
    const ofTarget = crossReportSeries(reports, reports[0]!.meta, target.groupKey!, '家', target).find((r) => r.year === 2024);
    expect(ofTarget?.target?.indicator.text).toBe('70家');
    expect(ofTarget?.actual).toBeUndefined();
    expect(ofTarget?.outcome).toBe('not reported');
    // The card of the stock, and a chart (no figure): the row of the stock, without the additions.
    const stock = reports[1]!.indicators.find((i) => i.text === '1850家')!;
    for (const like of [stock, undefined]) {
      const row = crossReportSeries(reports, reports[0]!.meta, target.groupKey!, '家', like).find((r) => r.year === 2024);
      expect(row?.actual?.indicator.text).toBe('1850家');
      expect(row?.target).toBeUndefined();
      expect(row?.outcome).toBeNull();
    }
  });

  it('judges additions by additions, preferring them over the stock said beside them', () => {
    const looms = [
      indexReport('file:///ws/高阳县_2017_report.txt', '2017年高阳县政府工作报告\n各位代表：\n二、2017年工作安排\n全年新增先进无梭织机1000台以上，淘汰落后织机2000台以上。\n', { fileName: '高阳县_2017_report.txt' })!,
      indexReport('file:///ws/高阳县_2018_report.txt', '2018年高阳县政府工作报告\n各位代表：\n一、2017年工作回顾\n全县先进无梭织机达到7200余台，新增2000多台。\n', { fileName: '高阳县_2018_report.txt' })!,
    ];
    const target = looms[0]!.indicators.find((i) => i.text === '1000台')!;
    expect(target.measure).toBe('新增');
    // The card of the target: the row of additions.
    const row = crossReportSeries(looms, looms[0]!.meta, target.groupKey!, '台', target).find((r) => r.year === 2017);
    expect(row?.actual?.indicator.text).toBe('2000多台');
    expect(row?.outcome).toBe('met');
    // A chart draws the stock the reports give: 7200余台, with no target of additions beside it.
    const chart = crossReportSeries(looms, looms[0]!.meta, target.groupKey!, '台').find((r) => r.year === 2017);
    expect(chart?.actual?.indicator.text).toBe('7200余台');
    expect(chart?.target).toBeUndefined();
  });

  it('lists the additions beside the stock as a series of their own in a folder’s table (govreport series)', () => {
    const years = [
      report(2023, '一、2022年工作回顾\n新增挂牌上市企业15家、达到96家。\n二、2023年工作安排\n全年新增上市企业10家。'),
      report(2024, '一、2023年工作回顾\n新增上市企业12家、达到108家。'),
    ];
    const [place] = buildSeriesTable(years).places;
    const series = place?.indicators.filter((s) => s.groupKey === 'lexicon:listed_companies') ?? [];
    expect(series.map((s) => s.name.endsWith('（新增）'))).toEqual([false, true]);
    const text = (i: number) => series[i]!.entries.map((e) => `${e.year}:${e.actual?.indicator.text ?? ''}/${e.target?.indicator.text ?? ''}:${e.outcome}`);
    expect(text(0)).toEqual(['2022:96家/:null', '2023:108家/:null']);
    expect(text(1)).toEqual(['2022:15家/:null', '2023:12家/10家:met']);
  });

  it('reads a name that only opens with 新 as any stock, and a flow whose name says 新增 as its own additions', () => {
    // 湖南 2026 (dev): “新增上市公司5家、新三板挂牌企业9家”; the next review gives the stock. 新三板 is a board, not an
    // addition: the target of additions is not met by 210家 in all. 城镇新增就业 is a flow every year: judged as before.
    const hunan = (year: number, body: string): IndexedReport =>
      indexReport(`file:///ws/湖南省_${year}_report.txt`, `${year}年湖南省政府工作报告\n各位代表：\n${body}\n`, { fileName: `湖南省_${year}_report.txt` })!;
    const reports = [
      hunan(2025, '二、2025年工作安排\n全年新增上市公司5家、新三板挂牌企业9家。城镇新增就业70万人以上。'),
      hunan(2026, '一、2025年工作回顾\n全省上市公司达到150家，新三板挂牌企业达到210家。城镇新增就业75万人。'),
    ];
    const target = reports[0]!.indicators.find((i) => i.text === '9家')!;
    expect(target).toMatchObject({ name: '新三板挂牌企业', measure: '新增', status: 'target' });
    // The card of the target: the row of additions, where the next report gives none.
    const ofTarget = crossReportSeries(reports, reports[0]!.meta, target.groupKey!, '家', target).find((r) => r.year === 2025);
    expect(ofTarget?.actual).toBeUndefined();
    expect(ofTarget?.outcome).toBe('not reported');
    // A chart: the stock, with no target of additions beside it (it drew 9家 “met” by 210家).
    const chart = crossReportSeries(reports, reports[0]!.meta, target.groupKey!, '家').find((r) => r.year === 2025);
    expect(chart?.actual?.indicator.text).toBe('210家');
    expect(chart?.target).toBeUndefined();
    const jobsTarget = reports[0]!.indicators.find((i) => i.text === '70万人')!;
    const jobs = crossReportSeries(reports, reports[0]!.meta, jobsTarget.groupKey!, '人', jobsTarget).find((r) => r.year === 2025);
    expect(jobs?.actual?.indicator.text).toBe('75万人');
    expect(jobs?.outcome).toBe('met');
  });

  it('reads 新建 as additions (a verb the links read too), judged by additions only', () => {
    // 山西 2026 (outside): this year's “新建智能化煤矿60座”, and its review's stock “智能化煤矿达到400座”.
    const shanxi = (year: number, body: string): IndexedReport =>
      indexReport(`file:///ws/山西省_${year}_report.txt`, `${year}年山西省政府工作报告\n各位代表：\n${body}\n`, { fileName: `山西省_${year}_report.txt` })!;
    const stock = [shanxi(2025, '二、2025年工作安排\n新建智能化煤矿60座。'), shanxi(2026, '一、2025年工作回顾\n智能化煤矿达到400座。')];
    const target = stock[0]!.indicators.find((i) => i.text === '60座')!;
    expect(target).toMatchObject({ name: '智能化煤矿', measure: '新建', status: 'target' });
    // The card of the target: the row of additions, where the next review gives none; a chart: the stock alone.
    const ofTarget = crossReportSeries(stock, stock[0]!.meta, target.groupKey!, '座', target).find((r) => r.year === 2025);
    expect(ofTarget?.actual).toBeUndefined();
    expect(ofTarget?.outcome).toBe('not reported');
    const chart = crossReportSeries(stock, stock[0]!.meta, target.groupKey!, '座').find((r) => r.year === 2025);
    expect(chart?.actual?.indicator.text).toBe('400座');
    expect(chart?.target).toBeUndefined();
    // Built that year as said the same way, the additions are judged.
    const built = [stock[0]!, shanxi(2026, '一、2025年工作回顾\n新建智能化煤矿65座，智能化煤矿达到400座。')];
    const row = crossReportSeries(built, built[0]!.meta, target.groupKey!, '座', target).find((r) => r.year === 2025);
    expect(row?.actual?.indicator.text).toBe('65座');
    expect(row?.outcome).toBe('met');
  });
});
