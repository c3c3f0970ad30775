/**
 * Two names of the random audit of outside text (names25): people named by 员 run on to the people noun joined to them
 * (17万党员干部 → 党员干部, not 党员), and an amount said after a share is of the share's whole (…投资比重…，总额达到… →
 * …投资总额, not …投资比重总额).
 */
import { describe, expect, it } from 'vitest';
import { nameOf, lastYearReview, thisYearWork } from '../support/names';

describe('people nouns joined, and the whole of a share', () => {
  it('reads 党员干部 whole (outside: 保定 2021)', () => {
    const baoding = '广大医务人员、公安干警逆行迎战，17万党员干部冲锋一线，143名白衣天使驰援湖北。';
    expect(nameOf(baoding, '17万', lastYearReview(2021))).toBe('党员干部');
  });

  it('names an amount after a share by the share\'s whole (outside: national 1979)', () => {
    const national = '今年政府对农业的投资比重由去年的百分之十点七提高到百分之十四，加上用于农业的其他各项资金，总额达到一百七十四亿元，明后两年还将适当增加。';
    expect(nameOf(national, '一百七十四亿元', thisYearWork(1979))).toBe('政府对农业的投资总额');
  });
});
