/**
 * A series of points or leads each one line of text ends with its last item's line: what follows closes the part or
 * section. A sixth trial saw 辽宁 2026's “十四五” review paragraph (after 一是…八是) filed under 八是风险化解有力有效 in
 * breadcrumbs and cards; 湖南 2026's closing paragraph of （一） (市场是最稀缺的资源。…) sat under its fourth lead.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { sectionPath } from '../../src/core/indicators/card';
import { readCorpus } from '../support/corpus';

const lineOf = (text: string, start: string): number => text.split('\n').findIndex((l) => l.startsWith(start));

describe('the end of a series of one-line items', () => {
  it('leaves the paragraphs after 八是 to the part (辽宁 2026)', () => {
    const text = readCorpus('local/辽宁省-2026.txt');
    const model = analyzeReport(text);
    const last = lineOf(text, '八是');
    expect(sectionPath(model.outline, { line: last, character: 5 })).toMatch(/› 八是风险化解有力有效$/u);
    // Every line after it up to the next part: the part alone.
    const nextPart = model.outline[1]!.range.start.line;
    for (let line = last + 1; line < nextPart; line++) {
      if (text.split('\n')[line]!.trim() === '') continue;
      expect(sectionPath(model.outline, { line, character: 5 })).toBe('一、2025年和“十四五”时期工作回顾');
    }
  });

  it('leaves a section’s closing paragraph to the section (湖南 2026, （一）)', () => {
    const text = readCorpus('local/湖南省-2026.txt');
    const model = analyzeReport(text);
    const closing = lineOf(text, '市场是最稀缺的资源');
    expect(sectionPath(model.outline, { line: closing, character: 5 })).toMatch(/（一）全力推动经济稳定增长[^›]*$/u);
    expect(sectionPath(model.outline, { line: closing - 1, character: 5 })).toMatch(/› 持续壮大经营主体$/u);
  });

});
