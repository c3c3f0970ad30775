import { beforeAll, describe, expect, it } from 'vitest';
import { flattenOutline, headingLabel, rangeWithin } from '../../src/core';
import type { ReportSymbol } from '../../src/core/service';
import { documentSymbols } from '../../src/core/service/documentSymbols';
import { readCorpus, SEED } from '../support/corpus';
import { never, testService, textDocument } from '../support/inMemoryWorkspace';

const flat = (symbols: readonly ReportSymbol[], depth = 1): Array<{ name: string; level: number; line: number; symbol: ReportSymbol }> =>
  symbols.flatMap((s) => [{ name: s.name, level: depth, line: s.selectionRange.start.line, symbol: s }, ...flat(s.children, depth + 1)]);

describe('document symbols (Outline view, breadcrumbs, Ctrl+Shift+O)', () => {
  let seed: string;
  beforeAll(() => {
    seed = readCorpus(SEED);
  });

  it('gives one symbol per heading of the seed, nested as the outline is, named as the heading reads', async () => {
    const document = textDocument('file:///seed.txt', seed);
    const service = testService();
    const symbols = flat(await service.getDocumentSymbols(document, never));
    const outline = flattenOutline((await service.getModel(document, never))!.outline);
    expect(symbols.map((s) => [s.line, s.level, s.name])).toEqual(outline.map(({ node, ancestors }) => [node.selectionRange.start.line, ancestors.length + 1, headingLabel(node)]));
    const part = symbols.find((s) => s.name === '一、“十三五”时期和2020年工作回顾');
    expect(part?.level).toBe(1);
    expect(part?.symbol.children.map((c) => c.name)).toContain('1.疫情防控展现新担当');
  });

  it('gives each symbol its kind as the detail, in the display language', async () => {
    const document = textDocument('file:///seed.txt', seed);
    const [part] = await testService().getDocumentSymbols(document, never);
    expect(part?.kind).toBe('part');
    expect(part?.detail).toBe('Part');
    const [zhPart] = await testService({ language: 'zh-cn' }).getDocumentSymbols(document, never);
    expect(zhPart?.detail).not.toBe('Part');
    expect(zhPart?.detail).toMatch(/[\u4e00-\u9fff]/u);
  });

  it('keeps every heading inside its section, as VS Code requires of a symbol', async () => {
    for (const s of flat(await testService().getDocumentSymbols(textDocument('file:///seed.txt', seed), never))) {
      expect(rangeWithin(s.symbol.selectionRange, s.symbol.range)).toBe(true);
    }
  });

  it('names a heading with neither marker nor title “(untitled heading)”, never with an empty name', () => {
    const range = { start: { line: 3, character: 0 }, end: { line: 9, character: 0 } };
    const heading = { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } };
    const node = { level: 1, kind: 'part' as const, marker: '', title: '', range, selectionRange: heading, children: [] };
    expect(documentSymbols([node], 'en')[0]?.name).toBe('(untitled heading)');
    expect(documentSymbols([node], 'zh-cn')[0]?.name).toBe('（无标题）');
  });

  it('moves a heading that strays outside its section back inside it', () => {
    const range = { start: { line: 3, character: 0 }, end: { line: 9, character: 0 } };
    const stray = { start: { line: 2, character: 4 }, end: { line: 3, character: 6 } };
    const node = { level: 1, kind: 'part' as const, marker: '一、', title: '回顾', range, selectionRange: stray, children: [] };
    expect(documentSymbols([node], 'en')[0]?.selectionRange).toEqual({ start: { line: 3, character: 0 }, end: { line: 3, character: 6 } });
  });

  it('answers nothing once the request is cancelled, and the next request still gets the outline', async () => {
    const service = testService();
    const document = textDocument('file:///seed.txt', seed);
    expect(await service.getDocumentSymbols(document, { isCancellationRequested: true })).toEqual([]);
    const symbols = await service.getDocumentSymbols(document, never);
    expect(flat(symbols).length).toBe(flattenOutline((await service.getModel(document, never))!.outline).length);
  });
});
