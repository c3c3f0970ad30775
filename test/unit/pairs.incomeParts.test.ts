/**
 * Disposable income, the whole and its parts (test/fixtures/links/README.md, target-actual): all residents'
 * 居民人均可支配收入 (全体居民…) is an indicator of its own, published beside the urban and the rural one. Its target is
 * judged by last year's figure of it, never by the urban or the rural figure alone, as a part's target is not judged by
 * the whole's (云南 2026, outside: marked no pair). A name that says both parts (城乡居民…增长9%) is each part's target
 * and is judged by the parts (targets.ts PARTS). Lines quoted from src32 涞水县-2022, 清苑区-2021, 博野县-2022 and
 * 河北省-2024 (outside ../shared/corpus, free texts of the second outside source).
 */
import { describe, expect, it } from 'vitest';
import { judgedBy, reviewAndPlan } from '../support/pairs';

describe('disposable income: the whole, and the parts a name says', () => {
  it('涞水 2022: 居民人均可支配收入增长8.5％ is judged neither by the urban 9.9% nor by the rural 13.2%', () => {
    const model = reviewAndPlan(
      2022,
      '规模以上工业增加值7.64亿元，同比增长1%；城乡居民人均可支配收入分别达到3.3万元和1.47万元，同比增长9.9%和13.2%。',
      '外贸进出口增长5％以上，实际利用外资增长10％以上，居民人均可支配收入增长8.5％左右，PM2.5平均浓度下降率完成市定任务。',
    );
    expect(judgedBy(model, '8.5％')).toBeUndefined();
  });

  it('清苑 2021: 全体居民人均可支配收入增长8.5% is judged by neither part’s level', () => {
    const model = reviewAndPlan(
      2021,
      '限额以上社会消费品零售额达到17.4亿元，城乡居民人均可支配收入预计分别达到36841元和20836元。',
      '外贸进出口增长6%左右，实际利用外资增长5%左右，全体居民人均可支配收入增长8.5%，力争各项主要经济指标进入全市前列，PM2.5平均浓度下降率完成市定任务。',
    );
    expect(judgedBy(model, '8.5%')).toBeUndefined();
  });

  it('博野 2022: 城乡居民人均可支配收入增长9% names both parts, and is judged by the urban growth', () => {
    const model = reviewAndPlan(
      2022,
      '社会消费品零售总额同比增长10.5%；城镇居民人均可支配收入29682元，同比增长10%；农村居民人均可支配收入17597元，同比增长12%，县域经济运行平稳。',
      '进出口总值增长5%左右；实际利用外资增长5%左右；城乡居民人均可支配收入增长9%左右，力争主要经济指标增速进入全市前列，总量位次实现新提升。',
    );
    expect(judgedBy(model, '9%')).toBe('10%');
  });

  it('河北省 2024: 居民人均可支配收入增长5.5% is judged by last year’s 居民人均可支配收入增长6.6%', () => {
    const model = reviewAndPlan(2024, '进出口总值增长7.4%，居民人均可支配收入增长6.6%，主要经济指标增速高于全国平均水平。', '进出口总值增长3%左右；居民人均可支配收入增长5.5%左右；居民消费价格指数涨幅控制在3%左右；城镇调查失业率控制在5.5%左右。');
    expect(judgedBy(model, '5.5%')).toBe('6.6%');
  });
});
