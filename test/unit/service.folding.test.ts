import { describe, expect, it } from 'vitest';
import { readCorpus, SEED } from '../support/corpus';
import { never, testService, textDocument } from '../support/inMemoryWorkspace';

describe('folding ranges', () => {
  it('folds every part of the seed from its heading to the last line of text before the next part', async () => {
    const text = readCorpus(SEED);
    const service = testService();
    const document = textDocument('file:///seed.txt', text);
    const ranges = await service.getFoldingRanges(document, never);
    const parts = (await service.getModel(document, never))!.outline;
    const lines = text.split('\n');
    for (let i = 0; i + 1 < parts.length; i++) {
      const start = parts[i]!.range.start.line;
      let end = parts[i + 1]!.range.start.line - 1;
      while (lines[end]!.trim() === '') end--;
      expect(ranges).toContainEqual({ start, end });
    }
  });

  it('folds the scraped page’s ad and source lines as comments', async () => {
    const text = readCorpus(SEED);
    const service = testService();
    const document = textDocument('file:///seed.txt', text);
    const { chromeLines } = (await service.getModel(document, never))!;
    const comments = (await service.getFoldingRanges(document, never)).filter((r) => r.kind === 'comment');
    expect(comments.length).toBeGreaterThan(0);
    for (const r of comments) {
      expect(chromeLines).toContain(r.start);
      expect(chromeLines).toContain(r.end);
    }
  });

  // A new user's trial: Fold All hid 2026年福建省政府工作报告 inside the fold of the portal's menu lines above it.
  it('folds a portal’s menu lines (下载 / 打印 / …) as chrome, but never the report’s title under them', async () => {
    for (const file of ['local/福建省-2026.txt', 'local/辽宁省-2026.txt']) {
      const text = readCorpus(file);
      const lines = text.split('\n');
      const title = lines.findIndex((l) => l.trim().endsWith('政府工作报告'));
      const ranges = await testService().getFoldingRanges(textDocument(`file:///${file}`, text), never);
      const menu = ranges.find((r) => r.kind === 'comment' && r.start === 0);
      expect(lines[0]?.trim()).toBe('下载');
      expect(menu!.end).toBe(title - 1);
      expect(ranges.filter((r) => r.kind === 'comment' && r.start <= title && r.end >= title)).toEqual([]);
    }
  });

  it('folds the second copy of a page that holds the report twice as one region, and no heading region reaches into it', async () => {
    const text = readCorpus('local/hebei-2010.txt');
    const service = testService();
    const document = textDocument('file:///hebei-2010.txt', text);
    const copy = (await service.getModel(document, never))!.duplicateFromLine!;
    expect(copy).toBeGreaterThan(0);
    const ranges = await service.getFoldingRanges(document, never);
    const region = ranges.find((r) => r.kind === 'region');
    expect(region?.start).toBe(copy);
    expect(text.split('\n')[region!.end]!.trim()).not.toBe('');
    for (const r of ranges.filter((x) => x.kind === undefined)) expect(r.end).toBeLessThan(copy);
  });

  it('leaves the blank lines before the next heading outside the fold', async () => {
    const text = ['各位代表：', '', '一、过去一年的工作', '', '过去一年，经济运行总体平稳。', '', '', '二、今年的工作', '', '做好今年工作。', ''].join('\n');
    const ranges = await testService().getFoldingRanges(textDocument('file:///x.txt', text), never);
    expect(ranges).toContainEqual({ start: 2, end: 4 });
    expect(ranges).toContainEqual({ start: 7, end: 9 });
  });
});
