import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { toContractReport } from '../../src/core/export';
import { readCorpus, SEED } from '../support/corpus';
import { outlineNodes } from '../../src/core/outline/flatten';
import { never, testService, textDocument } from '../support/inMemoryWorkspace';
import { run } from '../support/runCli';
import { shapeById } from '../support/pathological';
import { MAX_LATER_REPORTS } from '../../src/core/text/laterReports';

/** Two real reports one after the other, as an analyst's compilation holds them. */
function compilation(first: string, second: string): { text: string; secondLine: number } {
  const a = readCorpus(first);
  const joined = `${a}${a.endsWith('\n') ? '' : '\n'}\n`;
  const text = `${joined}${readCorpus(second)}`;
  // The second report's title is the first line of its own file that ends in 政府工作报告.
  const own = readCorpus(second).split('\n').findIndex((l) => /政府工作报告\s*$/.test(l));
  return { text, secondLine: joined.split('\n').length - 1 + own };
}

/** Outline nodes without their ranges' identity: what a reader sees. */
const shape = (text: string): unknown => JSON.parse(JSON.stringify(analyzeReport(text).outline));

describe('a file that holds several reports', () => {
  it('reads two provincial reports in one file as the first, and says where the second starts and what it is', () => {
    const { text, secondLine } = compilation('local/福建省-2026.txt', 'local/湖南省-2026.txt');
    const model = analyzeReport(text);
    expect(model.laterReports).toEqual([{ line: secondLine, title: expect.stringContaining('政府工作报告') as string, place: '湖南省', year: 2026 }]);
    expect(model.meta.place).toBe('福建省');
    // Without the cut, 湖南's parts were nested under 福建's part 四 and its figures bound to 福建's outline.
    expect(shape(text)).toEqual(shape(readCorpus('local/福建省-2026.txt')));
    const alone = analyzeReport(readCorpus('local/福建省-2026.txt'));
    expect(model.indicators.map((i) => [i.text, i.name, i.period])).toEqual(alone.indicators.map((i) => [i.text, i.name, i.period]));
    expect(model.indicators.every((i) => i.range.end.line < secondLine)).toBe(true);
  });

  it('finds a national report after the first one’s Wikisource licence footer, which used to hide it as page chrome', () => {
    const { text, secondLine } = compilation('national/2022.txt', 'national/2024.txt');
    const model = analyzeReport(text);
    expect(model.laterReports.map((r) => [r.line, r.place, r.year])).toEqual([[secondLine, '全国', 2024]]);
    expect(model.chromeLines.every((l) => l < secondLine)).toBe(true);
    expect(shape(text)).toEqual(shape(readCorpus('national/2022.txt')));
  });

  // National 2017 as published breaks its title over two lines (政府工作报 / 告): after 2016's licence footer the whole
  // of 2017 was hidden as page chrome (a fourteenth trial's concatenation read as its first report, silently).
  it('finds a later report whose title a narrow page broke over two lines', () => {
    const first = readCorpus('national/2016.txt');
    const joined = `${first}${first.endsWith('\n') ? '' : '\n'}\n`;
    const second = readCorpus('national/2017.txt');
    const own = second.split('\n').findIndex((l) => l.trim() === '政府工作报');
    expect(second.split('\n')[own + 1]?.trim()).toBe('告');
    const text = joined + second;
    const model = analyzeReport(text);
    const secondLine = joined.split('\n').length - 1 + own;
    expect(model.laterReports.map((r) => [r.line, r.place, r.year])).toEqual([[secondLine, '全国', 2017]]);
    expect(model.chromeLines.every((l) => l < secondLine)).toBe(true);
    expect(shape(text)).toEqual(shape(first));
  });

  // The Hebei archive's compilation: a portal's breadcrumb 时政要闻 stands over 2022's title line, and the two lines
  // joined read as a title too — the report starts at its own title line, not at the breadcrumb above it.
  it('starts a later report at a title line of its own, not at a short line above it that joins it into a title', () => {
    const { text, secondLine } = compilation('national/2022.txt', 'national/2024.txt');
    const lines = text.split('\n');
    const withCrumb = [...lines.slice(0, secondLine), '时政要闻', ...lines.slice(secondLine)].join('\n');
    expect(analyzeReport(withCrumb).laterReports.map((r) => [r.line, r.year])).toEqual([[secondLine + 1, 2024]]);
  });

  // The Hebei archive's records open 标题：高阳县2019年政府工作报告 / 发文单位：… : the place before the year and a labelled
  // title line. Concatenated (trial16: a run of 保定市 years, 高阳县 2023+2024), no later report was found, so the second's
  // figures and outline were read as the first's.
  it('finds a later archive record whose title says the place before the year, after a 标题： label', () => {
    for (const [first, second, place, year] of [
      ['local/gaoyang-2017.txt', 'local/gaoyang-2019.txt', '高阳县', 2019],
      ['local/hebei-2010.txt', 'local/gaoyang-2017.txt', '高阳县', 2017],
    ] as const) {
      const { text, secondLine } = compilation(first, second);
      const model = analyzeReport(text);
      expect(model.laterReports.map((r) => [r.line, r.place, r.year])).toEqual([[secondLine, place, year]]);
      expect(shape(text)).toEqual(shape(readCorpus(first)));
    }
  });

  it('lists every later report of a longer compilation, each once', () => {
    const two = compilation('local/福建省-2026.txt', 'local/湖南省-2026.txt');
    const text = `${two.text}\n\n${readCorpus('local/辽宁省-2026.txt')}`;
    expect(analyzeReport(text).laterReports.map((r) => r.place)).toEqual(['湖南省', '辽宁省']);
  });

  it('lists at most MAX_LATER_REPORTS of a compilation of many short reports, and reads the first', () => {
    const text = shapeById('many-reports').generate(200_000);
    const model = analyzeReport(text);
    expect(model.laterReports).toHaveLength(MAX_LATER_REPORTS);
    expect(model.meta.year).toBe(2000);
    expect(model.indicators.every((i) => i.range.start.line < model.laterReports[0]!.line)).toBe(true);
  });

  it('does not take a page that holds the same report twice, or any single report of the corpus, for a compilation', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => {
        const p = join(dir, f);
        return statSync(p).isDirectory() ? walk(p) : p.endsWith('.txt') && !p.includes('.gbk.') ? [p] : [];
      });
    const files = walk('test/fixtures/corpus').map((p) => p.slice('test/fixtures/corpus/'.length));
    expect(files).toContain('local/hebei-2010.txt'); // the whole report twice, its title block worded otherwise
    for (const file of files) expect(analyzeReport(readCorpus(file)).laterReports, file).toEqual([]);
  });

  // The terms test cut hebei-2021 where its second copy starts: the copy's title block (政府工作报告 / 2021年02月19日)
  // was left at the end, said no place, and was taken for another report.
  it('does not take a second copy’s title block that says less than the report’s own for another report', () => {
    const text = readCorpus('local/hebei-2021.txt');
    // (The copy now starts at its title block; cut at its 各位代表, where it started then, to keep the block at the end.)
    const copy = analyzeReport(text).duplicateFromLine!;
    const lines = text.split('\n');
    const salutation = lines.findIndex((l, i) => i > copy && l.trim().startsWith('各位代表'));
    const cut = lines.slice(0, salutation).join('\n');
    expect(cut.split('\n').slice(-12).some((l) => /^\s*政府工作报告\s*$/u.test(l))).toBe(true);
    expect(analyzeReport(cut).laterReports).toEqual([]);
  });

  it('says so in the editor (whatever the diagnostics settings) and folds each later report as a region', async () => {
    const { text, secondLine } = compilation('local/福建省-2026.txt', 'local/湖南省-2026.txt');
    const document = textDocument('file:///two.txt', text);
    const off = { footnotes: false, indicatorConflicts: false };
    const problems = await testService().getDiagnostics(document, off, never);
    expect(problems?.map((p) => [p.code, p.severity, p.range.start.line])).toEqual([['another-report', 'information', secondLine]]);
    expect(problems?.[0]?.message).toContain('湖南省 2026');
    const zh = await testService({ language: 'zh-cn' }).getDiagnostics(document, off, never);
    expect(zh?.[0]?.message).toMatch(/^此处开始另一篇报告（湖南省 2026）/u);
    const ranges = await testService().getFoldingRanges(document, never);
    expect(ranges).toContainEqual(expect.objectContaining({ start: secondLine, kind: 'region' }));
    for (const r of ranges.filter((x) => x.kind === undefined)) expect(r.end).toBeLessThan(secondLine);
  });

  // A trial opened 河北省 2010 and 2021 (two reading modes of one page): the second copy looked like the report but had
  // no hovers and no outline rows, and nothing said why. It now says so on its first line and folds, as README says.
  it.each(['local/hebei-2010.txt', 'local/hebei-2021.txt'])('says where %s’s second copy starts, and folds it', async (file) => {
    const text = readCorpus(file);
    const copy = analyzeReport(text).duplicateFromLine;
    expect(copy).not.toBeNull();
    const document = textDocument(`file:///${file}`, text);
    const off = { footnotes: false, indicatorConflicts: false };
    const problems = await testService().getDiagnostics(document, off, never);
    expect(problems?.map((p) => [p.code, p.severity, p.range.start.line])).toEqual([['second-copy', 'information', copy]]);
    expect(problems?.[0]?.message).toMatch(/^A second copy of the report starts here\./u);
    const zh = await testService({ language: 'zh-cn' }).getDiagnostics(document, off, never);
    expect(zh?.[0]?.message).toMatch(/^此处开始报告的第二份副本/u);
    const ranges = await testService().getFoldingRanges(document, never);
    expect(ranges).toContainEqual(expect.objectContaining({ start: copy, kind: 'region' }));
  });

  it('says nothing of a second copy on a page that holds the report once', async () => {
    const document = textDocument('file:///one.txt', readCorpus('local/福建省-2026.txt'));
    const problems = await testService().getDiagnostics(document, { footnotes: false, indicatorConflicts: false }, never);
    expect(problems).toEqual([]);
  });

  it('notes it on the CLI’s stderr and keeps stdout the JSON contract of the first report', async () => {
    const { text, secondLine } = compilation('local/福建省-2026.txt', 'local/湖南省-2026.txt');
    const file = join(mkdtempSync(join(tmpdir(), 'govreport-')), 'two.txt');
    writeFileSync(file, text);
    const { code, stdout, stderr } = await run('analyze', file, '--json');
    expect(code).toBe(0);
    expect(stderr).toMatch(new RegExp(`^govreport: note: ${file.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}: the file holds another report after the first \\(L${secondLine + 1} .*湖南省, 2026\\)`, 'u'));
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(toContractReport(file, analyzeReport(readCorpus('local/福建省-2026.txt'))))));
    const summary = await run('analyze', file);
    expect(summary.stdout).toMatch(new RegExp(`not read +L${secondLine + 1} `, 'u'));
  });
});

