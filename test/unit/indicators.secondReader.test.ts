import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { FIXTURES } from '../support/expectedOutline';
import type { Indicator } from '../../src/core';
import { labelledFiles, pooled, readLabels, score } from '../support/labels';
import type { Label, Score } from '../support/labels';
import { nameEitherReader, readersAgreement, secondReaderLabels } from '../support/secondReader';

// Reports labelled a second time, blind (test/fixtures/labels/second/): how far two readers agree, and the tool's
// names against either of them. Printed beside the floored lines, not floored: it measures the yardstick.
describe('second readers of labelled reports', () => {
  const dir = join(FIXTURES, 'labels', 'second');
  const names = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.indicators.jsonl')) : [];

  it('label reports that have first-reader labels, every label standing in the text', () => {
    expect(names.length).toBeGreaterThan(0);
    const first = new Map(labelledFiles().map((f) => [basename(f.labelsPath), f]));
    const agreement: Score[] = [];
    const firstReader: Score[] = [];
    const either = { found: 0, nameOk: 0 };
    for (const name of names) {
      const f = first.get(name);
      expect(f, `${name} has a first reader`).toBeDefined();
      if (!f) continue;
      const text = readFileSync(join(FIXTURES, 'corpus', f.corpusPath), 'utf8');
      const a = readLabels(f.labelsPath, text);
      const b = secondReaderLabels(name, text) ?? [];
      const agree = readersAgreement(a, b);
      // Two readers of one report find (nearly) the same figures: a second file that pairs badly is a file of another text.
      expect(agree.recall, `${name}: readers' figures pair`).toBeGreaterThan(0.9);
      agreement.push(agree);
      const s = score(a, analyzeReport(text).indicators);
      firstReader.push(s);
      const e = nameEitherReader(s, b);
      either.found += e.found;
      either.nameOk += e.nameOk;
    }
    const readers = pooled(agreement);
    console.log(
      `names, ${names.length} reports read twice (${readers.labels} figures): readers agree ${readers.nameOk.toFixed(3)}; ` +
        `tool ${pooled(firstReader).nameOk.toFixed(3)} against the first reader, ${(either.nameOk / either.found).toFixed(3)} against either`,
    );
  });

  it('counts a name right when the second reader wrote it, paired by position, and only then', () => {
    // Two readers' names for one figure of the kind the study found (modifier order: 居民煤改天然气 / 煤改天然气居民).
    const text = '完成居民煤改天然气12万户。\n';
    const first: Label[] = [{ line: 0, nth: 0, character: 9, text: '12万户', value: 120000, unit: '户', name: '居民煤改天然气', measure: '完成', kind: 'count', status: 'actual', qualifier: null, period: null }];
    const second: Label[] = [{ ...first[0]!, name: '煤改天然气居民' }];
    const elsewhere: Label[] = [{ ...first[0]!, line: 1, name: '煤改天然气居民' }];
    const figures = analyzeReport(text).indicators.filter((f) => f.text === '12万户');
    expect(figures).toHaveLength(1);
    const named = (name: string): Indicator[] => figures.map((f) => ({ ...f, name }));
    expect(nameEitherReader(score(first, named('煤改天然气居民')), second).nameOk).toBe(1);
    expect(nameEitherReader(score(first, named('煤改天然气居民')), elsewhere).nameOk).toBe(0);
    expect(nameEitherReader(score(first, named('天然气')), second).nameOk).toBe(1);
    expect(nameEitherReader(score(first, named('完成户数')), second).nameOk).toBe(0);
  });
});
