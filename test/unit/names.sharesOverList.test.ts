/**
 * A list of shares that 分别 shares out with no part written (…分别占全国a%、b%、c%) takes as its parts the list said
 * right before it, item by item (extract.ts, sharesOverList). Lines quoted from free outside texts (src27, names51).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, namesOf } from '../support/names';

describe('shares shared out over the list before them', () => {
  it('names each share by the item of the list before it (深圳市 2025)', () => {
    const line = '集成电路、工业机器人、智能手机产量分别增长16.0%、31.8%、9.3%，分别占全国14.8%、24.1%、23.4%。';
    expect(namesOf(line, ['14.8%', '24.1%', '23.4%'], lastYearReview(2025))).toEqual(['集成电路产量占全国比重', '工业机器人产量占全国比重', '智能手机产量占全国比重']);
  });

  it('leaves a share of its own part alone (深圳市 2025)', () => {
    expect(namesOf('先进制造业增加值增长11.4%、占规上工业比重68.2%。', ['68.2%'], lastYearReview(2025))).toEqual(['先进制造业增加值占规模以上工业比重']);
  });
});