/** `first`, then `second` appended `times` times (a paste at the end of the file, or an analyst's concatenation). */
function appended(first: string, second: string, times: number): { text: string; secondLine: number } {
  const joined = first.endsWith('\n') ? first : `${first}\n`;
  return { text: joined + second.repeat(times), secondLine: joined.split('\n').length - 1 };
}

/** What a reader of the outline sees of it: each heading's kind, line and title, in order. */
const headings = (text: string): string[] => outlineNodes(analyzeReport(text).outline).map((n) => `${n.kind} L${n.range.start.line} ${n.title}`);

describe('a report whose title line carries its date and meeting after a dash, appended after another', () => {
  // trial20: cat 辽宁省-2026.txt seed > x.txt — the seed (政府工作报告——2021年1月19日在苏州市十六届人大五次会议上, after
  // its ad lines) was not noticed, and all its figures counted as 辽宁 2026's (497 instead of 275; 苏州's 地区生产总值年均
  // 增长6.1% became 辽宁's actual for 2021–2025).
  it('finds the seed after 辽宁 2026 as 苏州 2021, and reads 辽宁 alone', () => {
    const liaoning = readCorpus('local/辽宁省-2026.txt');
    const seed = readCorpus(SEED);
    const { text, secondLine } = appended(liaoning, seed, 1);
    const title = secondLine + seed.split('\n').findIndex((l) => l.startsWith('政府工作报告——'));
    const model = analyzeReport(text);
    expect(model.laterReports.map((r) => [r.line, r.place, r.year])).toEqual([[title, '苏州市', 2021]]);
    const alone = analyzeReport(liaoning);
    expect(model.indicators.map((i) => [i.text, i.name, i.period])).toEqual(alone.indicators.map((i) => [i.text, i.name, i.period]));
    expect(model.indicators.some((i) => i.text.includes('6.1%'))).toBe(alone.indicators.some((i) => i.text.includes('6.1%')));
    expect(shape(text)).toEqual(shape(liaoning));
  });

  // The same title block in the other forms the corpus prints, each joined onto one line as the seed prints it: the
  // year and place before the title (2026年辽宁省政府工作报告——2026年1月27日在…会议上), the meeting line broken after
  // 第十四届 (广东 2026), a scraper's 标题： label. The line after the dash opens the date or the meeting (在…).
  it.each([
    ['local/辽宁省-2026.txt', '辽宁省', 2026],
    ['local/guangdong-2026.txt', '广东省', 2026],
    ['local/jiangxi-2026.txt', '江西省', 2026],
  ] as const)('finds %s after 福建 2026 with its title and dashed meeting line joined into one', (file, place, year) => {
    const lines = readCorpus(file).split('\n');
    const title = lines.findIndex((l) => /政府工作报告\s*$/u.test(l));
    const dash = lines.findIndex((l, i) => i > title && /^\s*——/u.test(l));
    expect(dash - title).toBeLessThanOrEqual(2);
    const second = [...lines.slice(0, title), lines[title]!.trim() + lines[dash]!.trim(), ...lines.slice(dash + 1)].join('\n');
    const { text, secondLine } = appended(readCorpus('local/福建省-2026.txt'), second, 1);
    expect(analyzeReport(text).laterReports.map((r) => [r.line, r.place, r.year])).toEqual([[secondLine + title, place, year]]);
    // Alone, the joined title is the report's own title block, not a later report.
    expect(analyzeReport(second).laterReports).toEqual([]);
  });

  it('does not take a sentence that names the report and goes on after a dash for a title', () => {
    const liaoning = readCorpus('local/辽宁省-2026.txt');
    const seed = readCorpus(SEED).replace(/^政府工作报告——.*$/mu, '政府工作报告——这是一个统计口径的说明');
    const { text } = appended(liaoning, seed, 1);
    expect(analyzeReport(text).laterReports).toEqual([]);
  });
});

