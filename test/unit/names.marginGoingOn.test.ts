/**
 * A margin whose clause opens with a joiner and an adverb going on from the clause before (而且还高于全市) is the
 * growth's margin (marginNames.ts). A line of an outside district report (龙华区 2022, 深圳 free text).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf } from '../support/names';

describe('a margin after 而且还', () => {
  it('names the growth before (outside: 龙华区 2022)', () => {
    const line = '全区实现地区生产总值2828亿元，增长10.2%，增速不仅创下龙华十年来的新高，而且还高于全市3.5个百分点，拉动全市经济增长0.9个百分点。';
    expect(nameOf(line, '3.5个百分点', lastYearReview(2022))).toBe('地区生产总值增速高于全市');
  });
});
