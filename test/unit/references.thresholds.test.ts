/** Size thresholds of what a figure counts (src/core/references/thresholds.ts), on real clauses. */
import { describe, expect, it } from 'vitest';
import { thresholdsAgree, thresholdsBefore } from '../../src/core/references/thresholds';
import { judgedBy, reviewAndPlan } from '../support/pairs';

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

  // src32 唐县-2020 and 博野县-2024 (outside ../shared/corpus, free), quoted exactly.
  it('read no threshold in a works’ total investment said with 的 (唐县 2020: 总投资226.7亿元的47个重点项目), but one said with 以上', () => {
    expect(before('大力推进总投资226.7亿元的47个重点项目', '47个')).toEqual([]);
    expect(before('全年谋划实施总投资50.78亿元的重点项目19个', '19个')).toEqual([]);
    expect(before('实施总投资亿元以上的项目30个', '30个')).toEqual(['100000000元']);
    expect(before('新增年销售收入超亿元的农业产业化龙头企业100家', '100家')).toEqual(['100000000元']);
  });

  it('so last year’s key projects judge this year’s, whatever each set cost (唐县 2020: 47个 ↔ 44个; 博野 2024: 92个 ↔ 19个)', () => {
    const tang = reviewAndPlan(2020, '总投资265.7亿元的44个重点项目，完成投资42.1亿元;其中省市重点项目15个，完成投资24.35亿元，占年计划的142.3%。', '大力推进总投资226.7亿元的47个重点项目，完成投资39.7亿元;特别是总投资157.2亿元的14个省市重点项目，完成投资18.5亿元。');
    expect(judgedBy(tang, '47个')).toBe('44个');
    const boye = reviewAndPlan(2024, '全年谋划实施总投资50.78亿元的重点项目19个，年内完成投资6.5亿元。', '全力推进总投资137亿元的92个重点项目。');
    expect(judgedBy(boye, '92个')).toBe('19个');
  });
});

