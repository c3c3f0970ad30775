import { describe, expect, it } from 'vitest';
import { indexReport } from '../../src/core';
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
  const table = buildTargetsTable(seed, undefined, mainTargetTest((line) => lines[line]))!;
  const mainLine = lines.findIndex((l) => l.includes('今年经济社会发展的主要预期目标是'));
  const lineOf = (row: TargetsRow): number => row.thisTarget!.indicator.range.start.line;

  it('are the rows whose target the main-targets paragraph states, and come first', () => {
    const main = table.rows.filter((r) => r.main === true);
    expect(main.length).toBeGreaterThanOrEqual(6);
    expect(main.every((r) => lineOf(r) === mainLine)).toBe(true);
    expect(main.map((r) => r.name)).toContain('地区生产总值');
    // Every other row's target stands elsewhere, and none comes before a headline one.
    const firstOther = table.rows.findIndex((r) => r.main !== true);
    expect(firstOther).toBe(main.length);
    expect(table.rows.slice(firstOther).every((r) => lineOf(r) !== mainLine || r.thisTarget!.indicator.range.start.character < lines[mainLine]!.indexOf('主要预期目标'))).toBe(true);
  });

  it('reads a list set out below its opening line, and not a paragraph of tasks', () => {
    const listed = ['今年主要预期目标是：', '地区生产总值增长6%左右；', '城镇新增就业3万人。', '', '（一）加快发展。新建学校40所，改造足球场20片，投资12亿元用于城市更新和老旧小区改造，推动公共服务补短板，持续提升群众的获得感、幸福感和安全感，让城市更宜居。'];
    const test = mainTargetTest((line) => listed[line]);
    const at = (line: number, character: number) => ({ range: { start: { line, character }, end: { line, character: character + 2 } } }) as Parameters<typeof test>[0];
    expect(test(at(1, 8))).toBe(true);
    expect(test(at(2, 6))).toBe(true);
    expect(test(at(4, 11))).toBe(false);
  });

  it('stand under their own heading in the Compare Targets page', () => {
    const labels = { title: 't', indicator: 'i', thisTarget: 'a', lastTarget: 'b', lastActual: 'c', outcome: 'o', outcomes: { met: 'met', missed: 'missed', 'not reported': 'n' }, mainTargets: 'Main targets for 2021', otherTargets: 'Other targets', dropped: 'd', noTargets: 'none', notes: [], linkTitle: () => '' } satisfies TargetsHtmlLabels;
    const html = targetsHtml(table, labels, 'abc').html;
    expect(html.indexOf('Main targets for 2021')).toBeGreaterThan(0);
    expect(html.indexOf('Other targets')).toBeGreaterThan(html.indexOf('Main targets for 2021'));
  });
});
