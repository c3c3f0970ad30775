/**
 * A streak of growth kept by the figure before it (…增长30.4%、连续24个月保持两位数增长) counts the months or years of that
 * figure's growth: it is named by the figure's subject, the predicate and what is counted (streakGrowth.ts). Lines of
 * dev 安徽 2026 and of free outside texts (src27, names49).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, namesOf } from '../support/names';

describe('a streak of growth kept', () => {
  it('is the growth of the figure before it (dev 安徽 2026)', () => {
    const line = '坚持以科技创新引领产业升级，战略性新兴产业产值增长11.5%，高技术制造业增加值增长30.4%、连续24个月保持两位数增长。';
    expect(namesOf(line, ['30.4%', '24个月'], lastYearReview(2026))).toEqual(['高技术制造业增加值', '高技术制造业增加值保持两位数增长月数']);
  });

  it('counts years too, and hands the subject on to what follows (深圳 2025, 福田区 2019)', () => {
    const line = '全社会研发投入2236.6亿元、增长18.9%，连续9年保持两位数增长，总量跃居全国城市第二。';
    expect(namesOf(line, ['9年', '第二'], lastYearReview(2025))).toEqual(['全社会研发投入保持两位数增长年数', '全社会研发投入总量']);
    expect(namesOf('完成固定资产投资464.9亿元，增长24.1％，连续5年实现两位数增长。', ['5年'], lastYearReview(2019))).toEqual(['固定资产投资实现两位数增长年数']);
  });

  it('takes a subject written before 连续 (深圳 2025)', () => {
    const line = '工业投资连续40个月保持两位数增长、占固定资产投资比重达27.6%，高技术制造业投资增长27.4%。';
    expect(namesOf(line, ['40个月'], lastYearReview(2025))).toEqual(['工业投资保持两位数增长月数']);
  });

  it('hands the subject on past the streak (坪山区 2025)', () => {
    const line = '固定资产投资总额增长10.2%、连续45个月实现两位数增长，增速连续三年排名全市各行政区第一。';
    expect(namesOf(line, ['45个月', '三年'], lastYearReview(2025))).toEqual(['固定资产投资总额实现两位数增长月数', '固定资产投资总额']);
  });
});
