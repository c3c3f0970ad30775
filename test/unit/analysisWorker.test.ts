/**
 * The analysis worker (src/node/analysisWorkerMain.ts) as the editor's report service uses it for large documents:
 * the same staged analysis as on this thread (structure, then figures grouped through the host's segmenter), the
 * figures brought back or kept in the worker, a card built where the figures are, and an edit that arrives while an
 * older version is being analysed stopping the stale work.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport, CancelledError, neverCancelled, precomputedSegmenter, prepareReport } from '../../src/core';
import type { Segmenter } from '../../src/core';
import { figuresStage, referencesOf } from '../../src/core/service';
import type { SegmenterProvider } from '../../src/core/service';
import { AnalysisClient } from '../../src/node/analysisClient';
import { SEED, readCorpus } from '../support/corpus';

const shim = require.resolve('../support/analysisWorkerShim.cjs');

/** A segmenter provider that cuts every text into its characters, and remembers what it was asked. */
function characterSegmenter(): SegmenterProvider & { asked: string[] } {
  const asked: string[] = [];
  return {
    state: 'ready',
    asked,
    async segmenterFor(texts): Promise<Segmenter> {
      asked.push(...texts);
      return precomputedSegmenter(new Map(texts.map((t) => [t, [...t]])));
    },
  };
}

describe('analysis worker', () => {
  const text = readCorpus(SEED);
  const here = analyzeReport(text);

  it('sends back the structure and the figures an analysis on this thread gives, or keeps the figures', async () => {
    const client = new AnalysisClient(shim);
    try {
      const structure = await client.analyze('file:///seed.txt#1', 'file:///seed.txt', text);
      expect(structure.outline).toEqual(here.outline);
      expect(structure.meta).toEqual(here.meta);
      const figures = await client.figures('file:///seed.txt#1', true, undefined, neverCancelled);
      expect('partial' in figures).toBe(false);
      if ('partial' in figures) return;
      expect(figures.indicators).toEqual(here.indicators);
      expect(referencesOf(figures).references).toEqual(here.references);
      await client.analyze('file:///seed.txt#2', 'file:///seed.txt', text);
      expect(await client.figures('file:///seed.txt#2', false, undefined, neverCancelled)).toEqual({ partial: true });
    } finally {
      client.dispose();
    }
  }, 30_000);

  it('dates an undated report by its file name, as an analysis on this thread does', async () => {
    // (The opening of 南山区 2021, outside free text: no title, date or meeting gives its year; its file name does.)
    const undated = '各位代表：\n过去五年工作回顾\n　　经济体量更大。本地生产总值高位竞进，超过6500亿元，超额完成“十三五”规划目标。\n';
    const client = new AnalysisClient(shim);
    try {
      const uri = 'file:///ws/%E5%8D%97%E5%B1%B1%E5%8C%BA-2021.txt';
      const structure = await client.analyze(`${uri}#1`, uri, undated);
      expect(structure.meta.year).toBe(2021);
      expect(structure.meta).toEqual(analyzeReport(undated, { fileName: '南山区-2021.txt' }).meta);
    } finally {
      client.dispose();
    }
  }, 30_000);

  it('asks the host for the words grouping needs, and groups the figures as the same stage on this thread does', async () => {
    const client = new AnalysisClient(shim);
    try {
      const remote = characterSegmenter();
      await client.analyze('file:///seed.txt#1', 'file:///seed.txt', text);
      const there = await client.figures('file:///seed.txt#1', true, remote, neverCancelled);
      const local = characterSegmenter();
      const same = await figuresStage(prepareReport(text))(local, neverCancelled);
      expect(remote.asked.length).toBeGreaterThan(10);
      expect(remote.asked).toEqual(local.asked);
      expect('partial' in there ? undefined : there.indicators.map((i) => i.groupKey)).toEqual(same.indicators.map((i) => i.groupKey));
      expect('partial' in there ? undefined : referencesOf(there)).toEqual(referencesOf(same));
    } finally {
      client.dispose();
    }
  }, 30_000);

  it('builds the hover card of a figure in the worker, and answers null off any figure', async () => {
    const client = new AnalysisClient(shim);
    try {
      await client.analyze('file:///seed.txt#1', 'file:///seed.txt', text);
      await client.figures('file:///seed.txt#1', false, undefined, neverCancelled);
      const six = here.indicators.find((i) => i.text === '6.1%')!;
      const found = await client.card('file:///seed.txt#1', six.range.start, { lang: 'zh', segmenterAvailable: false });
      expect(found?.indicator.text).toBe('6.1%');
      expect(found?.card.rows.find((r) => r.label === '时期')?.value).toBe('2016-2020');
      expect(await client.card('file:///seed.txt#1', { line: 0, character: 0 }, { lang: 'zh', segmenterAvailable: false })).toBeNull();
    } finally {
      client.dispose();
    }
  }, 30_000);

  it('abandons the analysis of an older version when a newer one of the same document arrives', async () => {
    const client = new AnalysisClient(shim);
    try {
      const stale = client.analyze('file:///a.txt#1', 'file:///a.txt', text);
      const fresh = client.analyze('file:///a.txt#2', 'file:///a.txt', text);
      await expect(stale).rejects.toBeInstanceOf(CancelledError);
      expect((await fresh).outline).toEqual(here.outline);
    } finally {
      client.dispose();
    }
  }, 30_000);
});
