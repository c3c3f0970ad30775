/**
 * Find All References on a named programme or a quoted term follows the name into the workspace's other reports (a
 * fifth trial's analyst followed a programme across years by hand).
 */
import { describe, expect, it } from 'vitest';
import { literalMentions, nameMentionsIn, otherLiteralMentions, quotedTermAt, writingsOf } from '../../src/core/workspace/nameMentions';
import { analyzeReport } from '../../src/core';
import { relatedAt } from '../../src/core/references/query';
import { foldWidth } from '../../src/core/text/normalize';
import type { Range } from '../../src/core';
import { readCorpus, SEED } from '../support/corpus';
import { InMemoryWorkspace, never, testService, textDocument, uriOf } from '../support/inMemoryWorkspace';

/** The text a range covers, by the lines VS Code would show (\r\n, \r and \n end a line). */
const textAt = (text: string, range: Range): string => (text.split(/\r\n|\r|\n/u)[range.start.line] ?? '').slice(range.start.character, range.end.character);

/** A service over the workspace of these national years, indexed, and the text of the one being read. */
async function nationalYears(years: readonly number[], reading: number) {
  const workspace = new InMemoryWorkspace();
  for (const year of years) workspace.copyCorpus(`national/${year}.txt`);
  const service = testService({ workspace });
  await service.workspace!.crossReportReady(never);
  return { service, self: uriOf(`national/${reading}.txt`), text: readCorpus(`national/${reading}.txt`) };
}

