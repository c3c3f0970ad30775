/**
 * A quoted term that ends a name is one word, whatever its last character: the trailing noise (总, 年, 才, 增 end
 * names as adverbs or verbs elsewhere) must not cut inside it (names.ts withQuotedTail). Lines of free texts of the
 * second outside source (src32): 唐县 2021 and 2024, 清苑区 2020 (session 33, names58).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf } from '../support/names';

describe('a quoted term at a name’s end stays whole', () => {
  it('keeps 总 of “科技副总” (唐县 2024)', () => {
    const line = '引进外国专家5名、青年人才1620名，新聘任“科技副总”10人。';
    expect(nameOf(line, '10人', lastYearReview(2024))).toContain('科技副总');
  });

  it('keeps 年 of “好青年” (唐县 2021)', () => {
    expect(nameOf('培育乡村“好青年”839人。', '839人', lastYearReview(2021))).toContain('好青年');
  });

  it('keeps 增 of “一减四增” (清苑区 2020)', () => {
    const line = '深化农业供给侧结构性改革，完成“一减四增”165万亩。';
    expect(nameOf(line, '165万亩', lastYearReview(2020))).toContain('一减四增');
  });
});
