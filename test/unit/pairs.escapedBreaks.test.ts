import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { FigurePair } from '../../src/core/types';
import { readCorpus } from '../support/corpus';

/**
 * A report whose line breaks were written out as escapes (the 27 one-line county pages of src32, outside ../shared/corpus)
 * is one physical line, read as the paragraphs its escapes stand for (text/escapedBreaks.ts). The target ↔ actual pairing
 * told paragraphs apart by line: every target shared “its paragraph” with every actual and none was paired (容城县 2017 and
 * 2020: no pair at all). The same reports written both ways must pair alike: dev corpus reports with every break escaped.
 */
const ESCAPED = '\\r\\n';

function pairsOf(text: string): string[] {
  const said = (p: FigurePair): string => `${p.target.text} ${p.target.name ?? ''} ↔ ${p.actual.text} ${p.actual.name ?? ''}`;
  return analyzeReport(text).pairs.map(said).sort();
}

describe('target ↔ actual pairs of a report written with escaped breaks', () => {
  for (const file of ['local/guangdong-2026.txt', 'local/天津市-2026.txt', 'local/jiangxi-2026.txt']) {
    it(`${file}: the same pairs as with its real line breaks`, () => {
      const text = readCorpus(file).replace(/\r\n/g, '\n');
      const lines = pairsOf(text);
      expect(lines.length).toBeGreaterThan(5);
      expect(pairsOf(text.split('\n').join(ESCAPED))).toEqual(lines);
    });
  }
});
