/**
 * An indicator the review and the plan name in two forms the lexicon now knows as one (lexicon/indicators.json
 * synonyms): the plan's target is judged by the review's figure. Lines quoted from src32 河北省-2022, 河北省-2007 and
 * 河北省-2018 (the 2019 report) — outside ../shared/corpus, free texts of the second outside source.
 */
import { describe, expect, it } from 'vitest';
import { lookupIndicator } from '../../src/core/lexicon';
import { judgedBy, reviewAndPlan } from '../support/pairs';

describe('one indicator named in two forms', () => {
  it('the lexicon reads each form as its indicator', () => {
    expect(lookupIndicator('国考地表水断面优良比例')?.id).toBe('surface_water_quality');
    expect(lookupIndicator('地表水国考断面优良水体比例')?.id).toBe('surface_water_quality');
    expect(lookupIndicator('地表水达到或优于三类水质断面比例')?.id).toBe('surface_water_quality');
    expect(lookupIndicator('技术合同交易总额')?.id).toBe('tech_contract_value');
    expect(lookupIndicator('居民消费价格上涨幅度')?.id).toBe('cpi');
  });

  it('河北省 2022: 地表水国考断面优良水体比例达到67% is judged by 国考地表水断面优良比例73%', () => {
    const model = reviewAndPlan(
      2022,
      '全省PM2.5平均浓度38.8微克/立方米、下降15.3%，蓝天白云越来越多。国考地表水断面优良比例73%，近岸海域水质优良比率达到98.7%。',
      '实施入海河流和近岸海域水质提升专项行动，地表水国考断面优良水体比例达到67%以上，打造美丽河湖、美丽海湾。',
    );
    expect(judgedBy(model, '67%')).toBe('73%');
  });

  it('河北省 2022: 技术合同交易总额达1200亿元 is judged by 技术合同成交总额超1000亿元, not by 吸纳京津…300亿元', () => {
    const model = reviewAndPlan(
      2022,
      '与京津共设科技专项，吸纳京津技术合同成交额超300亿元、增长40%以上，全省技术合同成交总额超1000亿元。',
      '建设项目评估、成果评价平台，促进科技成果市场化融资和交易转化，全省技术合同交易总额达1200亿元。',
    );
    expect(judgedBy(model, '1200亿元')).toBe('1000亿元');
  });

  it('河北省 2007: 居民消费价格上涨幅度不超过3% is judged by 居民消费价格指数上涨1.7%', () => {
    const model = reviewAndPlan(2007, '居民消费价格指数上涨1.7%，稳定在较低水平。', '全社会固定资产投资增长23%，居民消费价格上涨幅度不超过3%；新增城镇就业45万人。');
    expect(judgedBy(model, '3%')).toBe('1.7%');
  });

  it('河北省 2019 (src32 河北省-2018): 地表水三类及以上断面比例达到47.3% is judged by last year’s 比例提高6.3个百分点', () => {
    const model = reviewAndPlan(
      2019,
      '全省地表水达到或优于三类水质断面的比例提高6.3个百分点，森林覆盖率达到34%。',
      '强化衡水湖生态保护，加大重污染河流治理力度，全省地表水三类及以上断面比例达到47.3%以上。',
    );
    expect(judgedBy(model, '47.3%')).toBe('6.3个百分点');
  });
});
