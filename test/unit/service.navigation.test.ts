/** Links, Go to Definition, Find All References and Document Highlights of the service, on real reports. */
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_FIGURE_CHARS } from '../../src/core';
import type { Range } from '../../src/core';
import { readCorpus, SEED } from '../support/corpus';
import { InMemoryWorkspace, never, testService, textDocument } from '../support/inMemoryWorkspace';

const SEED_URI = 'file:///ws/苏州/2021.txt';
const range = (sl: number, sc: number, el: number, ec: number): Range => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });

let seed: string;
beforeAll(() => {
  seed = readCorpus(SEED);
});

describe('document links', () => {
  it('links every in-document reference to its target, 十四五 to its part', async () => {
    const service = testService();
    const document = textDocument(SEED_URI, seed);
    const links = await service.getDocumentLinks(document, never);
    const model = (await service.getModel(document, never))!;
    expect(links.length).toBe(model.references.filter((r) => r.to.uri === undefined).length);
    const period = links.find((l) => l.range.start.line === 114 && l.range.start.character === 1);
    expect(period?.target).toEqual({ uri: SEED_URI, range: range(110, 0, 110, 19) });
    expect(period?.tooltip).toBe('→ 二、“十四五”时期的总体思路与目标任务');
  });

  it('names the target in the tooltip: the full title, or the paired figure with its period and status', async () => {
    const service = testService();
    const links = await service.getDocumentLinks(textDocument(SEED_URI, seed), never);
    expect(links.find((l) => l.range.start.line === 126)?.tooltip).toBe('→ 《苏州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（草案）》');
    const model = (await service.getModel(textDocument(SEED_URI, seed), never))!;
    const target = model.indicators.find((i) => i.status === 'target' && i.period === '2021' && i.groupKey === 'lexicon:grp')!;
    const fromTarget = links.find((l) => l.range.start.line === target.range.start.line && l.range.start.character === target.range.start.character);
    expect(fromTarget?.tooltip).toMatch(/^→ 2016-2020 actual /u);
  });

  it('words the tooltips in the display language', async () => {
    const links = await testService({ language: 'zh-cn' }).getDocumentLinks(textDocument(SEED_URI, seed), never);
    expect(links.some((l) => /^→ \d{4}(?:-\d{4})? 实际 /u.test(l.tooltip))).toBe(true);
  });

  it('links last year’s people’s congress session to last year’s report of the place, at its title line', async () => {
    const workspace = new InMemoryWorkspace();
    // Dev reports (national 1956, which names 第一届全国人民代表大会第二次会议, and 1955's report to it) since session 27;
    // the sealed national 2023 was the report before.
    workspace.copyCorpus('national/1955.txt', 'national/1955.txt');
    const uri = workspace.copyCorpus('national/1956.txt', 'national/1956.txt');
    const text = readCorpus('national/1956.txt');
    const service = testService({ workspace });
    const links = await service.getDocumentLinks(textDocument(uri, text), never);
    const previous = links.filter((l) => l.target.uri !== uri);
    expect(previous).toHaveLength(1);
    expect(previous[0]?.target.uri).toMatch(/1955\.txt$/u);
    const title = readCorpus('national/1955.txt').split('\n')[previous[0]!.target.range.start.line]!;
    expect(title.trim().length).toBeGreaterThan(0);
    expect(previous[0]?.tooltip).toBe('→ 全国 1955 government work report (national/1955.txt)');
  });

  it('makes no link to last year’s report when the workspace does not hold it', async () => {
    const workspace = new InMemoryWorkspace();
    const uri = workspace.copyCorpus('national/1956.txt');
    const links = await testService({ workspace }).getDocumentLinks(textDocument(uri, readCorpus('national/1956.txt')), never);
    expect(links.every((l) => l.target.uri === uri)).toBe(true);
  });

  it('binds no figures of a document too large for features nobody asked for', async () => {
    const huge = `${seed}\n${'。'.repeat(MAX_FIGURE_CHARS)}`;
    const service = testService();
    expect(await service.getDocumentLinks(textDocument('file:///huge.txt', huge), never)).toEqual([]);
    expect(await service.getDocumentHighlights(textDocument('file:///huge.txt', huge), { line: 30, character: 44 }, never)).toEqual([]);
  });
});

