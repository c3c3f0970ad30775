/** worksSizes.json: the units and openers of a project's size that investmentNames.ts reads past (names67). */
import { describe, expect, it } from 'vitest';
import { GRADE_UNITS, WORKS_SIZE_OPENERS, WORKS_SIZE_UNITS } from '../../src/core/lexicon/worksSizes';

describe('worksSizes data', () => {
  it('lists each unit and opener once, in Chinese characters only (they are joined into one bounded alternation)', () => {
    for (const list of [WORKS_SIZE_UNITS, WORKS_SIZE_OPENERS]) {
      expect(list.length).toBeGreaterThan(0);
      expect(new Set(list).size).toBe(list.length);
      for (const w of list) expect(w).toMatch(/^[\u4e00-\u9fff]{1,3}$/);
    }
  });

  it('lists voltage grade units once, each a unit of volts (kV or 千伏)', () => {
    expect(new Set(GRADE_UNITS).size).toBe(GRADE_UNITS.length);
    for (const u of GRADE_UNITS) expect(u).toMatch(/^(?:[kK][vV]|千伏)$/);
  });

  it('holds the power units the outside texts size works in (src32 顺平县-2023 万千瓦, 涞源县-2025 兆瓦)', () => {
    expect(WORKS_SIZE_UNITS).toEqual(expect.arrayContaining(['千瓦', '兆瓦']));
  });

  it('holds no count classifier, which WORKS_COUNT reads (个, 项, 座 …)', () => {
    for (const w of ['个', '项', '件', '家', '所', '座', '批', '条']) expect(WORKS_SIZE_UNITS).not.toContain(w);
  });
});
