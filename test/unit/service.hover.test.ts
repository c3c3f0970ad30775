import { beforeAll, describe, expect, it } from 'vitest';
import type { Indicator } from '../../src/core';
import { MAX_FIGURE_CHARS } from '../../src/core/workspace/reportFiles';
import { readCorpus, SEED } from '../support/corpus';
import { InMemoryWorkspace, never, positionOf, testService, textDocument } from '../support/inMemoryWorkspace';

let seed: string;
beforeAll(() => {
  seed = readCorpus(SEED);
});

/** A workspace holding the national reports of these years; the document of `year` as the editor has it open. */
function nationalWorkspace(years: readonly number[], open: number): { workspace: InMemoryWorkspace; uri: string; text: string } {
  const workspace = new InMemoryWorkspace();
  let uri = '';
  for (const year of years) {
    const written = workspace.copyCorpus(`national/${year}.txt`);
    if (year === open) uri = written;
  }
  return { workspace, uri, text: readCorpus(`national/${open}.txt`) };
}

/** The report's GDP growth target for its own year (国内生产总值增长…左右). */
async function gdpTarget(service: ReturnType<typeof testService>, uri: string, text: string, year: number): Promise<Indicator> {
  const model = (await service.getModel(textDocument(uri, text), never))!;
  const target = model.indicators.find((i) => i.groupKey === 'lexicon:grp' && i.status === 'target' && i.period === String(year) && i.unit === '%');
  if (!target) throw new Error(`no GDP target for ${year}`);
  return target;
}

describe('hover card', () => {
  it('describes the seed’s 6.1% as 地区生产总值 growth over 2016-2020, highlighting the figure', async () => {
    const at = positionOf(seed, 30, '6.1%');
    const hover = await testService({ language: 'zh-cn' }).getHover(textDocument('file:///seed.txt', seed), at, never);
    expect(hover?.indicator.name).toBe('地区生产总值');
    expect(hover?.card.rows.find((r) => r.key === 'period')?.value).toBe('2016-2020');
    expect(hover?.range).toEqual(hover?.indicator.range);
    expect(hover?.card.mentions.length).toBeGreaterThan(1);
  });

  it('highlights the name and the figure together when the mouse is on the name', async () => {
    const figure = positionOf(seed, 30, '6.1%');
    const hover = await testService().getHover(textDocument('file:///seed.txt', seed), figure, never);
    const name = hover!.indicator.nameRange!;
    const onName = await testService().getHover(textDocument('file:///seed.txt', seed), name.start, never);
    expect(onName?.indicator.range).toEqual(hover?.indicator.range);
    expect(onName?.range.start).toEqual(name.start);
    expect(onName?.range.end).toEqual(hover?.indicator.range.end);
  });

  it('has nothing to say off a figure', async () => {
    expect(await testService().getHover(textDocument('file:///seed.txt', seed), { line: 0, character: 0 }, never)).toBeUndefined();
  });

  it('says that names may be incomplete when no segmenter is at hand', async () => {
    const hover = await testService().getHover(textDocument('file:///seed.txt', seed), positionOf(seed, 30, '6.1%'), never);
    expect(hover?.card.note).toMatch(/segment/u);
  });
});

