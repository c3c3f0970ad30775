/**
 * A milestone after an amount (突破了10亿元大关) is what the amount passed, never its name (figureNames.ts, nounAfter).
 * Sentence quoted from a dev corpus report (高阳 2017).
 */
import { describe, expect, it } from 'vitest';
import { nameOf, FIVE_YEAR_REVIEW } from '../support/names';

describe('a milestone after an amount', () => {
  it('names the amount by the revenue before it, not by 大关 (dev 高阳 2017)', () => {
    expect(nameOf('全部财政收入完成10.3亿元，是2011年的1.76倍，突破了10亿元大关。', '10亿元', FIVE_YEAR_REVIEW)).toBe('全部财政收入');
  });
});
