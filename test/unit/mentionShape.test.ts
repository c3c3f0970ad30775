import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mentionOf, mentionWith } from '../../src/core/numbers/mentionShape';
import { recognizeNumbers } from '../../src/core/numbers/recognize';
import { foldWidth } from '../../src/core/text/normalize';

const SEED = readFileSync(join(__dirname, '../fixtures/corpus/000_4ff7010d533e2b03.txt'), 'utf8');

describe('mentionShape', () => {
  it('gives every mention of a whole report the same fields in the same order (one hidden class)', () => {
    const mentions = recognizeNumbers(foldWidth(SEED));
    // Ranges, qualifiers before and after, bare numbers, rank moves: the kinds the spreads and added fields made.
    expect(mentions.some((m) => m.valueMax !== undefined)).toBe(true);
    expect(mentions.some((m) => m.qualifierStart !== undefined)).toBe(true);
    expect(mentions.some((m) => m.nature === 'bare')).toBe(true);
    const keys = new Set(mentions.map((m) => Object.keys(m).join(',')));
    expect([...keys]).toEqual(['start,end,value,valueMax,unit,nature,qualifier,qualifierStart,qualifierEnd,tail']);
  });

  it('changes only the fields given, null included, as a spread would', () => {
    // 城乡居民收入比从2.50:1缩小至2.27:1 (ratios.ts): a multiple loses its unit and qualifier.
    const m = mentionOf(3, 8, 2.5, undefined, '%', 'percent', '左右', 8, 10, 10);
    const changed = mentionWith(m, { unit: null, nature: 'multiple', qualifier: null, tail: 8 });
    expect(changed).toEqual({ ...m, unit: null, nature: 'multiple', qualifier: null, tail: 8 });
    expect(mentionWith(m, { qualifierStart: undefined })).toEqual({ ...m, qualifierStart: undefined });
    expect(m.unit).toBe('%');
  });
});