describe('copies of another report pasted after a report never take its outline', () => {
  // trial20: 辽宁省-2026 open, Ctrl+End, paste the seed ×15 — the Outline showed 苏州's parts, 辽宁's disappeared. From
  // 8 copies on the file read as blank-separated (the seed's layout), 辽宁's lines ran into one another and the seed's
  // 各位代表： became the salutation of the file.
  const liaoning = (): string => readCorpus('local/辽宁省-2026.txt');
  it('reads 辽宁 2026 alone with 15 copies of the seed after it', () => {
    const { text } = appended(liaoning(), `\n${readCorpus(SEED)}`, 15);
    const model = analyzeReport(text);
    expect(model.meta.place).toBe('辽宁省');
    expect(model.laterReports.map((r) => r.place)).toEqual(['苏州市']);
    expect(shape(text)).toEqual(shape(liaoning()));
  });

  // Without its title block the pasted text cannot be told from the report's own (it stays in the outline after 辽宁's
  // parts, at worst), but 辽宁's own headings stay what they are, however many copies follow.
  it.each([7, 8, 15])('keeps 辽宁 2026’s own headings with %i copies of the seed’s body (no title block) after it', (times) => {
    const seed = readCorpus(SEED);
    const body = seed.slice(seed.indexOf('各位代表'));
    const { text, secondLine } = appended(liaoning(), body, times);
    const own = headings(liaoning());
    expect(headings(text).filter((h) => Number(/ L(\d+) /u.exec(h)?.[1]) < secondLine)).toEqual(own);
  });

  // A report that prints its salutation on the line of its first sentence (各位代表：现在，我代表…) has no short salutation
  // paragraph: another report's, 40 paragraphs below (海拉尔 2019 is short), must not stand for it and cut the first
  // report's parts out of the outline as its title block.
  it('does not take a pasted report’s salutation for the first report’s when the first fuses its own', () => {
    const own = readCorpus('local/hailar-2019.txt');
    const fused = own.replace(/各位代表：\s*\n/u, '各位代表：');
    expect(fused).not.toBe(own);
    const seed = readCorpus(SEED);
    const { text, secondLine } = appended(fused, seed.slice(seed.indexOf('各位代表')), 2);
    const alone = headings(fused);
    expect(alone.filter((h) => h.startsWith('part ')).length).toBeGreaterThanOrEqual(3);
    expect(headings(text).filter((h) => Number(/ L(\d+) /u.exec(h)?.[1]) < secondLine)).toEqual(alone);
  });
});