describe('a name across the workspace’s reports', () => {
  it('lists a programme’s mentions in last year’s and next year’s reports after this report’s own', async () => {
    const { service, self, text } = await nationalYears([2016, 2017, 2018], 2017);
    const model = (await service.getModel(textDocument(self, text), never))!;
    const link = model.references.find((r) => r.key === 'entity:长江经济带')!;
    const refs = await service.getReferences(textDocument(self, text), link.from.range.start, { includeDeclaration: true }, never);
    const own = refs.filter((r) => r.uri === self);
    expect(own.length).toBe(2);
    const byReport = new Map<string, Range[]>();
    for (const r of refs.filter((x) => x.uri !== self)) byReport.set(r.uri, [...(byReport.get(r.uri) ?? []), r.range]);
    // The same place's reports by year; every range covers the name as written there.
    expect([...byReport.keys()]).toEqual([uriOf('national/2016.txt'), uriOf('national/2018.txt')]);
    for (const [uri, ranges] of byReport) {
      const other = readCorpus(uri === uriOf('national/2016.txt') ? 'national/2016.txt' : 'national/2018.txt');
      expect(ranges.length).toBe(other.split('长江经济带').length - 1);
      for (const range of ranges) expect(textAt(other, range)).toBe('长江经济带');
    }
  });

  // A seventh trial: “十四五” in national 2024 (no part about the plan, so no link) gave “No results.”, though every
  // report of the workspace writes it.
  it('follows a quoted term no link holds into this report and the others', async () => {
    const { service, self, text } = await nationalYears([2022, 2024], 2024);
    const line = text.split('\n').findIndex((l) => l.includes('实现“十四五”规划目标任务的关键一年'));
    const at = { line, character: (text.split('\n')[line] as string).indexOf('十四五') + 1 };
    const model = (await service.getModel(textDocument(self, text), never))!;
    expect(relatedAt(model, at)).toBeUndefined();
    const refs = await service.getReferences(textDocument(self, text), at, { includeDeclaration: true }, never);
    const other = readCorpus('national/2022.txt');
    const own = refs.filter((r) => r.uri === self);
    const inOther = refs.filter((r) => r.uri === uriOf('national/2022.txt'));
    expect(own.length).toBe(text.split('十四五').length - 1);
    expect(inOther.length).toBe(other.split('十四五').length - 1);
    for (const r of own) expect(textAt(text, r.range)).toBe('十四五');
    for (const r of inOther) expect(textAt(other, r.range)).toBe('十四五');
  });

  // A twelfth trial: national 2017 writes “⏎十三五⏎” over three lines (a page's line breaks), so no quoted term stands
  // around the cursor; Shift+F12 said “No references” where F12 found the 2016 part.
  it('follows a plan period whose quotes stand on other lines', async () => {
    const { service, self, text } = await nationalYears([2016, 2017], 2017);
    const lines = text.split('\n');
    const line = lines.findIndex((l, i) => l.trim() === '十三五' && (lines[i - 1] ?? '').endsWith('“'));
    expect(line).toBeGreaterThan(0);
    const at = { line, character: 1 };
    const refs = await service.getReferences(textDocument(self, text), at, { includeDeclaration: true }, never);
    const other = readCorpus('national/2016.txt');
    const own = refs.filter((r) => r.uri === self);
    const inOther = refs.filter((r) => r.uri === uriOf('national/2016.txt'));
    expect(own.some((r) => r.range.start.line === line)).toBe(true);
    expect(own.length).toBe(text.split('十三五').length - 1);
    expect(inOther.length).toBe(other.split('十三五').length - 1);
    for (const r of [...own, ...inOther]) expect(textAt(r.uri === self ? text : other, r.range)).toBe('十三五');
  });

  // The same trial: 京津冀协同发展, written plainly and linked nowhere, gave nothing; selected, it is the name to follow.
  it('follows a one-line selection no link holds, and ignores a long one', async () => {
    const { service, self, text } = await nationalYears([2016, 2017], 2017);
    const model = (await service.getModel(textDocument(self, text), never))!;
    const name = '京津冀协同发展';
    const lines = text.split('\n');
    const line = lines.findIndex((l, i) => l.includes(name) && relatedAt(model, { line: i, character: l.indexOf(name) + 1 }) === undefined);
    expect(line).toBeGreaterThanOrEqual(0);
    const character = (lines[line] as string).indexOf(name);
    const selection = { start: { line, character }, end: { line, character: character + name.length } };
    const at = { line, character: character + 1 };
    expect(await service.getReferences(textDocument(self, text), at, { includeDeclaration: true }, never)).toEqual([]);
    const refs = await service.getReferences(textDocument(self, text), at, { includeDeclaration: true, selection }, never);
    const other = readCorpus('national/2016.txt');
    expect(refs.filter((r) => r.uri === self).length).toBe(text.split(name).length - 1);
    expect(refs.filter((r) => r.uri === uriOf('national/2016.txt')).length).toBe(other.split(name).length - 1);
    expect(other.includes(name)).toBe(true);
    const long = { start: { line, character: 0 }, end: { line, character: 40 } };
    expect(await service.getReferences(textDocument(self, text), at, { includeDeclaration: true, selection: long }, never)).toEqual([]);
  });

  it('reads a quoted term only inside short quotes on the cursor’s line', () => {
    const text = '实现“十四五”规划目标，“一带一路”建设。\n“这是一句很长很长的引号里的话，长到不再是一个名称了吧”。';
    const at = (line: number, character: number) => {
      const r = quotedTermAt(text, { line, character });
      return r && textAt(text, r);
    };
    expect([at(0, 2), at(0, 3), at(0, 6), at(0, 12), at(0, 8), at(1, 3)]).toEqual(['十四五', '十四五', '十四五', '一带一路', undefined, undefined]);
  });

  // A review found names whose reference key is a normalised form no text holds: the half-width folded （义乌） of a
  // full-width name, a zone kind clipped to 经开区 where the text says 经济技术开发区. The search is by what is written.
  it('searches the ways the report writes the name, not its normalised key', async () => {
    for (const [report, written, key] of [
      ['local/zhejiang-2026.txt', '金华（义乌）中欧班列集结中心', '金华(义乌)中欧班列集结中心'],
      ['national/1993.txt', '经济技术开发区', null],
    ] as const) {
      const workspace = new InMemoryWorkspace();
      const self = workspace.copyCorpus(report, 'a/report.txt');
      const text = readCorpus(report);
      // A copy that starts one line later: an exact copy is the same report again, searched once (twins.ts).
      const copy = workspace.write('b/copy.txt', `\n${text}`);
      const shifted = (r: Range): Range => ({ start: { line: r.start.line - 1, character: r.start.character }, end: { line: r.end.line - 1, character: r.end.character } });
      const service = testService({ workspace });
      const model = (await service.getModel(textDocument(self, text), never))!;
      const at = model.references.find((r) => r.kind === 'entity' && textAt(text, r.from.range).includes(written))!;
      expect(at, `${report}: a link on ${written}`).toBeDefined();
      if (key) expect(at.key).toBe(`entity:${key}`);
      else expect(at.key?.includes(written)).toBe(false);
      const refs = await service.getReferences(textDocument(self, text), at.from.range.start, { includeDeclaration: true }, never);
      const own = refs.filter((r) => r.uri === self).map((r) => textAt(text, r.range));
      const inCopy = refs.filter((r) => r.uri === copy).map((r) => textAt(text, shifted(r.range)));
      // The copy holds the same text: every mention found here is found there, written the same way.
      expect(inCopy.length).toBeGreaterThan(0);
      expect(inCopy.map((t) => foldWidth(t).replace(/^["“”]+|["“”]+$/gu, ''))).toEqual(own.map((t) => foldWidth(t).replace(/^["“”]+|["“”]+$/gu, '')).filter((t) => t.length >= 2));
    }
  });

  // A sixth trial: the glossary's mention of a programme, and a quoted term written again without quotes, were missing
  // from its references; a numeric term (“132”) must not find every 132 of the text.
  it('lists the report’s own unlinked writings of the name, and never searches a number-like term', () => {
    const text = readCorpus(SEED);
    const model = analyzeReport(text);
    const link = model.references.find((r) => r.key === 'term:江南文化')!;
    const related = relatedAt(model, link.from.range.start)!;
    const writings = writingsOf(text, related.ranges);
    expect(writings).toEqual(['江南文化']);
    const more = otherLiteralMentions(text, writings, related.ranges);
    expect(more.length).toBe(text.split('江南文化').length - 1 - related.ranges.length);
    for (const range of more) expect(textAt(text, range)).toBe('江南文化');
    const zhejiang = readCorpus('local/zhejiang-2026.txt');
    const numeric = analyzeReport(zhejiang).references.find((r) => r.key === 'term:132')!;
    expect(writingsOf(zhejiang, [numeric.from.range, numeric.to.range])).toEqual([]);
  });

  // A fourteenth trial: a GBK original beside its UTF-8 copy listed every mention twice, once per file.
  it('lists a report kept twice (GBK and UTF-8) once, and never this report’s own copy', async () => {
    const workspace = new InMemoryWorkspace();
    // (hailar 2016 here is only a file kept twice, GBK and UTF-8, beside this report: mentions are counted by a plain
    // search, nothing of 2016 is read as a name — the one pair of twins whose other year is dev.)
    const utf8 = workspace.copyCorpus('local/hailar-2016.txt');
    const gbk = workspace.copyCorpus('local/hailar-2016.gbk.txt');
    const self = workspace.copyCorpus('local/hailar-2019.txt');
    const service = testService({ workspace });
    await service.workspace!.crossReportReady(never);
    const text = readCorpus('local/hailar-2019.txt');
    const earlier = readCorpus('local/hailar-2016.txt');
    const model = (await service.getModel(textDocument(self, text), never))!;
    const link = model.references.find((r) => r.kind === 'entity' && earlier.includes(textAt(text, r.from.range)))!;
    expect(link, 'an entity of 2019 that 2016 names too').toBeDefined();
    const name = textAt(text, link.from.range);
    const refs = await service.getReferences(textDocument(self, text), link.from.range.start, { includeDeclaration: true }, never);
    const in2016 = refs.filter((r) => r.uri === utf8 || r.uri === gbk);
    expect(new Set(in2016.map((r) => r.uri)).size).toBe(1);
    expect(in2016.length).toBe(earlier.replace(/\r\n?/gu, '\n').split(name).length - 1);
    // Read from the UTF-8 copy, the GBK original is the same report: only 2019's mentions are another report's.
    const fromUtf8 = await service.getReferences(textDocument(utf8, earlier), in2016[0]!.range.start, { includeDeclaration: true }, never);
    expect(fromUtf8.some((r) => r.uri === gbk)).toBe(false);
    expect(fromUtf8.some((r) => r.uri === self)).toBe(true);
  });

  it('reads no more files once cancelled', async () => {
    const workspace = new InMemoryWorkspace();
    const uris = [2016, 2018].map((year) => workspace.copyCorpus(`national/${year}.txt`));
    expect((await nameMentionsIn(workspace, uris.map((uri) => ({ uri })), ['长江经济带'], never)).length).toBeGreaterThan(0);
    const cancelled = { isCancellationRequested: true, onCancellationRequested: () => ({ dispose: () => undefined }) };
    expect(await nameMentionsIn(workspace, uris.map((uri) => ({ uri })), ['长江经济带'], cancelled)).toEqual([]);
  });

  it('gives VS Code positions in text with \\r\\n, \\r or \\n line ends alike', () => {
    const lf = readCorpus('national/2016.txt');
    for (const text of [lf, lf.replace(/\n/gu, '\r\n'), lf.replace(/\n/gu, '\r')]) {
      const ranges = literalMentions(text, ['一带一路']);
      expect(ranges.length).toBe(lf.split('一带一路').length - 1);
      for (const range of ranges) expect(textAt(text, range)).toBe('一带一路');
    }
  });
});

