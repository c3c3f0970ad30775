import { describe, expect, it } from 'vitest';
import { analyzeReport, fallbackSegmenter, precomputedSegmenter, regroupIndicators } from '../../src/core';
import { JiebaSegmenter } from '../../src/node/jiebaSegmenter';
import { WorkerSegmenter } from '../../src/node/workerSegmenter';

const text = ['各位代表：', '', '一、2020年工作回顾', '', '农村公路养护里程达到1200公里。', '', '二、2021年主要工作', '', '养护农村公路里程1500公里以上。'].join('\n');

describe('word segmentation for grouping mentions of one indicator', () => {
  it('without a segmenter, reordered names stay apart (the outline and figures do not need one)', () => {
    const [a, b] = analyzeReport(text).indicators;
    expect(a?.name).toBe('农村公路养护里程');
    expect(b?.name).toBe('养护农村公路里程');
    expect(a?.groupKey).not.toBe(b?.groupKey);
  });

  it('with nodejieba, reordered names of one indicator group together', () => {
    const jieba = new JiebaSegmenter();
    const [a, b] = analyzeReport(text, { segmenter: jieba }).indicators;
    expect(jieba.backend).toBe('nodejieba');
    expect(a?.groupKey).toBe(b?.groupKey);
  });

  it('regroups after the fact from tokens computed in a worker thread', async () => {
    const model = analyzeReport(text);
    const names = model.indicators.map((i) => i.name ?? '');
    // The worker script is the bundled dist/jiebaWorker.js; in tests, run the TypeScript entry through a shim.
    const worker = new WorkerSegmenter(require.resolve('../support/jiebaWorkerShim.cjs'));
    try {
      const tokens = await worker.cutMany(names);
      expect(worker.state).toBe('ready');
      const [a, b] = regroupIndicators(model.indicators, precomputedSegmenter(new Map(names.map((n, i) => [n, tokens[i] ?? []]))));
      expect(a?.groupKey).toBe(b?.groupKey);
    } finally {
      worker.dispose();
    }
  });

  it('degrades with one clear message when the worker or the native binding cannot load', async () => {
    const worker = new WorkerSegmenter('/nonexistent/jiebaWorker.js');
    expect(await worker.start()).toBe(false);
    expect(worker.state).toBe('failed');
    expect(worker.loadError).toMatch(/jiebaWorker|Cannot find|not/);
    await expect(worker.cutMany(['地区生产总值'])).rejects.toThrow();
    worker.dispose();
  });

  it('the pure fallback segmenter returns the text back in pieces', () => {
    expect(fallbackSegmenter.cut('地区生产总值增长6.1%').join('')).toBe('地区生产总值增长6.1%');
  });
});
