/** The Indicators view's tree, the exports, targets year on year and the charts, as the service answers them. */
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCorpus, SEED } from '../support/corpus';
import { InMemoryWorkspace, never, testService, textDocument } from '../support/inMemoryWorkspace';

let seed: string;
beforeAll(() => {
  seed = readCorpus(SEED);
});

describe('the Indicators view and the exports', () => {
  it('groups every figure of the seed under its part, and filters by status', async () => {
    const service = testService();
    const document = textDocument('file:///seed.txt', seed);
    const model = (await service.getModel(document, never))!;
    const all = await service.getIndicatorTree(document, undefined, never);
    expect(all?.partial).toBe(false);
    expect(all?.tree?.total).toBe(model.indicators.length);
    expect(all?.tree?.shown).toBe(model.indicators.length);
    const targets = await service.getIndicatorTree(document, { status: 'target', kinds: [] }, never);
    expect(targets?.tree?.shown).toBe(model.indicators.filter((i) => i.status === 'target').length);
  });

  it('exports the figures as CSV, the contract’s JSON and a Markdown table titled with the report', async () => {
    const service = testService();
    const document = textDocument('file:///seed.txt', seed);
    const count = (await service.getModel(document, never))!.indicators.length;
    const csv = await service.getIndicatorExport(document, 'csv', never);
    expect((parseCsv(csv!.replace(/^\ufeff/u, ''), { columns: true }) as unknown[]).length).toBe(count);
    expect((JSON.parse((await service.getIndicatorExport(document, 'json', never))!) as unknown[]).length).toBe(count);
    const markdown = await service.getIndicatorExport(document, 'markdown', never);
    expect(markdown?.split('\n')[0]).toContain('苏州市 2021');
    expect(markdown).toContain('| 地区生产总值 |');
  });

  it('titles the Markdown table with the report’s place and year, once, whatever its title says (江苏 2026)', async () => {
    const document = textDocument('file:///jiangsu.txt', readCorpus('local/江苏省-2026.txt'));
    const markdown = await testService().getIndicatorExport(document, 'markdown', never);
    const title = markdown?.split('\n')[0] ?? '';
    expect(title).toContain('江苏省 2026');
    expect(title.split('2026').length - 1).toBe(1);
    expect(title.split('江苏').length - 1).toBe(1);
  });
});

describe('targets year on year', () => {
  it('sets this year’s targets beside last year’s, last year’s report found in the workspace', async () => {
    const workspace = new InMemoryWorkspace();
    // Dev reports (national 2016 and 2017) since session 27: the sealed national 2023 was this report before.
    const last = workspace.copyCorpus('national/2016.txt');
    const uri = workspace.copyCorpus('national/2017.txt');
    const table = await testService({ workspace }).getTargetsTable(textDocument(uri, readCorpus('national/2017.txt')), never);
    expect(table?.year).toBe(2017);
    expect(table?.previous?.uri).toBe(last);
    const gdp = table?.rows.find((r) => r.thisTarget?.indicator.groupKey === 'lexicon:grp' && r.thisTarget.indicator.unit === '%');
    expect(gdp?.thisTarget?.indicator.text).toBe('6.5%');
    expect(gdp?.lastTarget?.indicator.text).toBe('6.5%－7%');
    expect(gdp?.lastTarget?.uri).toBe(last);
  });

  // trial19 opened Compare Targets on 2025's report to see whether its targets were met: the verdicts are in 2026's
  // table, and nothing said so.
  it('names next year’s report, whose table judges this year’s targets, when the workspace holds it', async () => {
    const workspace = new InMemoryWorkspace();
    workspace.copyCorpus('national/2015.txt');
    const uri = workspace.copyCorpus('national/2016.txt');
    const next = workspace.copyCorpus('national/2017.txt');
    const table = await testService({ workspace }).getTargetsTable(textDocument(uri, readCorpus('national/2016.txt')), never);
    expect(table?.next?.uri).toBe(next);
    expect(table?.next?.meta.year).toBe(2017);
    const alone = await testService().getTargetsTable(textDocument('file:///2016.txt', readCorpus('national/2016.txt')), never);
    expect(alone?.next).toBeUndefined();
  });

  it('still sets the table without last year’s report, from this report alone', async () => {
    const table = await testService().getTargetsTable(textDocument('file:///2024.txt', readCorpus('national/2024.txt')), never);
    expect(table?.previous).toBeNull();
    expect(table?.rows.length).toBeGreaterThan(0);
  });
});

describe('charts', () => {
  it('offers a figure’s indicator across the years of its place when the workspace holds them', async () => {
    const workspace = new InMemoryWorkspace();
    for (const year of [2015, 2016, 2017]) workspace.copyCorpus(`national/${year}.txt`);
    const uri = [...workspace.files.keys()].find((u) => u.endsWith('2017.txt'))!;
    const text = readCorpus('national/2017.txt');
    const service = testService({ workspace });
    const gdp = (await service.getModel(textDocument(uri, text), never))!.indicators.find((i) => i.groupKey === 'lexicon:grp' && i.unit === '%')!;
    const charts = await service.getCharts(textDocument(uri, text), gdp, never);
    expect(charts.find((c) => c.type === 'years')).toMatchObject({ place: '全国', groupKey: 'lexicon:grp' });
  });
});
