/**
 * Verbs of building said together before what is built (新建和改造提升|高标准农田) say how the year's works are done,
 * not which indicator they count: the rows across reports key such a name by what follows (worksObject.ts), and read
 * it as the year's works, a flow (series.ts). A trial saw 湖南 2025's target 建设和改造提升高标准农田 新增300万亩
 * (outside) and 湖南 2026's 新建和改造提升高标准农田300万亩以上 (dev) in two rows. Witnesses on dev text: 湖南, 江西,
 * 福建, 陕西 2026 (新建和改造…高标准农田), national 2011 (新建和加固堤防), national 1957 (新建和修复铁路).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { crossReportSeries, indexReport } from '../../src/core';
import type { IndexedReport, Indicator } from '../../src/core';
import { worksObject } from '../../src/core/indicators/worksObject';
import works from '../../src/core/indicators/worksVerbs.json';
import { readCorpus } from '../support/corpus';

let hunan: IndexedReport;
let jiangxi: IndexedReport;

beforeAll(() => {
  hunan = indexReport('file:///ws/湖南省-2026.txt', readCorpus('local/湖南省-2026.txt'), { fileName: '湖南省-2026.txt' })!;
  jiangxi = indexReport('file:///ws/jiangxi-2026.txt', readCorpus('local/jiangxi-2026.txt'), { fileName: 'jiangxi-2026.txt' })!;
}, 120_000);

const figure = (report: IndexedReport, test: (i: Indicator) => boolean): Indicator => {
  const found = report.indicators.find(test);
  if (!found) throw new Error('no such figure');
  return found;
};

describe('a name of works said with two verbs of building', () => {
  it('is keyed by what is built', () => {
    for (const name of ['新建和改造提升高标准农田', '建设和改造提升高标准农田', '新建和改造高标准农田', '新建、改造高标准农田']) expect(worksObject(name), name).toBe('高标准农田');
    expect(worksObject('新建和加固堤防')).toBe('堤防');
    expect(worksObject('新建和修复铁路')).toBe('铁路');
    // One verb alone may be the name's own word; nothing is left of a name that is only verbs.
    for (const name of ['建设用地', '新建住房', '改造提升', '新建和改造']) expect(worksObject(name), name).toBe(name);
    // 湖南 and 江西 2026 word the same works two ways: one key.
    const a = figure(hunan, (i) => i.name === '新建和改造提升高标准农田');
    const b = figure(jiangxi, (i) => i.name === '新建和改造高标准农田');
    expect(a.groupKey).toBe(b.groupKey);
  });

  it('joins last year’s target said with another verb in one row of years', () => {
    // A 2025 report of the same place wording the target as the trial's 湖南 2025 did (written for the test).
    const last = indexReport('file:///ws/湖南省-2025.txt', '2025年湖南省政府工作报告\n各位代表：\n二、2025年工作安排\n新增建设和改造提升高标准农田300万亩以上。\n', { fileName: '湖南省-2025.txt' })!;
    const target = figure(last, (i) => i.text === '300万亩');
    const own = figure(hunan, (i) => i.name === '新建和改造提升高标准农田' && i.status === 'target');
    expect(target.groupKey).toBe(own.groupKey);
    const rows = crossReportSeries([last, hunan], hunan.meta, own.groupKey!, own.unit, own);
    expect(rows.find((r) => r.year === 2025)?.target?.indicator).toBe(target);
    expect(rows.find((r) => r.year === 2026)?.target?.indicator).toBe(own);
  });

  it('lists each verb and joiner once, no joiner a verb', () => {
    expect(new Set(works.verbs).size).toBe(works.verbs.length);
    expect(new Set(works.joiners).size).toBe(works.joiners.length);
    expect(works.joiners.filter((j) => works.verbs.includes(j))).toEqual([]);
  });
});
