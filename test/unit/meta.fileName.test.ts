import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeReport, indexReport, metaWithFileName, placeFromFileName } from '../../src/core';

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

  // A district report that names its government only as 区人民政府 (the opening of 罗湖区 2022/2024/2025 and 盐田区
  // 2015–2019, outside free texts): the text gives no place, so the file's name does — never over a place the text gives.
  const opening = '政府工作报告\n各位代表：\n现在，我代表区人民政府，向大会报告工作，请予审议。\n一、2024年工作回顾\n全区地区生产总值增长5.2%。\n';
  it('fills a report without a place from its file name, in the index and for the status bar', () => {
    const model = analyzeReport(opening);
    expect(model.meta.place).toBeNull();
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
