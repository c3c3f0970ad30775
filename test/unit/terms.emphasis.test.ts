/**
 * A quoted term is a report's formulation (“三件大事”, “两重”), not an ordinary word put in quotes once for emphasis or
 * as a mention (让河北发展更有“质量”, 牢记政府前面“人民”二字) and written without quotes everywhere else: such a word is
 * counted as the word it is (source 'word', same mentions), so the quoted list is not led by it. The class was seen in
 * free outside texts too (深圳市 2025 “首创”“首批”, 考核“优秀”; 宝安区 2025 “优秀”; 福田区 2021 “智慧”).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeTerms, termFrequencies } from '../../src/core/terms';
import type { CutPieces, TermFrequencies } from '../../src/core/terms';
import { JiebaSegmenter } from '../../src/node/jiebaSegmenter';

const read = (path: string): string => readFileSync(`test/fixtures/corpus/${path}`, 'utf8');
const HEBEI_2021 = read('local/hebei-2021.txt');
const FUJIAN_2026 = read('local/福建省-2026.txt');
const jieba = new JiebaSegmenter();
const cut: CutPieces = async (pieces) => pieces.map((piece) => jieba.cut(piece));

function term(f: TermFrequencies, t: string): { source: string; count: number } | undefined {
  const found = f.terms.find((x) => x.term === t);
  return found && { source: found.source, count: found.count };
}

describe('an ordinary word quoted for emphasis is not a quoted term', () => {
  it('河北省 2021: “质量” (quoted once, written 30-odd times without quotes) is a word; its formulations stay quoted', () => {
    const f = termFrequencies(HEBEI_2021, { segmenter: jieba });
    const quality = term(f, '质量');
    expect(quality?.source).toBe('word');
    expect(quality?.count).toBeGreaterThan(20); // every mention still counted, quoted or not
    // Quoted terms written without quotes too, but cut into pieces (三件/大事) or quoted at most mentions: kept.
    expect(term(f, '三件大事')?.source).toBe('quoted');
    expect(term(f, '四风')?.source).toBe('quoted');
    expect(term(f, '双代')?.source).toBe('quoted');
    expect(f.terms.filter((t) => t.source === 'quoted')[0]?.term).toBe('三件大事');
  });

  it('福建省 2026: “人民”二字 is a word; “两重” and “智改数转” stay quoted; the editor’s worker path agrees', async () => {
    const f = termFrequencies(FUJIAN_2026, { segmenter: jieba });
    expect(term(f, '人民')?.source).toBe('word');
    // 两重 is one jieba word too, but quoted at each mention: a formulation, kept.
    expect(term(f, '两重')?.source).toBe('quoted');
    expect(term(f, '智改数转')?.source).toBe('quoted');
    const editor = await analyzeTerms(FUJIAN_2026, null, cut);
    expect(editor.current.terms).toEqual(f.terms);
  });

  it('without a segmenter nothing says which quoted words are ordinary: they stay quoted terms', () => {
    const f = termFrequencies(HEBEI_2021);
    expect(f.segmented).toBe(false);
    expect(term(f, '质量')?.source).toBe('quoted');
  });
});