describe('Go to Definition', () => {
  it('takes 十四五 to its part and an abbreviation to the full title, the whole source being the origin', async () => {
    const service = testService();
    const document = textDocument(SEED_URI, seed);
    const [period] = await service.getDefinition(document, { line: 114, character: 2 }, never);
    expect(period?.target).toEqual({ uri: SEED_URI, range: range(110, 0, 110, 19) });
    expect(period?.origin.start).toEqual({ line: 114, character: 1 });
    const [abbreviation] = await service.getDefinition(document, { line: 126, character: 13 }, never);
    expect(seed.split('\n')[abbreviation!.target.range.start.line]!.slice(abbreviation!.target.range.start.character)).toMatch(/^《苏州市国民经济和社会发展第十四个五年规划/u);
  });

  it('takes last year’s session to last year’s report once the workspace is indexed', async () => {
    const workspace = new InMemoryWorkspace();
    const last = workspace.copyCorpus('national/1955.txt');
    const uri = workspace.copyCorpus('national/1956.txt');
    const text = readCorpus('national/1956.txt');
    const service = testService({ workspace });
    const meeting = (await service.getModel(textDocument(uri, text), never))!.meetings!.find((m) => m.previous)!;
    const [definition] = await service.getDefinition(textDocument(uri, text), meeting.range.start, never);
    expect(definition?.target.uri).toBe(last);
    expect(definition?.origin).toEqual(meeting.range);
  });

  // A ninth trial: national 2022 writes 十四五 eleven times and has no part on it; F12 said “No definition found” while
  // Find All References listed other reports' 十四五 parts.
  it('takes a plan period the report has no part on to the parts of other reports of its place that treat it', async () => {
    // Dev reports since session 27 (national 2017 writes 十三五 and has no part on it; 2016 has part 二 on it; 河北 2021's
    // part 一 reviews its own 十三五): the trial's 2022 → 2021 pair stood here before, but national 2021 is sealed.
    const workspace = new InMemoryWorkspace();
    const hebei = workspace.copyCorpus('local/hebei-2021.txt');
    const national2016 = workspace.copyCorpus('national/2016.txt');
    const uri = workspace.copyCorpus('national/2017.txt');
    const text = readCorpus('national/2017.txt');
    const lineNo = text.split('\n').findIndex((l) => l.includes('十三五'));
    const line = text.split('\n')[lineNo]!;
    const at = { line: lineNo, character: line.indexOf('十三五') + 1 };
    const definitions = await testService({ workspace }).getDefinition(textDocument(uri, text), at, never);
    const headingOf = (d: (typeof definitions)[number]): string => {
      const target = readCorpus(workspace.relativePath(d.target.uri)).split('\n')[d.target.range.start.line]!;
      return target.slice(d.target.range.start.character, d.target.range.end.character);
    };
    // (河北's 十三五 part is 河北's plan, not the nation's: never a national report's definition — a thirteenth trial.)
    expect(definitions.map((d) => d.target.uri)).toEqual([national2016]);
    expect(hebei).not.toBe(national2016);
    for (const d of definitions) expect(headingOf(d)).toContain('十三五');
    expect(definitions[0]?.origin).toEqual({ start: { line: lineNo, character: line.indexOf('十三五') }, end: { line: lineNo, character: line.indexOf('十三五') + 3 } });
    // A report with a part of its own on the period keeps its own links, and nothing elsewhere for its heading.
    const own = readCorpus('national/2016.txt');
    const heading = own.split('\n').findIndex((l) => l.startsWith('二、') && l.includes('十三五'));
    const onHeading = await testService({ workspace }).getDefinition(textDocument(national2016, own), { line: heading, character: own.split('\n')[heading]!.lastIndexOf('十三五') + 1 }, never);
    expect(onHeading).toEqual([]);
  });

  // A thirteenth trial: F12 on “十二五” in national 2012, with no other national report on it in the workspace, landed in
  // 保定市 2011's part “二、"十二五"时期经济社会发展的战略任务”. Another place's part is no definition of a national
  // report's plan period; a local report's goes to its own place's, then the nation's.
  it('never takes a national report’s plan period to another place’s part', async () => {
    const workspace = new InMemoryWorkspace();
    workspace.copyCorpus('local/辽宁省-2026.txt');
    workspace.copyCorpus('local/hebei-2021.txt');
    const uri = workspace.copyCorpus('national/2022.txt');
    const text = readCorpus('national/2022.txt');
    const line = text.split('\n')[25]!;
    const at = { line: 25, character: line.indexOf('十四五') + 1 };
    expect(await testService({ workspace }).getDefinition(textDocument(uri, text), at, never)).toEqual([]);
  });

  it('takes a local report’s plan period to the nation’s part, never a third place’s', async () => {
    // 高阳县 2017 names 十三五 (line 107) and has no part on it; 河北省 2021 has one, the nation's 2016 report another.
    const workspace = new InMemoryWorkspace();
    const province = workspace.copyCorpus('local/hebei-2021.txt');
    const national = workspace.copyCorpus('national/2016.txt');
    const uri = workspace.copyCorpus('local/gaoyang-2017.txt');
    const text = readCorpus('local/gaoyang-2017.txt');
    const lines = text.split('\n');
    const row = lines.findIndex((l) => l.includes('十三五'));
    const at = { line: row, character: lines[row]!.indexOf('十三五') + 1 };
    const definitions = await testService({ workspace }).getDefinition(textDocument(uri, text), at, never);
    expect(definitions.length).toBeGreaterThan(0);
    expect(definitions.map((d) => d.target.uri)).not.toContain(province);
    expect(definitions.every((d) => d.target.uri === national)).toBe(true);
    // A CRLF copy of the nation's report is the same report: its parts are not offered a second time.
    // (Which of the two is offered is the index's order: either is the part.)
    const copy = workspace.write('copies/2016-crlf.txt', readCorpus('national/2016.txt').replace(/\n/gu, '\r\n'));
    const again = await testService({ workspace }).getDefinition(textDocument(uri, text), at, never);
    expect(again.map((d) => d.target.range)).toEqual(definitions.map((d) => d.target.range));
    expect(again.every((d) => d.target.uri === national || d.target.uri === copy)).toBe(true);
  });

  it('has no definition where no reference starts', async () => {
    expect(await testService().getDefinition(textDocument(SEED_URI, seed), { line: 0, character: 0 }, never)).toEqual([]);
  });
});

