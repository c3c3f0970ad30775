import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReport, indexReport, metaWithFileName, placeFromFileName } from '../../src/core';
import { replacesSameYear } from '../../src/core/workspace/series';
import { never, testService, textDocument } from '../support/inMemoryWorkspace';
import { run } from '../support/runCli';
import { UNDATED_OPENING } from '../support/undatedReport';

describe('a place and year from the file name, where the text says none', () => {
  it('reads the most specific place unit of a file name, and none from names that are not places', () => {
    expect(placeFromFileName('罗湖区-2025.txt')).toBe('罗湖区');
    expect(placeFromFileName('/ws/reports/深圳市罗湖区-2025.txt')).toBe('罗湖区');
    expect(placeFromFileName('2025年罗湖区政府工作报告.txt')).toBe('罗湖区');
    expect(placeFromFileName('宁夏回族自治区2006年政府工作报告.txt')).toBe('宁夏回族自治区');
    expect(placeFromFileName('national/2015.txt')).toBeNull();
    expect(placeFromFileName('小区调研笔记.txt')).toBeNull();
    expect(placeFromFileName('政府工作报告.txt')).toBeNull();
  });

  it('reads a year standing apart in a file name, not one inside a hash or a code', () => {
    const undated = analyzeReport('各位代表：\n过去一年，全区地区生产总值增长5.2%。\n').meta;
    expect(undated.year).toBeNull();
    expect(metaWithFileName(undated, '2015.txt').year).toBe(2015);
    expect(metaWithFileName(undated, '苏州市2021年.txt').year).toBe(2021);
    expect(metaWithFileName(undated, 'report_2019_v2.txt').year).toBe(2019);
    expect(metaWithFileName(undated, 'a3f2019e.txt').year).toBeNull();
  });

  // review35: the first of two years dated an undated report by whichever year its name said first (2020 for a report
  // given in 2021), and every figure a year off with it; the same year twice, or a -2 of a second report, is one year.
  it('reads no year from a name that holds two, and one from a name that says the same year twice', () => {
    const undated = analyzeReport('各位代表：\n过去一年，全区地区生产总值增长5.2%。\n').meta;
    expect(metaWithFileName(undated, '2020年工作总结和2021年工作安排.txt').year).toBeNull();
    expect(metaWithFileName(undated, '/ws/十三五2016-2020.txt').year).toBeNull();
    expect(metaWithFileName(undated, '2021年政府工作报告（2021年1月）.txt').year).toBe(2021);
    expect(metaWithFileName(undated, '宝安区-2021-2.txt').year).toBe(2021);
  });

  // A district report that names its government only as 区人民政府 (the opening of 罗湖区 2022/2024/2025 and 盐田区
  // 2015–2019, outside free texts): the text gives no place, so the file's name does — never over a place the text gives.
  const opening = '政府工作报告\n各位代表：\n现在，我代表区人民政府，向大会报告工作，请予审议。\n一、2024年工作回顾\n全区地区生产总值增长5.2%。\n';
  it('fills a report without a place from its file name, in the index and for the status bar', () => {
    const model = analyzeReport(opening);
    expect(metaWithFileName(model.meta, '罗湖区-2025.txt').place).toBe('罗湖区');
    expect(indexReport('file:///ws/罗湖区-2025.txt', opening, { fileName: '罗湖区-2025.txt' })?.meta.place).toBe('罗湖区');
  });

  it('keeps what the text says over the file name', () => {
    const seed = analyzeReport(readFileSync('test/fixtures/corpus/000_4ff7010d533e2b03.txt', 'utf8'));
    const filled = metaWithFileName(seed.meta, '罗湖区-1999.txt');
    expect(filled.place).toBe(seed.meta.place);
    expect(filled.year).toBe(seed.meta.year);
    expect(seed.meta.place).not.toBeNull();
  });
});

// 南山区 2021's opening: every figure of its review had no period; its file's name says 2021.
const UNDATED = UNDATED_OPENING;

describe('an undated report dated by its file name, before its figures are', () => {
  it('gives the CLI\'s figures the periods the file name makes possible, and none without it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govreport-filename-'));
    const named = join(dir, '南山区-2021.txt');
    const bare = join(dir, 'report.txt');
    writeFileSync(named, UNDATED);
    writeFileSync(bare, UNDATED);
    const read = async (file: string): Promise<{ meta: { year: number | null }; indicators: { text: string; period: string | null }[] }> =>
      JSON.parse((await run('analyze', file, '--json')).stdout) as { meta: { year: number | null }; indicators: { text: string; period: string | null }[] };
    const dated = await read(named);
    expect(dated.meta.year).toBe(2021);
    expect(dated.indicators.find((i) => i.text.startsWith('6500'))?.period).toBe('2016-2020');
    const undated = await read(bare);
    expect(undated.meta.year).toBeNull();
    expect(undated.indicators.find((i) => i.text.startsWith('6500'))?.period).toBeNull();
  });

  it('leaves the figures undated when the name holds two years, rather than dated by the first', () => {
    const model = analyzeReport(UNDATED, { fileName: '南山区2020年工作总结和2021年工作安排.txt' });
    expect(model.meta.year).toBeNull();
    expect(model.indicators.find((i) => i.text.startsWith('6500'))?.period).toBeNull();
    expect(analyzeReport(UNDATED, { fileName: '南山区-2021.txt' }).indicators.find((i) => i.text.startsWith('6500'))?.period).toBe('2016-2020');
  });

  it('gives the editor\'s model the same year, through the service', async () => {
    const service = testService();
    const model = await service.getModel(textDocument('file:///ws/%E5%8D%97%E5%B1%B1%E5%8C%BA-2021.txt', UNDATED), never);
    expect(model?.meta.year).toBe(2021);
    expect(model?.indicators.find((i) => i.text.startsWith('6500'))?.period).toBe('2016-2020');
  });
});

describe('the same year twice in a workspace: the copy whose file name gives its year wins', () => {
  // (national 2018, dev: the same text under 2018.txt and under a hashed download name; the series reads one of them.)
  it('reads a year inside a hash as no year, as the analysis does', () => {
    const text = readFileSync('test/fixtures/corpus/national/2018.txt', 'utf8');
    const named = indexReport('file:///ws/2018.txt', text, { fileName: '2018.txt' })!;
    const hashed = indexReport('file:///ws/a3f2018e.txt', text, { fileName: 'a3f2018e.txt' })!;
    expect(named.meta.year).toBe(2018);
    expect(replacesSameYear(hashed, named)).toBe(true);
    expect(replacesSameYear(named, hashed)).toBe(false);
  });
});