// An eighth trial: Find All References on 雄安新区 in hebei-2021 counted the portal's list of cities and the page's
// second copy of the report (11 results; the report writes it 4 times, as its card said).
describe('a name’s references stay in the reports’ bodies', () => {
  const HEBEI = 'local/hebei-2021.txt';
  const bodyCount = (text: string, model: { chromeLines: readonly number[]; duplicateFromLine: number | null }, name: string): number =>
    text
      .split(/\r\n|\r|\n/u)
      .filter((_, line) => !model.chromeLines.includes(line) && (model.duplicateFromLine === null || line < model.duplicateFromLine))
      .reduce((n, line) => n + line.split(name).length - 1, 0);

  it('leaves out page chrome and the second copy in the open report', async () => {
    const service = testService({ workspace: new InMemoryWorkspace() });
    const self = uriOf(HEBEI);
    const text = readCorpus(HEBEI);
    const model = (await service.getModel(textDocument(self, text), never))!;
    const lines = text.split(/\r\n|\r|\n/u);
    // The file has both: a chrome line and a second copy that write the name.
    expect(model.chromeLines.some((l) => lines[l]!.includes('雄安新区'))).toBe(true);
    expect(model.duplicateFromLine).not.toBeNull();
    expect(lines.slice(model.duplicateFromLine!).some((l) => l.includes('雄安新区'))).toBe(true);
    const line = lines.findIndex((l, i) => l.includes('雄安新区') && !model.chromeLines.includes(i));
    const at = { line, character: lines[line]!.indexOf('雄安新区') + 1 };
    const selection = { start: { line, character: at.character - 1 }, end: { line, character: at.character + 3 } };
    const refs = await service.getReferences(textDocument(self, text), at, { includeDeclaration: true, selection }, never);
    expect(refs.length).toBe(bodyCount(text, model, '雄安新区'));
    for (const r of refs) {
      expect(model.chromeLines).not.toContain(r.range.start.line);
      expect(r.range.start.line).toBeLessThan(model.duplicateFromLine!);
    }
  });

  // review15: a compilation file (one report after another) listed the later report's mentions as this one's.
  it('leaves out the later reports of a compilation file', async () => {
    const service = testService({ workspace: new InMemoryWorkspace() });
    const self = uriOf('compilation.txt');
    const first = readCorpus('national/2022.txt');
    const text = `${first}\n${readCorpus('national/2024.txt')}`;
    const model = (await service.getModel(textDocument(self, text), never))!;
    expect(model.laterReports.length).toBeGreaterThan(0);
    const later = model.laterReports[0]!.line;
    const lines = text.split('\n');
    expect(lines.slice(later).some((l) => l.includes('雄安新区'))).toBe(true);
    const line = lines.findIndex((l) => l.includes('雄安新区'));
    const character = lines[line]!.indexOf('雄安新区');
    const selection = { start: { line, character }, end: { line, character: character + 4 } };
    const refs = await service.getReferences(textDocument(self, text), { line, character: character + 1 }, { includeDeclaration: true, selection }, never);
    expect(refs.length).toBe(lines.slice(0, later).reduce((n, l) => n + l.split('雄安新区').length - 1, 0));
    for (const r of refs) expect(r.range.start.line).toBeLessThan(later);
  });

  it('leaves them out in the workspace’s other reports too', async () => {
    const workspace = new InMemoryWorkspace();
    for (const path of [HEBEI, 'national/2022.txt']) workspace.copyCorpus(path);
    const service = testService({ workspace });
    await service.workspace!.crossReportReady(never);
    const self = uriOf('national/2022.txt');
    const text = readCorpus('national/2022.txt');
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('雄安新区'));
    const character = lines[line]!.indexOf('雄安新区');
    const selection = { start: { line, character }, end: { line, character: character + 4 } };
    const refs = await service.getReferences(textDocument(self, text), { line, character: character + 1 }, { includeDeclaration: true, selection }, never);
    const hebei = readCorpus(HEBEI);
    const hebeiModel = (await service.getModel(textDocument(uriOf(HEBEI), hebei), never))!;
    const inHebei = refs.filter((r) => r.uri === uriOf(HEBEI));
    expect(inHebei.length).toBe(bodyCount(hebei, hebeiModel, '雄安新区'));
    expect(inHebei.length).toBeLessThan(hebei.split('雄安新区').length - 1);
  });
});

