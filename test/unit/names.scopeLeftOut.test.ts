/**
 * A bracket after a figure that gives the same indicator without part of its scope (不含雄安增长7.3%) names the indicator
 * before the bracket: the scope left out is not a name. A trial user saw eight figures of 保定 2018 (outside) named
 * 不含雄安, each card listing the other indicators' figures as mentions of one indicator.
 */
import { describe, expect, it } from 'vitest';
import { nameOf } from '../support/names';

describe('a scope left out in a bracket', () => {
  const line =
    '全市生产总值完成3227.3亿元、增长6.0%（不含雄安增长7.3%，全省第一），一般公共预算收入完成238.4亿元、同比增长7.4%（不含雄安增长8.4%、全省第五），固定资产投资完成2581.9亿元（不含雄安增长6.6%、全省第三）。';

  it('names the bracket’s figures and ranks after the indicator before it (outside: 保定 2018)', () => {
    expect(nameOf(line, '7.3%')).toBe('生产总值');
    expect(nameOf(line, '第一')).toBe('生产总值');
    expect(nameOf(line, '8.4%')).toBe('一般公共预算收入');
    // (A rank right after a growth, by 、, ranks its speed — rankName.ts rankedAttribute, session 39; the scope is its measure.)
    expect(nameOf(line, '第五')).toBe('一般公共预算收入增速');
    expect(nameOf(line, '6.6%')).toBe('固定资产投资');
  });

  it('keeps a scope note that is part of a name, and a name that only opens with 除 (dev: national 1988; the scope 全国 goes as ever)', () => {
    expect(nameOf('全国工业总产值增长１４．６％（不包括村办工业）。', '１４．６％')).toBe('工业总产值');
    expect(nameOf('全年完成病险水库除险加固工程投资12亿元。', '12亿元')).toContain('除险加固');
  });
});