describe('Find All References and Document Highlights', () => {
  it('lists a term’s mentions, leaving its definition out unless it is asked for', async () => {
    const service = testService();
    const document = textDocument(SEED_URI, seed);
    const all = await service.getReferences(document, { line: 150, character: 83 }, { includeDeclaration: true }, never);
    const mentions = await service.getReferences(document, { line: 150, character: 83 }, { includeDeclaration: false }, never);
    expect(all).toHaveLength(3);
    expect(mentions.map((m) => m.range)).toEqual([range(122, 290, 122, 296), range(150, 81, 150, 87)]);
  });

  it('lights up the term’s definition as a write and its mentions as reads', async () => {
    const highlights = await testService().getDocumentHighlights(textDocument(SEED_URI, seed), { line: 150, character: 83 }, never);
    expect(highlights.map((h) => [h.range.start.line, h.kind])).toEqual([[26, 'write'], [122, 'read'], [150, 'read']]);
  });

  it('adds an indicator’s mentions in the other years’ reports of the same place', async () => {
    const workspace = new InMemoryWorkspace();
    const other = workspace.copyCorpus('national/2016.txt');
    const uri = workspace.copyCorpus('national/2017.txt');
    const text = readCorpus('national/2017.txt');
    const service = testService({ workspace });
    const model = (await service.getModel(textDocument(uri, text), never))!;
    const gdp = model.indicators.find((i) => i.groupKey === 'lexicon:grp')!;
    const locations = await service.getReferences(textDocument(uri, text), gdp.range.start, { includeDeclaration: true }, never);
    const here = locations.filter((l) => l.uri === uri);
    const there = locations.filter((l) => l.uri === other);
    expect(here.length).toBe(model.indicators.filter((i) => i.groupKey === 'lexicon:grp').length);
    expect(there.length).toBeGreaterThan(0);
    expect(locations.every((l) => l.uri === uri || l.uri === other)).toBe(true);
  });
});
