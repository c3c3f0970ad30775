import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { readCorpus } from '../support/corpus';

/**
 * A name said again in the paragraph that first says it is in view: no link (entities.ts findEntityReferences). That
 * was asked by line, and a report whose breaks were written out as escapes (the 27 one-line county pages of src32,
 * outside ../shared/corpus) is one line: every repeat was “in view” and 阜平县-2017's 阜东产业园区 ×3 or 职教中心新校区 ×3
 * linked nothing. Asked by the paragraph's piece of the line (context.ts samePieceOf), dev reports written both ways
 * link their names alike.
 */
const ESCAPED = '\\r\\n';

function namesLinked(text: string): string[] {
  return analyzeReport(text)
    .references.filter((r) => r.kind === 'entity' || r.kind === 'short')
    .map((r) => `${r.from.text} → ${r.to.text}`)
    .sort();
}

describe('entity links of a report written with escaped breaks', () => {
  for (const file of ['local/guangdong-2026.txt', 'local/江苏省-2026.txt']) {
    it(`${file}: the same links as with its real line breaks`, () => {
      const text = readCorpus(file).replace(/\r\n/g, '\n');
      const links = namesLinked(text);
      expect(links.length).toBeGreaterThan(20);
      expect(namesLinked(text.split('\n').join(ESCAPED))).toEqual(links);
    });
  }

  it('a name said twice in one paragraph is still in view there (one escaped line of two paragraphs)', () => {
    const text = ['各位代表：', '一、工作回顾', '启动阜东产业园区建设，阜东产业园区框架拉开。', '二、今后工作', '以阜东产业园区为主要承载平台。'].join(ESCAPED);
    expect(namesLinked(text)).toEqual(['阜东产业园区 → 阜东产业园区']);
  });
});
