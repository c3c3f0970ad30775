/**
 * A target whose indicator no other year gives has a row of its own only; when next year's report is in the folder and
 * no result of it was found there, the card says so as Compare Targets does — trial19 saw the tab say “not found” for
 * 固定资产投资 (天津, 安徽, 湖南 2025 → 2026) and the card say nothing. The rows themselves are shown from two years on.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport, crossReportSeries, indexReport } from '../../src/core';
import { buildCard } from '../../src/core/indicators/card';
import { renderCardMarkdown } from '../../src/core/indicators/cardMarkdown';

// A real province's name: “某省” had a place only as 年某省, the year's 年 taken in (trial34 fixed that: no place starts with 年).
const text = (year: number, body: string): string => `${year}年河北省政府工作报告\n——${year}年1月20日在河北省第十四届人民代表大会第三次会议上\n各位代表：\n${body}\n`;
const t2025 = text(2025, '一、2024年工作回顾\n全年粮食总产量达到600亿斤。\n二、2025年工作安排\n今年主要预期目标是：固定资产投资增长5%左右，粮食总产量稳定在600亿斤以上。');
const t2026 = text(2026, '一、2025年工作回顾\n全年粮食总产量达到610亿斤。');

describe('a target with a row of its own', () => {
  const reports = [indexReport('file:///ws/2025.txt', t2025, { fileName: '2025.txt' })!, indexReport('file:///ws/2026.txt', t2026, { fileName: '2026.txt' })!];
  const model = analyzeReport(t2025);
  const card = (name: string) => {
    const target = model.indicators.find((i) => i.status === 'target' && i.name === name)!;
    expect(target, name).toBeDefined();
    const rows = crossReportSeries(reports, reports[0]!.meta, target.groupKey!, target.unit);
    return { rows, card: buildCard(model, target, { lang: 'en', segmenterAvailable: true, series: rows, uri: 'file:///ws/2025.txt', place: reports[0]!.meta.place }) };
  };

  it('says “not found” in next year’s report, with no table of one row', () => {
    const { rows, card: c } = card('固定资产投资');
    expect(rows).toHaveLength(1);
    expect(c.series).toBeUndefined();
    expect(c.verdict).toMatchObject({ year: 2025, outcome: 'not reported', label: 'not found' });
    const md = renderCardMarkdown(c, { lang: 'en', links: { uri: 'file:///ws/2025.txt', reveal: (uri, range) => `command:x?${encodeURIComponent(JSON.stringify([uri, range]))}` } });
    expect(md).toContain('not found');
    expect(md).toContain('? no result for this target found in the next year’s report');
  });

  it('keeps the table and its verdict where the indicator has two years or more', () => {
    const { rows, card: c } = card('粮食总产量');
    expect(rows.length).toBeGreaterThan(1);
    expect(c.series?.rows.length).toBe(rows.length);
    expect(c.verdict).toMatchObject({ year: 2025, outcome: 'met' });
  });

  // trial19: 天津 2025's GDP 5%左右 was met by 4.8% within the band 左右 allows, and the card said only “met”.
  it('says when a 左右 target was met only within its band', () => {
    const band = (actual: string) => {
      const pair = [
        indexReport('file:///ws/2025.txt', text(2025, '一、2024年工作回顾\n全省地区生产总值增长5.2%。\n二、2025年工作安排\n今年主要预期目标是：地区生产总值增长5%左右。'), { fileName: '2025.txt' })!,
        indexReport('file:///ws/2026.txt', text(2026, `一、2025年工作回顾\n全省地区生产总值增长${actual}。`), { fileName: '2026.txt' })!,
      ];
      const m = analyzeReport(text(2025, '一、2024年工作回顾\n全省地区生产总值增长5.2%。\n二、2025年工作安排\n今年主要预期目标是：地区生产总值增长5%左右。'));
      const target = m.indicators.find((i) => i.status === 'target')!;
      const rows = crossReportSeries(pair, pair[0]!.meta, target.groupKey!, target.unit);
      const c = buildCard(m, target, { lang: 'en', segmenterAvailable: true, series: rows, uri: 'file:///ws/2025.txt', place: pair[0]!.meta.place });
      return { c, md: renderCardMarkdown(c, { lang: 'en', links: { uri: 'file:///ws/2025.txt', reveal: () => 'command:x' } }) };
    };
    const inBand = band('4.8%');
    expect(inBand.c.verdict).toMatchObject({ outcome: 'met', withinBand: true });
    expect(inBand.md).toContain('(within the band 左右 allows)');
    const reached = band('5.1%');
    expect(reached.c.verdict?.outcome).toBe('met');
    expect(reached.c.verdict?.withinBand).toBeUndefined();
    expect(reached.md).not.toContain('within the band');
    expect(band('4.4%').c.verdict?.outcome).toBe('missed');
  });
});
