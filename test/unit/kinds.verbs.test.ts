import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';

/** The kind of the figure written `text` in the dev corpus line holding `needle`, read with its whole report. */
const kindOn = (file: string, needle: string, text: string) => {
  const lines = readFileSync(join('test/fixtures/corpus', file), 'utf8').split('\n');
  const at = lines.findIndex((l) => l.includes(needle));
  return analyzeReport(lines.join('\n')).indicators.find((i) => i.range.start.line === at && i.text === text)?.kind;
};

describe('the verbs of growth and change that kinds.ts reads are measures.ts’s, plus a few', () => {
  it('a verb with its object before the figure decides growth or change (粮食增产百分之四十, 压减政府性基金项目30%)', () => {
    expect(analyzeReport('多措并举降成本，压减政府性基金项目30%。').indicators.find((i) => i.text === '30%')?.kind).toBe('change');
    expect(analyzeReport('三年之内，粮食增产百分之四十。').indicators.find((i) => i.text === '百分之四十')?.kind).toBe('growth');
  });
  it('增加值 is a noun, not the verb 增加: 服务业增加值比重由46.9%提高到48.2% are shares (national 2015, dev)', () => {
    expect(kindOn('national/2015.txt', '服务业增加值比重由46.9%', '46.9%')).toBe('share');
    expect(kindOn('national/2015.txt', '服务业增加值比重由46.9%', '48.2%')).toBe('share');
  });
});
