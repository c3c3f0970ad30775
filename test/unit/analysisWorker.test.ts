/**
 * The analysis worker (src/node/analysisWorkerMain.ts) as the extension host uses it for large documents: the model
 * crosses the thread whole or as its outline's part only, a card is built where the figures are, and an edit that
 * arrives while an older version is being analysed stops the stale work.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport, CancelledError } from '../../src/core';
import { AnalysisClient } from '../../src/node/analysisClient';
import { SEED, readCorpus } from '../support/corpus';

const shim = require.resolve('../support/analysisWorkerShim.cjs');

describe('analysis worker', () => {
  const text = readCorpus(SEED);
  const here = analyzeReport(text);

  it('sends back the same model as an analysis on this thread, whole or as its outline only', async () => {
    const client = new AnalysisClient(shim);
    try {
      const full = await client.analyze('file:///seed.txt#1', 'file:///seed.txt', text, true);
      expect(full.partial).toBe(false);
      expect(full.outline).toEqual(here.outline);
      expect(full.indicators).toEqual(here.indicators);
      expect(full.references).toEqual(here.references);
      const outlineOnly = await client.analyze('file:///seed.txt#2', 'file:///seed.txt', text, false);
      expect(outlineOnly.partial).toBe(true);
      expect(outlineOnly.outline).toEqual(here.outline);
      expect(outlineOnly.indicators).toEqual([]);
    } finally {
      client.dispose();
    }
  }, 30_000);

  it('builds the hover card of a figure in the worker, and answers null off any figure', async () => {
    const client = new AnalysisClient(shim);
    try {
      await client.analyze('file:///seed.txt#1', 'file:///seed.txt', text, false);
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
      const stale = client.analyze('file:///a.txt#1', 'file:///a.txt', text, false);
      const fresh = client.analyze('file:///a.txt#2', 'file:///a.txt', text, false);
      await expect(stale).rejects.toBeInstanceOf(CancelledError);
      expect((await fresh).outline).toEqual(here.outline);
    } finally {
      client.dispose();
    }
  }, 30_000);
});
