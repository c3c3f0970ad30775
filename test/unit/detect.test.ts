import { describe, expect, it } from 'vitest';
import { detectReport } from '../../src/core';
import { SEED, readCorpus } from '../support/corpus';
import { corpusFiles } from '../support/expectedOutline';

describe('report detection on the opening of a plain-text file', () => {
  it('accepts every corpus report, including the seed behind its three ad lines', () => {
    expect(detectReport(readCorpus(SEED))).toEqual({ isReport: true, reason: 'report title' });
    for (const f of corpusFiles().filter((f) => !f.endsWith('.gbk.txt'))) expect(detectReport(readCorpus(f)).isReport, f).toBe(true);
  });

  it('accepts a report that opens with the salutation only', () => {
    expect(detectReport('各位代表：\n\n现在，我代表市人民政府，向大会报告工作。').reason).toBe('各位代表 salutation');
  });

  it('rejects ordinary Chinese prose, code, English and empty text', () => {
    expect(detectReport('今天天气很好，我们去公园散步。\n一、买菜\n二、做饭').isReport).toBe(false);
    expect(detectReport('const x = 1;\nfunction f() {}').isReport).toBe(false);
    expect(detectReport('The quick brown fox.').isReport).toBe(false);
    expect(detectReport('').isReport).toBe(false);
  });

  it('only looks at the opening: a title deep inside a long file does not count', () => {
    expect(detectReport(`${'这是一段很长的无关文字。\n'.repeat(5000)}政府工作报告`).isReport).toBe(false);
  });
});
