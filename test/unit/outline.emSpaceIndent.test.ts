import { describe, expect, it } from 'vitest';
import { analyzeReport, flattenOutline } from '../../src/core';
import { readCorpus } from '../support/corpus';
import { foldWidth } from '../../src/core/text/normalize';

/** Each node's line, level, kind, marker and title: what a reader of the outline sees. */
const shape = (text: string): string[] =>
  flattenOutline(analyzeReport(text).outline).map(({ node: n }) => `${n.selectionRange.start.line} ${n.level} ${n.kind} ${n.marker} ${n.title}`);

// Text saved from a Word file indents every paragraph with two em spaces (U+2003): 辽宁 2025 as extracted (session 24,
// unseen) opens “\u2003\u2003一、2024年工作回顾”, and none of its 67 headings was read — the em spaces did not fold to blank,
// so no marker opened its line. Dev national 2024 holds the same character on a line of its own (line 159) between two
// paragraphs. The rule: every Unicode space folds to blank, like U+3000 and NBSP.
describe('paragraphs indented with typographic spaces (U+2000–U+200A) read like unindented ones', () => {
  it('folds em, en, thin and hair spaces to a blank, keeping the length', () => {
    const text = '\u2003\u2003一、\u2002工作\u2009回顾\u200a\u202f';
    expect(foldWidth(text)).toBe('  一、 工作 回顾  ');
  });

  for (const file of ['national/2024.txt', 'local/辽宁省-2026.txt', 'national/1997.txt']) {
    it(`gives ${file} the same outline with every line indented by two em spaces`, () => {
      const text = readCorpus(file);
      const indented = text
        .split('\n')
        .map((l) => (l.trim() ? `\u2003\u2003${l.replace(/^[\s\u3000]+/, '')}` : l))
        .join('\n');
      const plain = text
        .split('\n')
        .map((l) => l.replace(/^[\s\u3000]+/, ''))
        .join('\n');
      const expected = shape(plain);
      expect(expected.length).toBeGreaterThan(20);
      expect(shape(indented)).toEqual(expected);
    });
  }
});
