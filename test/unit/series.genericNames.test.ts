/**
 * A figure named by a bare generic noun (项目, 企业 …: nameWords.json genericCounted) counts a different set in each
 * report — 2014's 57个 projects and 2015's 27个 are not one indicator's values — so it makes no row of years: trial17's
 * Show Chart picker offered a chart of 项目, and `govreport series` judged 河北 2010's 577个项目开工 "not reported".
 */
import { describe, expect, it } from 'vitest';
import { crossReportSeries, indexReport } from '../../src/core';
import type { IndexedReport } from '../../src/core';
import { makesNoRow } from '../../src/core/indicators/bareNoun';
import { buildSeriesTable } from '../../src/core/workspace/seriesTable';
import { readCorpus } from '../support/corpus';

const national = (year: number): IndexedReport => indexReport(`file:///national/${year}.txt`, readCorpus(`national/${year}.txt`))!;

describe('figures named by a generic noun in rows of years', () => {
  it('makes no series of a bare 项目 across the dev national reports 2015 and 2016, and keeps the others', () => {
    const reports = [national(2015), national(2016)];
    const projects = reports[0]!.indicators.filter((i) => i.name === '项目' && i.groupKey);
    // (One since names72: 今年再开工27个项目 is 开工项目, a count of works named with its stage — keptActions.ts.)
    expect(projects.length).toBeGreaterThan(0);
    expect(makesNoRow({ name: '项目', groupKey: 'words:项目' })).toBe(true);
    expect(makesNoRow({ name: '学校', groupKey: 'words:学校' })).toBe(true);
    expect(makesNoRow({ name: '重大项目', groupKey: 'words:重大|项目' })).toBe(false);
    expect(makesNoRow({ name: null })).toBe(false);
    for (const p of projects) expect(crossReportSeries(reports, reports[0]!.meta, p.groupKey!, p.unit)).toEqual([]);
    const table = buildSeriesTable(reports);
    const rows = table.places.flatMap((place) => place.indicators);
    expect(rows.filter((s) => makesNoRow({ name: s.name, groupKey: s.groupKey }))).toEqual([]);
    // The rest of the table stands: GDP's growth still has its row.
    expect(table.places.flatMap((place) => place.indicators.map((s) => s.groupKey))).toContain('lexicon:grp');
  });
});
