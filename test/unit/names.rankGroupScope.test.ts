/**
 * A rank's context at a name's end may close with a whole and the group ranked in it (位居全市各区第一, 居全市各重点片区
 * 第二, 位居全国同类机构首位): the group is the rank's scope, not part of what is ranked (rankContextEnd.ts). A list or
 * evaluation ranked by (全国影城票房榜) stays. Lines of outside free texts.
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, nameOf } from '../support/names';

describe('a whole and its ranked group as a rank scope', () => {
  it('drops the members of a whole (outside: 福田区 2017, 坪山区 2023)', () => {
    expect(nameOf('财税收入保持稳定，税收总额位居全市各区第一。', '第一', lastYearReview(2017))).toBe('税收总额');
    expect(nameOf('坪山高新区年度固投完成率居全市各重点片区第二。', '第二', lastYearReview(2023))).toBe('坪山高新区年度固投完成率');
  });

  it('drops a kind of peer (outside: 深圳 2009, 2006)', () => {
    expect(nameOf('行政服务大厅业务量位居全国同类机构首位，业务按时办结率达100%。', '首位', lastYearReview(2009))).toBe('行政服务大厅业务量');
    expect(nameOf('社会消费品零售总额1437.7亿元，位居全国大中城市第四位。', '第四位', lastYearReview(2006))).toBe('社会消费品零售总额');
  });

  it('keeps a list the figure is ranked by (outside: 龙华区 2025)', () => {
    expect(nameOf('新天影院位列全国影城票房榜第四位。', '第四位', lastYearReview(2025))).toMatch(/票房榜/);
  });
});
