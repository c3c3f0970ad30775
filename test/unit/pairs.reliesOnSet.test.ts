/**
 * A count said after a list of examples and 等, the object of a verb of relying on what is there (依托, 围绕), says how
 * many there are to build on, not a number to reach: no count of last year judges it, of any size
 * (references/restated.ts reliesOnSet). Lines quoted from src32 保定市-2022 lines 18 and 39 and 河北省-2021 lines 27
 * and 101 (outside ../shared/corpus, free texts of the second outside source; session 38, pairs39).
 */
import { describe, expect, it } from 'vitest';
import { RELYING_VERBS } from '../../src/core/references/restated';
import { judgedBy, reviewAndPlan } from '../support/pairs';

describe('a count of a set the year relies on', () => {
  it('its verbs: unique, two characters, no verb of doing (实施, 新增)', () => {
    expect(new Set(RELYING_VERBS).size).toBe(RELYING_VERBS.length);
    for (const verb of RELYING_VERBS) expect(verb).toHaveLength(2);
    expect(RELYING_VERBS).not.toContain('实施');
    expect(RELYING_VERBS).not.toContain('新增');
  });

  it('保定市 2022: 依托…等50家龙头企业 is not judged by the review’s 省级农业龙头企业101家', () => {
    const model = reviewAndPlan(2022, '农林牧渔业总产值完成704.8亿元，增长8.1%、全省第二。省级农业龙头企业101家，增长53%、全省第一。', '新增奶牛存栏2.3万头。依托河北新发地、定兴同福等50家龙头企业，打造京津冀农产品供应链中心。');
    expect(judgedBy(model, '50家')).toBeUndefined();
  });

  it('河北省 2021: 围绕…等10个重点领域 is not judged by the review’s 6个重点领域清理规范', () => {
    const model = reviewAndPlan(2021, '深入开展违法违规占用土地、违规违建项目等6个重点领域清理规范，坚决整治违建别墅。', '实施产业振兴工程。围绕大数据与物联网、生物医药健康等10个重点领域，加快培育新兴产业。');
    expect(judgedBy(model, '10个')).toBeUndefined();
  });

  it('a count said with a verb of doing stays judged: 新改扩建200所公办幼儿园 ↔ 公办幼儿园307所 (河北省 2021)', () => {
    const model = reviewAndPlan(2021, '改造完成老旧小区1941个，新改扩建农村公路6500公里、公办幼儿园307所。', '新改扩建200所公办幼儿园，新增100所普惠性民办幼儿园。');
    expect(judgedBy(model, '200所')).toBe('307所');
  });
});
