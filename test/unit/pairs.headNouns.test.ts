/**
 * A target its own group leaves alone, paired by name with last year's figure of the same thing said with a short word
 * more (references/targets.ts): its head noun said bare beside the same noun with a scope word before it (headNounOf:
 * 危桥 ↔ 农村危桥, 造林 ↔ 植树造林), and a long name said with a short word put inside it (insertedWord: 城镇人均可支配收入 ↔
 * 城镇居民人均可支配收入). Read on the second outside source's free texts (links41, session 32): 顺平 2020, 涞源 2021,
 * 海拉尔 2012; the review's noun said bare (户厕: pairs38, session 37) on src32 河北省-2024, outside ../shared/corpus; lines
 * quoted from them.
 */
import { describe, expect, it } from 'vitest';
import { judgedBy, reviewAndPlan } from '../support/pairs';

describe('a target named with a short word less or more than last year’s actual', () => {
  it('顺平 2020: 改造…危桥12座 is judged by 改造农村危桥6座', () => {
    const model = reviewAndPlan(2020, '以农村环境综合整治为抓手，投资2.6亿元改扩建乡村道路68公里，改造农村危桥6座，改造农村厕所3631座。', '新建改建源头、北陈候、西腰山等农村公路46.4公里，完成京赞线、腰隘线等安防工程36.2公里，改造南常丰、东闫庄、团结村等危桥12座。');
    expect(judgedBy(model, '12座')).toBe('6座');
  });

  it('涞源 2021: 完成造林19万亩 is judged by 植树造林19.5万亩', () => {
    const model = reviewAndPlan(2021, '完成矿山生态修复工程21处，植树造林19.5万亩。', '以白洋淀上游水系沿岸、水库周边、景区周围、高速及国省干道公路两侧绿化等为重点，大力推进水源涵养林、生态景观林和生态经济兼用林三大工程，完成造林19万亩。');
    expect(judgedBy(model, '19万亩')).toBe('19.5万亩');
  });

  it('河北省 2024: 改造农村户厕29.79万座 is judged by last year’s bare 改造提升户厕40.12万座 (the review says the noun alone)', () => {
    const model = reviewAndPlan(2024, '深化农村人居环境整治，改造提升户厕40.12万座，新建和美乡村示范村334个。建设改造农村公路7716公里。', '强化生活污水治理，改造农村户厕29.79万座，建设改造农村公路6000公里，创建和美乡村示范村200个左右，集中力量办成一批群众可感可及的实事。');
    expect(judgedBy(model, '29.79万座')).toBe('40.12万座');
  });

  it('a bare noun in the review of another size judges nothing: 农村户厕80万座 is no sequel of 户厕29.79万座', () => {
    const model = reviewAndPlan(2024, '深化农村人居环境整治，改造提升户厕29.79万座。', '强化生活污水治理，改造农村户厕80万座。');
    expect(judgedBy(model, '80万座')).toBeUndefined();
  });

  it('a bare noun of another size judges nothing: 危桥60座 is no sequel of 农村危桥6座', () => {
    const model = reviewAndPlan(2020, '改造农村危桥6座，改造农村厕所3631座。', '改造南常丰、东闫庄、团结村等危桥60座。');
    expect(judgedBy(model, '60座')).toBeUndefined();
  });

  it('海拉尔 2012: 城镇人均可支配收入达到23896元、增长18％ is judged by 城镇居民人均可支配收入 20251元、17%', () => {
    const model = reviewAndPlan(2012, '城镇居民人均可支配收入完成20251元，同比增长17%。', '城镇人均可支配收入达到23896元，同比增长18％。');
    expect(judgedBy(model, '23896元')).toBe('20251元');
    expect(judgedBy(model, '18％')).toBe('17%');
  });

  it('a short name with a word put in is another kind: 重点项目 is not 重点工业项目', () => {
    const model = reviewAndPlan(2013, '全年实施重点工业项目34个。', '全年实施重点项目32个。');
    expect(judgedBy(model, '32个')).toBeUndefined();
  });
});
