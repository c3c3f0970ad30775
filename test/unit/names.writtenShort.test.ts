/**
 * A name the core writes out in full (规上 → 规模以上, names.ts) still stands where the report wrote it: its range (the
 * editor shows the card when the name is hovered) covers the short form as written. A trial user hovered
 * 规上工业增加值 in 河北省 2026 (outside) and got no card, while hovering 全省生产总值 beside it did.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { readCorpus } from '../support/corpus';

describe('a name written short in the report', () => {
  it('has its range on the short form as written (dev: hebei 2021)', () => {
    const text = readCorpus('local/hebei-2021.txt');
    const lines = text.split('\n');
    const named = analyzeReport(text).indicators.filter((i) => i.name === '规模以上工业增加值');
    expect(named.length).toBeGreaterThan(0);
    const written = named.map((i) => (i.nameRange ? lines[i.nameRange.start.line]!.slice(i.nameRange.start.character, i.nameRange.end.character) : null));
    expect(written).toContain('规上工业增加值');
    // Every range found covers a writing of the name, short or full: never the name's length over other words.
    for (const w of written) if (w !== null) expect(['规上工业增加值', '规模以上工业增加值']).toContain(w);
  });
});
