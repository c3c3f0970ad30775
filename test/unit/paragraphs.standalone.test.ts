import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/core/text/document';
import { buildParagraphs, firstLine } from '../../src/core/text/paragraphs';
import { readCorpus } from '../support/corpus';

function paragraphAt(text: string, line: number): string {
  const p = buildParagraphs(buildDocument(text)).find((q) => q.segments.some((s) => s.line === line));
  return p ? p.text : '';
}

describe('a standalone sub-heading line in a file with blank lines between its paragraphs', () => {
  // National 1988 as published online: each bold lead of the review is a line of its own, right over its body line.
  const text = readCorpus('national/1988.txt');
  const lines = text.split('\n');

  it('is a paragraph of its own, not the first line of its body (1988 “国家经济实力继续得到显著增强。”)', () => {
    const at = lines.indexOf('国家经济实力继续得到显著增强。');
    expect(at).toBeGreaterThan(0);
    expect(paragraphAt(text, at)).toBe('国家经济实力继续得到显著增强。');
    expect(paragraphAt(text, at + 1).startsWith('国民生产总值1987年达到10920亿元')).toBe(true);
    const long = lines.indexOf('国民经济的重大比例关系进一步趋于协调，宏观经济效益有了提高。');
    expect(paragraphAt(text, long)).toBe('国民经济的重大比例关系进一步趋于协调,宏观经济效益有了提高。');
  });

  it('still joins the words a page cut out of a sentence (2017 “…农村公路29万公里。” / “城市轨道交通” / “、地下…”)', () => {
    const t2017 = readCorpus('national/2017.txt');
    const at = t2017.split('\n').indexOf('城市轨道交通');
    const p = buildParagraphs(buildDocument(t2017)).find((q) => q.segments.some((s) => s.line === at));
    expect(p && firstLine(p)).toBeLessThan(at - 1);
    expect(p?.text).toContain('农村公路29万公里。城市轨道交通、地下综合管廊建设加快。');
  });
});
