import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as vscode from 'vscode';
import { analyzeReport, buildCard, indexReport, outcomeLabels } from '../../src/core';
import type { IndexedReport, Indicator, ReportModel } from '../../src/core';
import { buildChart, parseChartRequest } from '../../src/core/charts';
import { hoverCharts } from '../../src/core/service/crossReport';
import { chartLabels } from '../../src/vscode/chartLabels';
import { hoverChartLinks, renderCard } from '../../src/vscode/hover';
import type { WorkspaceReportIndex } from '../../src/vscode/workspaceIndex';
import { readCorpus } from '../support/corpus';
import { CORPUS } from '../support/expectedOutline';

/** vscode.env.language, which the core's labels follow. */
const display = vi.hoisted(() => ({ language: 'en' }));

// The adapters import `vscode`, which only exists inside the editor: a stand-in for what they use here.
vi.mock('vscode', async () => {
  const { MarkdownString, Uri, getConfiguration } = await import('../support/fakeVscode.js');
  return { MarkdownString, Uri, env: { get language() { return display.language; } }, workspace: { getConfiguration, asRelativePath: (uri: { toString(): string }) => uri.toString() } };
});

/** What the service's hoverCharts reads of the index: built, its reports, and one report's entry by uri. */
function fakeIndex(reports: IndexedReport[]): WorkspaceReportIndex {
  return { crossReportPending: false, reports: () => reports, reportFor: (uri: string) => reports.find((r) => r.uri === uri) } as unknown as WorkspaceReportIndex;
}

/** The hover card's chart links for a figure, as the hover adapter makes them of the service's charts. */
function chartLinksOf(index: WorkspaceReportIndex) {
  return (uri: string, model: ReportModel, indicator: Indicator) => hoverChartLinks(hoverCharts(index, { uri, isDirty: false }, model, indicator));
}

const YEARS = [2015, 2016, 2017, 2018];
let reports: IndexedReport[];
let model2017: ReportModel;
const uriOf = (year: number) => `file://${join(CORPUS, 'national', `${year}.txt`)}`;

beforeAll(() => {
  reports = YEARS.map((year) => indexReport(uriOf(year), readCorpus(`national/${year}.txt`), { fileName: `${year}.txt` })!);
  model2017 = analyzeReport(readCorpus('national/2017.txt'));
});

describe('chart links in the hover card', () => {
  it('offer the figure’s chart across years, and the link opens the chart the core builds for it', () => {
    const target = model2017.indicators.find((i) => i.groupKey === 'lexicon:grp' && i.unit === '%' && i.status === 'target' && i.period === '2017')!;
    const links = chartLinksOf(fakeIndex(reports))(uriOf(2017), model2017, target);
    expect(links).toHaveLength(1);
    expect(links[0]!.label).toContain('全国');
    const [arg] = JSON.parse(decodeURIComponent(links[0]!.uri.split('?')[1] ?? '')) as unknown[];
    const request = parseChartRequest(arg);
    expect(request).toEqual({ type: 'years', place: '全国', groupKey: 'lexicon:grp', unit: '%' });
    const chart = buildChart(reports, request!);
    expect(chart?.type === 'years' && chart.points.some((p) => p.target?.uri === uriOf(2017) && p.target.text === target.text)).toBe(true);

    const card = buildCard(model2017, target, { lang: 'zh', segmenterAvailable: true });
    const md = renderCard(card, vscode.Uri.parse(uriOf(2017)), 'zh', links) as unknown as { value: string; isTrusted: unknown };
    expect(md.value).toContain(`](${links[0]!.uri})`);
    expect(md.isTrusted).toEqual({ enabledCommands: ['govreport.revealRange', 'govreport.showChart'] });
  });

  it('are absent for a figure no other report gives, and while the index holds fewer than two reports', () => {
    const lonely = model2017.indicators.find((i) => !i.groupKey || reports.every((r) => r.uri === uriOf(2017) || !r.indicators.some((j) => j.groupKey === i.groupKey && j.unit === i.unit)));
    expect(lonely).toBeDefined();
    expect(chartLinksOf(fakeIndex(reports))(uriOf(2017), model2017, lonely!)).toEqual([]);
    const any = model2017.indicators.find((i) => i.groupKey === 'lexicon:grp')!;
    expect(chartLinksOf(fakeIndex(reports.slice(0, 1)))(uriOf(2017), model2017, any)).toEqual([]);
    const card = buildCard(model2017, any, { lang: 'en', segmenterAvailable: true });
    expect((renderCard(card, vscode.Uri.parse(uriOf(2017)), 'en') as unknown as { isTrusted: unknown }).isTrusted).toEqual({ enabledCommands: ['govreport.revealRange'] });
  });
});

describe('the chart panel’s words', () => {
  it('word met, missed and not reported as the core does, in the display language', () => {
    const chart = buildChart(reports, { type: 'years', place: '全国', groupKey: 'lexicon:grp', unit: '%' })!;
    expect(chartLabels(chart)).toMatchObject({ met: 'met', missed: 'missed', notReported: 'not found' });
    display.language = 'zh-cn';
    try {
      const zh = outcomeLabels('zh-cn');
      expect(zh.met).toBe('达成');
      expect(chartLabels(chart)).toMatchObject({ met: zh.met, missed: zh.missed, notReported: zh['not reported'] });
    } finally {
      display.language = 'en';
    }
  });
});
