/**
 * A name written with the pause of a list one year and without it the next (省、市重点项目 ↔ 省市重点项目; 养老保险、基本
 * 医疗保险 ↔ 养老保险和基本医疗保险) names one indicator: the by-name step reads both names without their pauses
 * (references/targets.ts heldUnpaused). Lines quoted from src32 易县-2022, 易县-2019 and 米易县-2023 (outside
 * ../shared/corpus, free texts of the second outside source).
 */
import { describe, expect, it } from 'vitest';
import { judgedBy, reviewAndPlan } from '../support/pairs';

describe('one name with and without the pauses of a list', () => {
  it('易县 2022: 谋划实施省市重点项目26项 is judged by 2021年谋划实施省、市重点项目27项', () => {
    const model = reviewAndPlan(2022, '一是发展后劲持续增强。2021年谋划实施省、市重点项目27项，完成投资29亿元，占年度计划的115%。', '加快项目建设。持续推进“省市重点项目倍增计划”，谋划实施省市重点项目26项（其中省重点4项、市重点22项），总投资355亿元，计划完成投资30亿元。');
    expect(judgedBy(model, '26项')).toBe('27项');
  });

  it('易县 2019: 全年谋划实施省、市重点项目44个 is judged by 2018年列入省市重点项目19项', () => {
    const model = reviewAndPlan(2019, '二是发展后劲显著增强。2018年列入省市重点项目19项，总投资834.59亿元，项目开工率100%，完成投资50.03亿元。', '狠抓重点项目建设。全年谋划实施省、市重点项目44个，总投资971.7亿元，年内计划完成投资28.9亿元。');
    expect(judgedBy(model, '44个')).toBe('19项');
  });

  it('米易 2023: 城乡居民养老保险、基本医疗保险参保率稳定在98%以上 is judged by …养老保险和基本医疗保险参保率98%', () => {
    const model = reviewAndPlan(2023, '城镇新增就业2599人，农村劳动力转移就业3.03万人，城镇登记失业率为3.55%。城乡居民养老保险和基本医疗保险参保率稳定在98%以上，城乡低保标准分别提高到700元/月和500元/月。', '深入实施全民参保行动，确保城乡居民养老保险、基本医疗保险参保率稳定在98%以上。开展打击欺诈骗保专项整治。');
    expect(judgedBy(model, '98%')).toBe('98%');
  });

  it('a pause does not join a list’s items to one of them: 索具 is no sequel of 索具、石油物探装备、汽车零部件三大主导产业年产值 (徐水县 2010)', () => {
    const model = reviewAndPlan(2010, '工业经济运行质量和效益不断提高，主导产业日益壮大。索具、石油物探装备、汽车零部件三大主导产业年产值达到49.7亿元，同比增长13.2%。', '年内力争索具、汽车零部件和石油物探装备三大主导产业年产值分别达到32亿元、9亿元和13亿元。');
    expect(judgedBy(model, '9亿元')).toBeUndefined();
    expect(judgedBy(model, '32亿元')).toBeUndefined();
  });
});