// An eleventh trial: Find All References on 雄安新区 in a 保定 report, which later says 新区 alone for it, listed every
// 高新区 and 浦东新区 of the workspace — the bare type word was searched as text.
describe('a region said by its type word alone', () => {
  // Two sentences of 保定市 2026 (outside the corpus), quoted exactly: the second says 新区 for 雄安新区.
  const BAODING =
    '保定市政府工作报告\n\n一、今年主要工作\n\n' +
    '发挥房涿涞跨界地区先行示范作用，推动雄安新区与保定中心城区联动发展。\n\n' +
    '实施“大链接”融合工程，推动S603新区至高阳段、雄安中轴线与徐水连接线建设，布局公交化轨道交通。\n';

  it('joins the name in its own report but is not searched as text in the others', async () => {
    const workspace = new InMemoryWorkspace();
    const self = workspace.write('baoding-2026.txt', BAODING);
    workspace.copyCorpus('national/2019.txt');
    const service = testService({ workspace });
    await service.workspace!.crossReportReady(never);
    const model = (await service.getModel(textDocument(self, BAODING), never))!;
    const link = model.references.find((r) => r.kind === 'entity' && textAt(BAODING, r.from.range) === '新区');
    expect(link, 'the report itself reads 新区 as 雄安新区').toBeDefined();
    const lines = BAODING.split('\n');
    const line = lines.findIndex((l) => l.includes('雄安新区'));
    const refs = await service.getReferences(textDocument(self, BAODING), { line, character: lines[line]!.indexOf('雄安新区') + 1 }, { includeDeclaration: true }, never);
    const national = readCorpus('national/2019.txt');
    const elsewhere = refs.filter((r) => r.uri !== self);
    // national 2019 writes 高新区、新区 and 雄安新区: only the full name is the same programme. (Sealed text, kept: no dev
    // national report writes both 雄安新区 and a bare 新区, session 27.)
    expect(national.includes('高新区、新区')).toBe(true);
    expect(elsewhere.length).toBe(national.split('雄安新区').length - 1);
    for (const r of elsewhere) expect(textAt(national, r.range)).toBe('雄安新区');
  });
});

