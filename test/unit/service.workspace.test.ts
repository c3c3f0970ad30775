/** The workspace index behind the service: one rule for which files are reports, one analysis per file, kept fresh. */
import { describe, expect, it } from 'vitest';
import { MAX_INDEXED_BYTES, titleRangeOf } from '../../src/core';
import { reportCaption } from '../../src/core/workspace/symbols';
import { readCorpus, SEED } from '../support/corpus';
import { countingRunner, InMemoryWorkspace, never, testService, textDocument, uriOf } from '../support/inMemoryWorkspace';

const statusOf = async (workspace: InMemoryWorkspace, service: ReturnType<typeof testService>): Promise<Record<string, string>> =>
  Object.fromEntries(((await service.workspace!.entries(never)) ?? []).map((f) => [workspace.relativePath(f.uri), f.status]));

describe('which files are reports', () => {
  it('takes a .govreport by declaration and a .txt that reads like a report; leaves out other text, dependencies, hidden folders and huge files', async () => {
    const workspace = new InMemoryWorkspace();
    workspace.copyCorpus('national/2016.txt', 'reports/2016.txt');
    workspace.copyCorpus('national/2017.txt', 'reports/2017.govreport');
    workspace.write('notes.txt', '购物清单：苹果、梨。\n明天开会。\n');
    workspace.write('plan.govreport', '一份声明为报告的短文。\n');
    workspace.copyCorpus('national/2018.txt', 'node_modules/pkg/2018.txt');
    workspace.copyCorpus('national/2019.txt', '.git/2019.txt');
    workspace.write('huge.txt', new Uint8Array(MAX_INDEXED_BYTES + 1));
    const service = testService({ workspace });
    expect(await statusOf(workspace, service)).toEqual({
      'huge.txt': 'too-large',
      'notes.txt': 'not-a-report',
      'plan.govreport': 'report',
      'reports/2016.txt': 'report',
      'reports/2017.govreport': 'report',
    });
    expect(workspace.reads).not.toContain(uriOf('huge.txt'));
  });

  // A fifteenth trial: a portal's page about 保定市's 2020 report (its title, a teaser, links to other pages, no report
  // text) was indexed as 保定市 2020, and every 2019 target then read “not reported”.
  it('leaves out a page that has a report’s title and opening but not its text', async () => {
    const workspace = new InMemoryWorkspace();
    workspace.copyCorpus('national/2016.txt', 'reports/2016.txt');
    const lines = readCorpus('national/2017.txt').split('\n');
    // The title block and the salutation of national 2017, up to its first sentence.
    const stub = lines.slice(0, lines.findIndex((l) => l.includes('。')) + 1).join('\n');
    expect(stub).toContain('政府工作报');
    workspace.write('portal/2017.txt', stub);
    workspace.write('portal/2017.govreport', stub);
    const service = testService({ workspace });
    expect(await statusOf(workspace, service)).toEqual({ 'portal/2017.govreport': 'report', 'portal/2017.txt': 'not-a-report', 'reports/2016.txt': 'report' });
  });

  it('names why an unreadable file is left out', async () => {
    const workspace = new InMemoryWorkspace();
    workspace.write('binary.txt', new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
    const service = testService({ workspace });
    const [file] = (await service.workspace!.entries(never))!;
    expect(file?.status).toBe('unreadable');
    expect(file?.detail).toMatch(/binary/u);
  });
});

describe('one analysis per file', () => {
  it('serves Ctrl+T and the cross-report features from the same analysis of each report', async () => {
    const workspace = new InMemoryWorkspace();
    for (const year of [2016, 2017, 2018]) workspace.copyCorpus(`national/${year}.txt`);
    workspace.write('notes.txt', '购物清单：苹果、梨。\n');
    const runner = countingRunner();
    const service = testService({ workspace, runner });
    expect((await service.getWorkspaceSymbols('十三五', [], never)).length).toBeGreaterThan(0);
    expect(await service.workspace!.crossReportReady(never)).toBe(true);
    expect(service.workspace!.reports().map((r) => r.meta.year)).toEqual([2016, 2017, 2018]);
    expect(service.workspace!.reports().every((r) => r.indicators.length > 50)).toBe(true);
    expect(runner.runs.sort()).toEqual([2016, 2017, 2018].map((y) => `${uriOf(`national/${y}.txt`)}#0`));
  });

  it('names each part’s report in Ctrl+T by place and year, one form for every report (national: 政府工作报告)', async () => {
    const workspace = new InMemoryWorkspace();
    workspace.copyCorpus('national/2016.txt');
    workspace.copyCorpus('local/江苏省-2026.txt');
    const service = testService({ workspace });
    const parts = (await service.getWorkspaceSymbols('工作', [], never)).filter((s) => s.kind === 'part');
    const containers = new Set(parts.map((s) => s.containerName));
    expect(containers).toContain('全国 2016');
    expect(containers).toContain('江苏省 2026');
    expect(reportCaption({ title: null, place: null, year: null })).toBe('');
    expect(reportCaption({ title: '政府工作报告', place: '全国', year: 2021 })).toBe('全国 2021');
    // One form whatever the title says (a fifth trial saw “全国 2010” beside “2026年四川省人民政府工作报告”).
    expect(reportCaption({ title: '2026年四川省人民政府工作报告', place: '四川省', year: 2026 })).toBe('四川省 2026');
  });

  it('reads a changed file again, forgets a deleted one, and leaves unchanged files alone', async () => {
    const workspace = new InMemoryWorkspace();
    workspace.copyCorpus('national/2016.txt', 'a.txt');
    workspace.copyCorpus('national/2017.txt', 'b.txt');
    const runner = countingRunner();
    const service = testService({ workspace, runner });
    await service.workspace!.entries(never);
    workspace.write('a.txt', readCorpus('national/2018.txt'));
    workspace.delete('b.txt');
    const files = (await service.workspace!.entries(never))!;
    expect(files.map((f) => [workspace.relativePath(f.uri), service.workspace!.reportFor(f.uri)?.meta.year ?? f.report?.meta.year])).toEqual([['a.txt', 2018]]);
    expect(runner.runs).toHaveLength(3);
  });

  it('prefers an open editor’s unsaved text, and reads the file again once the editor closes', async () => {
    const workspace = new InMemoryWorkspace();
    const uri = workspace.copyCorpus('national/2016.txt', 'a.txt');
    workspace.open.set(uri, { text: readCorpus('national/2017.txt'), isReport: true });
    const service = testService({ workspace });
    expect((await service.workspace!.entries(never))![0]?.report?.meta.year).toBe(2017);
    workspace.close(uri);
    expect((await service.workspace!.entries(never))![0]?.report?.meta.year).toBe(2016);
  });
});

describe('cross-report indexing', () => {
  it('costs one short listing and no progress in a workspace with a single report', async () => {
    const workspace = new InMemoryWorkspace();
    workspace.copyCorpus(SEED);
    const service = testService({ workspace });
    expect(await service.workspace!.crossReportReady(never)).toBe(true);
    expect(workspace.listings).toEqual([2]);
    expect(workspace.progress).toEqual([]);
    expect(service.workspace!.reports()).toEqual([]);
  });

  it('shows one progress, file by file to the end, while it indexes two or more reports', async () => {
    const workspace = new InMemoryWorkspace();
    for (const year of [2016, 2017, 2018]) workspace.copyCorpus(`national/${year}.txt`);
    const service = testService({ workspace });
    await service.workspace!.crossReportReady(never);
    expect(workspace.progress).toEqual([[[1, 3], [2, 3], [3, 3]]]);
  });

  it('stops for the session when the user cancels its progress', async () => {
    const workspace = new InMemoryWorkspace();
    for (const year of [2016, 2017]) workspace.copyCorpus(`national/${year}.txt`);
    workspace.cancelProgress = true;
    const service = testService({ workspace });
    await service.workspace!.crossReportReady(never);
    expect(service.workspace!.crossReportState).toBe('stopped');
    expect(service.workspace!.reports()).toEqual([]);
  });

  it('finds last year’s report of the place, landing past the zero-width line that opens 2017.txt', async () => {
    const workspace = new InMemoryWorkspace();
    for (const year of [2016, 2017, 2018]) workspace.copyCorpus(`national/${year}.txt`);
    const service = testService({ workspace });
    await service.workspace!.crossReportReady(never);
    const previous = service.workspace!.previousReport({ title: null, place: '全国', year: 2018, date: null, meeting: null, speaker: null });
    expect(previous?.uri).toBe(uriOf('national/2017.txt'));
    expect(previous?.titleRange.start.line).toBe(3);
  });

  // A trial user's multi-root workspace: 2017.txt was compared with a copy of 2016 in the other folder (which sorts
  // first) instead of the 2016.txt beside it.
  it('takes, of two copies of last year’s report, the one in the folder of the report being read', async () => {
    const workspace = new InMemoryWorkspace();
    workspace.copyCorpus('national/2016.txt', 'edge/copy-2016.txt');
    workspace.copyCorpus('national/2016.txt', 'ws/2016.txt');
    const self = workspace.copyCorpus('national/2017.txt', 'ws/2017.txt');
    const service = testService({ workspace });
    await service.workspace!.crossReportReady(never);
    const meta = { title: null, place: '全国', year: 2017, date: null, meeting: null, speaker: null };
    expect(service.workspace!.previousReport(meta, self)?.uri).toBe(uriOf('ws/2016.txt'));
    // Without a report being read, the first in path order stays (edge/ before ws/).
    expect(service.workspace!.previousReport(meta)?.uri).toBe(uriOf('edge/copy-2016.txt'));
    // The card's mentions in other years (Find All References) come from the same copy.
    const text = readCorpus('national/2017.txt');
    const model = (await service.getModel(textDocument(self, text), never))!;
    const gdp = model.indicators.find((i) => i.groupKey === 'lexicon:grp' && i.status === 'target')!;
    const refs = await service.getReferences(textDocument(self, text), gdp.range.start, { includeDeclaration: false }, never);
    const elsewhere = new Set(refs.map((r) => r.uri).filter((u) => u !== self));
    expect([...elsewhere]).toEqual([uriOf('ws/2016.txt')]);
  });
});

describe('Go to Symbol in Workspace', () => {
  it('finds the 工作回顾 headings of every report, an open report read live with its unsaved edits and listed first', async () => {
    const workspace = new InMemoryWorkspace();
    workspace.copyCorpus('national/2022.txt');
    const seedUri = workspace.copyCorpus(SEED);
    const service = testService({ workspace });
    const edited = readCorpus(SEED).replace('一、“十三五”时期和2020年工作回顾', '一、“十三五”时期和2020年工作回顾（修改稿）');
    const symbols = await service.getWorkspaceSymbols('工作 回顾', [textDocument(seedUri, edited, 2, true)], never);
    const files = new Set(symbols.map((s) => workspace.relativePath(s.uri)));
    expect(files).toEqual(new Set([SEED, 'national/2022.txt']));
    expect(symbols[0]?.uri).toBe(seedUri);
    expect(symbols.some((s) => s.name.endsWith('（修改稿）'))).toBe(true);
    expect(symbols.every((s) => s.name.replace(/\s/gu, '').includes('工作回顾'))).toBe(true);
  });
});

// A user trial: Ctrl+T found headings only; an analyst looks for an indicator across the years as often.
describe('Go to Symbol in Workspace finds indicators', () => {
  it('lists each report’s indicator once, at its first mention, from the index’s figures', async () => {
    const workspace = new InMemoryWorkspace();
    workspace.copyCorpus('national/2016.txt');
    workspace.copyCorpus('national/2017.txt');
    const service = testService({ workspace });
    const symbols = (await service.getWorkspaceSymbols('城镇新增就业', [], never)).filter((s) => s.kind === 'indicator');
    expect(new Set(symbols.map((s) => workspace.relativePath(s.uri)))).toEqual(new Set(['national/2016.txt', 'national/2017.txt']));
    for (const symbol of symbols) {
      expect(symbol.containerName).toMatch(/^全国 201[67]$/u);
      // The range holds the name as written (over a line break and a zero-width space in 2017: paragraphs are
      // rejoined, the text kept as it is).
      const lines = readCorpus(workspace.relativePath(symbol.uri)).split('\n').slice(symbol.range.start.line, symbol.range.end.line + 1);
      const written = lines.map((l, k) => l.slice(k === 0 ? symbol.range.start.character : 0, k === lines.length - 1 ? symbol.range.end.character : undefined)).join('');
      expect(written.replace(/[\s\u200b]+/gu, '')).toMatch(/^城镇新增就业/u);
    }
    // Once per report and name; an empty query still lists headings only.
    expect(new Set(symbols.map((s) => `${s.uri}|${s.name}`)).size).toBe(symbols.length);
    expect((await service.getWorkspaceSymbols('', [], never)).some((s) => s.kind === 'indicator')).toBe(false);
  });

  // The twins of Find All References (twins.ts): a copy of a report (CRLF beside LF; a GBK original beside its UTF-8
  // copy decodes to the same text) listed every heading and indicator twice under one caption, 全国 2016 and 全国 2016.
  it('lists a report kept twice (a CRLF copy beside the LF file) once, an open copy first', async () => {
    const workspace = new InMemoryWorkspace();
    const lf = workspace.copyCorpus('national/2016.txt');
    const crlf = workspace.write('copies/2016-crlf.txt', readCorpus('national/2016.txt').replace(/\n/gu, '\r\n'));
    workspace.copyCorpus('national/2017.txt');
    const service = testService({ workspace });
    const rows = async (query: string, open: Parameters<typeof service.getWorkspaceSymbols>[1] = []) => service.getWorkspaceSymbols(query, open, never);
    const files = async (query: string, open?: Parameters<typeof service.getWorkspaceSymbols>[1]) => new Set((await rows(query, open)).map((s) => workspace.relativePath(s.uri)));
    for (const query of ['城镇新增就业', '工作']) {
      expect((await files(query)).has('national/2017.txt')).toBe(true);
      expect([...(await files(query))].filter((f) => f !== 'national/2017.txt')).toHaveLength(1);
      // Each caption's row once: the copy adds none.
      const listed = await rows(query);
      expect(new Set(listed.map((s) => `${s.containerName}|${s.kind}|${s.name}|${s.range.start.line}:${s.range.start.character}`)).size).toBe(listed.length);
    }
    // With the CRLF copy open, its rows stand for 2016 and the LF file's do not.
    const open = [textDocument(crlf, readCorpus('national/2016.txt').replace(/\n/gu, '\r\n'))];
    expect(await files('城镇新增就业', open)).toEqual(new Set(['copies/2016-crlf.txt', 'national/2017.txt']));
    expect((await files('工作', open)).has(workspace.relativePath(lf))).toBe(false);
  });
});

describe('the title line of a report', () => {
  it('skips ad lines and blank lines to the title line', () => {
    const seed = readCorpus(SEED);
    expect(titleRangeOf(seed, [0, 1, 2, 3]).start.line).toBeGreaterThan(3);
  });

  it('keeps a CRLF line’s \\r and leading spaces out, and falls back to the start of an empty text', () => {
    expect(titleRangeOf('\r\n  各位代表：\r\n', [])).toEqual({ start: { line: 1, character: 2 }, end: { line: 1, character: 7 } });
    expect(titleRangeOf('', [])).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  });
});
