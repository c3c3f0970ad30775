/**
 * A short lead sentence that says what rose (城乡居民储蓄大幅度增加。) is the subject of the sentence after it when that
 * one opens with a time and its verb only (一九八五年末达到…), also after a point marker (四是，) that orders the
 * review's points. Sentence quoted from national 1986 (aldohemsn's jsonl, outside the corpus), where a random audit of
 * unseen text (names34, seed 34) found the 三倍 with no name.
 */
import { describe, expect, it } from 'vitest';
import { namesOf, FIVE_YEAR_REVIEW } from '../support/names';

describe('the subject of a short lead sentence', () => {
  it('carries over a point marker (outside: national 1986)', () => {
    const line = '三是，人民的居住条件有了改善。“六五”期间，城镇住宅竣工面积达六亿三千多万平方米，农村新建住房三十二亿平方米。四是，城乡居民储蓄大幅度增加。一九八五年末达到一千六百二十三亿元，比一九八○年末增长三倍。';
    expect(namesOf(line, ['一千六百二十三亿元', '三倍'], FIVE_YEAR_REVIEW)).toEqual(['城乡居民储蓄', '城乡居民储蓄']);
  });

  it('still reads no lead sentence with a figure or a clause break of its own', () => {
    // (The same sentence with the lead's marker replaced by a clause of its own: no single subject.)
    const line = '四是，城乡居民储蓄大幅度增加，存款结构改善。一九八五年末达到一千六百二十三亿元。';
    expect(namesOf(line, ['一千六百二十三亿元'], FIVE_YEAR_REVIEW)[0]).toBeNull();
  });
});
