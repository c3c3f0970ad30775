/**
 * A count of people that opens its clause, the people named right after it, counts those people: the words before are
 * what was done to them — a verb the dictionary lacks (兜牢, 表彰奖励, 派驻, 发动) — and named the figure alone before
 * (figureNames.ts). Lines of outside free texts (src32, src27).
 */
import { describe, expect, it } from 'vitest';
import { FIVE_YEAR_REVIEW, lastYearReview, nameOf } from '../support/names';

describe('people named right after the count that opens its clause', () => {
  it('names the count by the people, not by the verb before it (outside: 易县 2023, 阜平县 2021)', () => {
    expect(nameOf('完成农村危房及抗震改造678户，兜牢7410名困难群众基本生活底线。', '7410名', lastYearReview(2023))).toBe('困难群众');
    expect(nameOf('新补充教师1249名，推进教师“十百千工程”，累计筹措资金2073万元，表彰奖励1497名优秀教师，真正做到了“最好的房子是学校，地位最高的是老师”。', '1497名', FIVE_YEAR_REVIEW)).toBe('优秀教师');
    expect(nameOf('以及北京市西城区、通州区和涿州市，先后向阜平派驻30名挂职干部和200余名支农支医支教专业人员开展帮扶。', '30名', FIVE_YEAR_REVIEW)).toBe('挂职干部');
  });

  it('does the same in district reports (outside: 宝安区 2019, 福田区 2023)', () => {
    expect(nameOf('脱产派驻299名干部，一线攻坚9个月，有序完成石岩麻布、径贝第四次整村搬迁。', '299名', lastYearReview(2019))).toBe('干部');
    expect(nameOf('实施党员干部“包路进楼联户”行动，发动9.7万名党员干部下沉1646个网格，织密织牢联防联控、群防群控两张网。', '9.7万名', lastYearReview(2023))).toBe('党员干部');
  });
});
