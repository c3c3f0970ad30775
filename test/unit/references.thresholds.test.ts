/** Size thresholds of what a figure counts (src/core/references/thresholds.ts), on real clauses. */
import { describe, expect, it } from 'vitest';
import { thresholdsAgree, thresholdsBefore } from '../../src/core/references/thresholds';

const before = (clause: string, figure: string): string[] => thresholdsBefore(clause, clause.indexOf(figure));

describe('size thresholds', () => {
  it('read 超10亿元的, 超亿元的, 亿元以上 and 百亿级 before a figure, in its clause (jiangxi, 安徽, 湖南 2026)', () => {
    expect(before('农业产业化积极推进，年销售收入超10亿元的龙头企业达100家以上', '100家')).toEqual(['1000000000元']);
    expect(before('新增年销售收入超亿元的农业产业化龙头企业100家', '100家')).toEqual(['100000000元']);
    expect(before('实施亿元以上技改项目1200项以上', '1200项')).toEqual(['100000000元']);
    expect(before('新增2家千亿级、24家百亿级工业企业', '24家')).toEqual([]);
  });

  it('read no threshold in an amount that is no bound, nor in the clause before (统筹安排省级财政资金350亿元以上，实施稳经济30项举措)', () => {
    expect(before('统筹安排省级财政资金350亿元以上，实施稳经济30项举措', '30项')).toEqual([]);
    expect(before('完成投资34.8亿元', '34.8亿元')).toEqual([]);
  });

  it('agree when either says none or both share one', () => {
    expect(thresholdsAgree(['1000000000元'], ['100000000元'])).toBe(false);
    expect(thresholdsAgree([], ['100000000元'])).toBe(true);
    expect(thresholdsAgree(['100000000元'], ['100000000元'])).toBe(true);
  });
});
