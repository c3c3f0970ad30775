/**
 * A part's closing words (各位代表！… after its last numbered section) sum the part up: they are no section's content.
 * An eleventh trial saw 陕西 2026's five-year points under （六） in the breadcrumbs and 福建 2026's “五年来，…”
 * paragraphs given （九） as their section on the cards (both dev reports).
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { OutlineNode } from '../../src/core';
import { readCorpus } from '../support/corpus';

const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle));

describe('a part’s closing words', () => {
  it('end the last section before them, so that what they say falls under the part (福建 2026)', () => {
    const text = readCorpus('local/福建省-2026.txt');
    const address = lineOf(text, '各位代表！2025年主要目标任务如期完成');
    const part = analyzeReport(text).outline[0] as OutlineNode;
    const last = part.children[part.children.length - 1] as OutlineNode;
    expect(last.marker).toBe('（九）');
    expect(last.range.end.line).toBeLessThan(address);
    expect(part.range.end.line).toBeGreaterThan(address);
  });

  it('list none of their points under the last section (陕西 2026: 一是综合实力再上台阶 … 五是)', () => {
    const text = readCorpus('local/陕西省-2026.txt');
    const part = analyzeReport(text).outline[0] as OutlineNode;
    const last = part.children[part.children.length - 1] as OutlineNode;
    expect(last.marker).toBe('（六）');
    expect(last.children).toEqual([]);
    const address = lineOf(text, '各位代表！2025年目标任务顺利完成');
    expect(last.range.end.line).toBeLessThan(address);
  });

  it('leave a section that goes on after them whole (辽宁 2026: 各位代表！今年，我们继续安排20件民生实事 before （十）)', () => {
    const text = readCorpus('local/辽宁省-2026.txt');
    const model = analyzeReport(text);
    const address = lineOf(text, '各位代表！今年，我们继续安排20件民生实事');
    expect(address).toBeGreaterThan(0);
    // Every node's children lie inside it (VS Code's DocumentSymbol requires it).
    const inside = (n: OutlineNode): void => {
      for (const c of n.children) {
        expect(c.range.start.line).toBeGreaterThanOrEqual(n.range.start.line);
        expect(c.range.end.line).toBeLessThanOrEqual(n.range.end.line);
        inside(c);
      }
    };
    for (const n of model.outline) inside(n);
  });
});
