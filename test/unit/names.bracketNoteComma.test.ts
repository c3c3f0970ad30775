/**
 * A comma inside a bracket note (按每公斤发热量7，000大卡…) separates the note's own words, never the clause the note
 * sits in: the energy use's clause stayed cut at that comma, and its figure took the name of the steel output before
 * it (issue 8, item 2: a neighbour's name for a different noun). The sentence is quoted from national 1980 (dev).
 */
import { describe, expect, it } from 'vitest';
import { namesOf, lastYearReview } from '../support/names';
import { boundariesOf } from '../../src/core/indicators/boundaries';

const STEEL = '钢铁工业，1979年钢产量比上年增加270万吨，而能源消耗总量（按每公斤发热量7，000大卡的标准煤计算），比上年降低了100万吨。';

describe('a comma inside a bracket note', () => {
  it('is no clause end, while the comma after the note is one', () => {
    const b = boundariesOf(STEEL);
    const figure = STEEL.indexOf('100万吨');
    expect(b.clauseEndBefore(figure)).toBe(STEEL.indexOf('），') + 1);
    expect(b.clauseEndBefore(STEEL.indexOf('000大卡'))).toBe(STEEL.indexOf('270万吨，') + 5);
  });

  it('leaves the energy use the subject of its clause, not the steel output before it', () => {
    expect(namesOf(STEEL, ['270万吨', '100万吨'], lastYearReview(1980))).toEqual(['钢产量', '能源消耗总量']);
  });

  it('still ends the clause after an unclosed bracket', () => {
    const text = '粮食产量（预计，增长3%，财政收入增长5%。';
    expect(boundariesOf(text).clauseEndBefore(text.indexOf('财政'))).toBe(text.indexOf('，财政'));
  });
});