// An eleventh trial: references on “十四五” reached 37 mentions in 8 files from a report with no part about the plan,
// and 6 in 1 file from one with such a part — the linked period stopped at its own report.
describe('a plan period linked to the report’s own part', () => {
  it('is followed into the other reports by its mentions, as an unlinked one is', async () => {
    const workspace = new InMemoryWorkspace();
    for (const path of ['local/zhejiang-2026.txt', 'national/2022.txt']) workspace.copyCorpus(path);
    const service = testService({ workspace });
    await service.workspace!.crossReportReady(never);
    const self = uriOf('local/zhejiang-2026.txt');
    const text = readCorpus('local/zhejiang-2026.txt');
    const model = (await service.getModel(textDocument(self, text), never))!;
    const link = model.references.find((r) => r.key === 'period:十四五' && textAt(text, r.from.range) === '十四五');
    expect(link, 'zhejiang 2026 links 十四五 to its part').toBeDefined();
    const refs = await service.getReferences(textDocument(self, text), link!.from.range.start, { includeDeclaration: true }, never);
    const national = readCorpus('national/2022.txt');
    const inNational = refs.filter((r) => r.uri === uriOf('national/2022.txt'));
    expect(inNational.length).toBe(national.split('十四五').length - 1);
    for (const r of inNational) expect(textAt(national, r.range)).toBe('十四五');
    // The report's own part heading is the definition, still listed once.
    expect(refs.filter((r) => r.uri === self).length).toBeGreaterThan(1);
  });
});