describe('hover card across the workspace’s reports', () => {
  it('shows the target across the years of the place, with the one met or missed, once the index is built', async () => {
    const { workspace, uri, text } = nationalWorkspace([2015, 2016, 2017, 2018], 2017);
    const service = testService({ workspace });
    expect(await service.workspace!.crossReportReady(never)).toBe(true);
    const target = await gdpTarget(service, uri, text, 2017);
    const hover = await service.getHover(textDocument(uri, text), target.range.start, never);
    const years = hover?.card.series?.rows.map((r) => r.year) ?? [];
    expect(years).toEqual(expect.arrayContaining([2015, 2016, 2017]));
    expect(hover?.card.series?.rows.some((r) => r.outcomeLabel === 'met')).toBe(true);
    expect(hover?.charts.some((c) => c.type === 'years')).toBe(true);
  });

  // A new user's trial: a page holding a report many times over, too large to read figures from, blanked out its year.
  it('keeps a year’s figures when the workspace also holds a copy of that report too large to read figures from', async () => {
    const { workspace, uri, text } = nationalWorkspace([2015, 2016, 2017, 2018], 2017);
    const copies = Array.from({ length: Math.ceil(MAX_FIGURE_CHARS / readCorpus('national/2016.txt').length) + 1 }, () => readCorpus('national/2016.txt'));
    workspace.write('copies/2016.txt', copies.join('\n')); // listed before national/2016.txt
    const service = testService({ workspace });
    expect(await service.workspace!.crossReportReady(never)).toBe(true);
    expect(service.workspace!.reports().filter((r) => r.meta.year === 2016)).toHaveLength(2);
    const target = await gdpTarget(service, uri, text, 2017);
    const hover = await service.getHover(textDocument(uri, text), target.range.start, never);
    const year2016 = hover?.card.series?.rows.find((r) => r.year === 2016);
    expect(year2016?.outcomeLabel).toBe('met');
  });

  // A second trial: a compilation (n2016-2017.txt: the 2016 report, then 2017's) sorted first and stood for 2016.
  it('takes the report whose file name gives the year over a compilation or copy that claims the same place and year', async () => {
    const { workspace, uri, text } = nationalWorkspace([2015, 2016, 2017, 2018], 2017);
    workspace.write('misc/n2016-2017.txt', `${readCorpus('national/2016.txt')}\n${readCorpus('national/2017.txt')}`);
    const service = testService({ workspace });
    expect(await service.workspace!.crossReportReady(never)).toBe(true);
    const claims2016 = service.workspace!.reports().filter((r) => r.meta.year === 2016 && r.meta.place === '全国');
    expect(claims2016).toHaveLength(2);
    const own = claims2016.find((r) => r.uri.endsWith('/2016.txt'))!;
    const target = await gdpTarget(service, uri, text, 2017);
    const hover = await service.getHover(textDocument(uri, text), target.range.start, never);
    const rows = hover?.card.series?.rows ?? [];
    // 2016's target comes from its own report, and so does 2015's actual (read from the 2016 report).
    expect(rows.find((r) => r.year === 2016)?.target?.uri).toBe(own.uri);
    expect(rows.find((r) => r.year === 2015)?.actual?.uri).toBe(own.uri);
  });

  it('never waits for the index: while it is first built the card says the series will follow, and shows no chart', async () => {
    const { workspace, uri, text } = nationalWorkspace([2016, 2017], 2017);
    let release = (): void => undefined;
    workspace.gate = new Promise<void>((resolve) => (release = resolve)); // a slow disk: no file can be read yet
    const service = testService({ workspace });
    const target = await gdpTarget(service, uri, text, 2017);
    service.workspace!.requestCrossReport();
    await new Promise((resolve) => setTimeout(resolve, 10)); // the listing is done, the reads wait
    const pending = await service.getHover(textDocument(uri, text), target.range.start, never);
    expect(pending?.card.seriesNote).toBeDefined();
    expect(pending?.card.series).toBeUndefined();
    expect(pending?.charts).toEqual([]);
    release();
    expect(await service.workspace!.crossReportReady(never)).toBe(true);
    const ready = await service.getHover(textDocument(uri, text), target.range.start, never);
    expect(ready?.card.seriesNote).toBeUndefined();
    expect(ready?.card.series?.rows.map((r) => r.year)).toEqual(expect.arrayContaining([2016, 2017]));
    expect(ready?.charts.length).toBeGreaterThan(0);
  });

  it('says nothing of a series in a workspace with a single report', async () => {
    const { workspace, uri, text } = nationalWorkspace([2017], 2017);
    const service = testService({ workspace });
    const target = await gdpTarget(service, uri, text, 2017);
    await service.workspace!.crossReportReady(never);
    const hover = await service.getHover(textDocument(uri, text), target.range.start, never);
    expect(hover?.card.series).toBeUndefined();
    expect(hover?.card.seriesNote).toBeUndefined();
    expect(workspace.listings).toEqual([2]);
  });
});
