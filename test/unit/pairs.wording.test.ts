/**
 * Of two of last year's counts of a target's indicator that judge it equally well, the one said in the target's own
 * words (references/wording.ts); two growths are not chosen so. Lines quoted from src32 高唐县-2023, 涞源县-2020 and
 * 涞源县-2025 (outside ../shared/corpus, free texts of the second outside source), in their order in the report.
 */
import { describe, expect, it } from 'vitest';
import { judgedBy, reviewAndPlan } from '../support/pairs';

describe('a target’s words choose between two equal actuals', () => {
  it('高唐 2023: 改造24个老旧小区 is judged by 18个老旧小区完成改造, not 入驻49个老旧小区', () => {
    const model = reviewAndPlan(2023, '县属国企物业公司入驻49个老旧小区，提供红色物业兜底服务。城市环境更加优美。18个老旧小区完成改造。', '改造24个老旧小区。');
    expect(judgedBy(model, '24个')).toBe('18个');
  });

  it('涞源 2020: 城镇新增就业2500人 is judged by 城镇新增就业4005人, not the tourism projects’ 新增就业8000多人', () => {
    const review = '旅游全县域，以国家全域旅游示范县创建为契机，全县旅游扶贫产业项目达到320个，新增就业8000多人，通过旅游扶贫、就业扶贫和消费扶贫，带动贫困人口稳定增收。城镇新增就业4005人、农村劳动力转移就业2503人，为2454人提供创业服务，实现创业带动就业2422人。';
    const model = reviewAndPlan(2020, review, '坚持就业优先战略，落实就业创业政策，城镇新增就业2500人以上。');
    expect(judgedBy(model, '2500人')).toBe('4005人');
  });

  it('with no second actual, the one there is kept (高唐 2023: 改造24个老旧小区 ↔ 入驻49个老旧小区 alone)', () => {
    const model = reviewAndPlan(2023, '县属国企物业公司入驻49个老旧小区，提供红色物业兜底服务。', '改造24个老旧小区。');
    expect(judgedBy(model, '24个')).toBe('49个');
  });
});
