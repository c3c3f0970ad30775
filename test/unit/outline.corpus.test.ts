import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { CORPUS, comparableNodes, corpusFiles, normTitle, readExpected } from '../support/expectedOutline';

const utf8Files = corpusFiles().filter((f) => !f.endsWith('.gbk.txt'));

describe('outline of every corpus report matches the expectations written by reading it', () => {
  it('has an expectation file for every corpus report', () => {
    expect(utf8Files.length).toBeGreaterThanOrEqual(19);
    for (const f of utf8Files) expect(() => readExpected(f), f).not.toThrow();
  });

  for (const file of utf8Files) {
    it(`${file}: every part and section, with level, kind, marker and title`, () => {
      const text = readFileSync(join(CORPUS, file), 'utf8');
      const lines = text.split('\n');
      const actual = comparableNodes(analyzeReport(text).outline, lines).map(show);
      const expected = readExpected(file).map(show);
      expect(actual).toEqual(expected);
    });
  }
});

function show(n: { line: number; level: number; kind: string; marker: string; title: string }): string {
  return `${n.line}\t${n.level}\t${n.kind}\t${normTitle(n.marker)}\t${normTitle(n.title)}`;
}
