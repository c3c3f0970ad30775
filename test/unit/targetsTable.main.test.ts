import { describe, expect, it } from 'vitest';
import { analyzeReport, indexReport } from '../../src/core';
import { counterparts } from '../../src/core/indicators/counterpart';
import { buildTargetsTable, mainTargetTest } from '../../src/core/export';
import type { TargetsRow } from '../../src/core/export';
import { targetsHtml } from '../../src/vscode/targetsHtml';
import type { TargetsHtmlLabels } from '../../src/vscode/targetsHtml';
import { readCorpus, SEED } from '../support/corpus';

/**
 * An eighth trial: the seed's Compare Targets held 50+ rows (学校 40所, 足球场 20片 …), and the 2021 main targets an
 * analyst briefs on first were lost among them. They are the figures of the year's 主要预期目标 paragraph.
 */
describe('the year’s headline targets', () => {
  const text = readCorpus(SEED);
  const lines = text.split(/\r\n|\r|\n/u);
  const seed = indexReport('file:///000.txt', text)!;
  // As the service builds it: last year's actual of a target from the open report's own pairs.
  const table = buildTargetsTable(seed, undefined, mainTargetTest((line) => lines[line]), counterparts(analyzeReport(text).pairs))!;
  const mainLine = lines.findIndex((l) => l.includes('今年经济社会发展的主要预期目标是'));
  const lineOf = (row: TargetsRow): number => row.thisTarget!.indicator.range.start.line;

  it('are the rows whose target the main-targets paragraph states, and come first', () => {
    const main = table.rows.filter((r) => r.main === true);
    // The paragraph's ten: 地区生产总值 … 城镇登记失业率.
    expect(main.length).toBe(10);
    expect(main.every((r) => lineOf(r) === mainLine)).toBe(true);
    expect(main.map((r) => r.name)).toContain('地区生产总值');
    // Every other row's target stands elsewhere, and none comes before a headline one.
    const firstOther = table.rows.findIndex((r) => r.main !== true);
    expect(firstOther).toBe(main.length);
    expect(table.rows.slice(firstOther).every((r) => lineOf(r) !== mainLine || r.thisTarget!.indicator.range.start.character < lines[mainLine]!.indexOf('主要预期目标'))).toBe(true);
  });

  it('reads a list set out below its opening line, and not the short task line after it', () => {
    const listed = ['今年主要预期目标是：', '地区生产总值增长6%左右；', '城镇新增就业3万人。', '加快发展教育事业，完成全年各项任务，统筹推进城市更新和老旧小区改造。', '新建学校40所。'];
    const test = mainTargetTest((line) => listed[line]);
    const at = (line: number, character: number) => ({ range: { start: { line, character }, end: { line, character: character + 2 } } }) as Parameters<typeof test>[0];
    expect(test(at(1, 8))).toBe(true);
    expect(test(at(2, 6))).toBe(true);
    expect(test(at(4, 4))).toBe(false);
  });

  // review15: the words 主要预期目标 in a sentence of goals met, and a file hard-wrapped as a PDF export is.
  it('needs the phrase that opens a list, and reads across the lines a hard wrap broke the paragraph into', () => {
    const line = '过去一年，全年主要预期目标圆满完成。今年要新建学校40所。';
    const test = mainTargetTest(() => line);
    const at = (character: number) => ({ range: { start: { line: 0, character }, end: { line: 0, character: character + 3 } } }) as Parameters<typeof test>[0];
    expect(test(at(line.indexOf('40所')))).toBe(false);
    const wrapped = text.replace(/\r\n|\r/gu, '\n').split('\n').flatMap((l) => (l.length <= 36 ? [l] : l.match(/.{1,36}/gu) ?? []));
    const wrappedText = wrapped.join('\n');
    const report = indexReport('file:///wrapped.txt', wrappedText)!;
    const wrappedTable = buildTargetsTable(report, undefined, mainTargetTest((n) => wrapped[n]))!;
    expect(wrappedTable.rows.filter((r) => r.main === true).map((r) => r.name)).toEqual(table.rows.filter((r) => r.main === true).map((r) => r.name));
  });

  it('stand under their own heading in the Compare Targets page', () => {
    const labels = { title: 't', indicator: 'i', thisTarget: 'a', lastTarget: 'b', lastActual: 'c', outcome: 'o', outcomes: { met: 'met', missed: 'missed', 'not reported': 'n' }, mainTargets: 'Main targets for 2021', otherTargets: 'Other targets', dropped: 'd', noTargets: 'none', notes: [], linkTitle: () => '' } satisfies TargetsHtmlLabels;
    const html = targetsHtml(table, labels, 'abc').html;
    expect(html.indexOf('Main targets for 2021')).toBeGreaterThan(0);
    expect(html.indexOf('Other targets')).toBeGreaterThan(html.indexOf('Main targets for 2021'));
    // Last year's actual of the GDP target is the review's 迈上2万亿元 (2016-2020): the cell says so, as the card does.
    const gdp = table.rows.find((r) => r.name === '地区生产总值')!;
    expect(gdp.lastActual?.indicator.period).toBe('2016-2020');
    expect(html).toContain('</a> <span class="period">(2016-2020)</span>');
    // The figure keeps to one line, its period may wrap under it: the met / missed column fits a half-width panel.
    expect(html).toMatch(/td a, \.period \{ white-space: nowrap; \}/);
    expect(html).not.toMatch(/(?:^|\n)td \{ white-space: nowrap/);
  });
});
