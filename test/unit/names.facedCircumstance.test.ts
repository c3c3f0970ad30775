import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { figureByText as figure } from '../support/figures';

/**
 * What a clause faces or overcomes (顶住…压力, 克服…影响) is the circumstance a figure was reached in, never what it
 * measures; and a margin after a growth the reader could not name is named by nothing, not by its comparison alone. A
 * real-editor trial (session 26) saw 湖南 2025's headline GDP growths all named 增速回落影响, and the bare 高于全国 of
 * a margin lent to the year's growth after it: an unnamed figure tells the analyst less, a wrong name tells a falsehood.
 */
const HUNAN_2025 =
  '2025年湖南省政府工作报告\n\n一、2024年工作回顾\n\n' +
  '　　——经济发展贡献新担当。顶住经济下行压力，克服二季度增速回落影响，实现三季度增长4.6%、追平全国，四季度增长5.6%、高于全国0.2个百分点，全年增长4.8%、总量达5.3万亿元；耕地保护和粮食安全责任制考核居全国优秀，粮食总产达615.6亿斤、创近5年新高；地方一般公共预算收入增长2.6%、高于全国1.3个百分点。\n';

describe('a circumstance faced names no figure', () => {
  it('湖南 2025 (outside, verbatim): no growth is named 增速回落影响, no margin or growth 高于全国', () => {
    const f = analyzeReport(HUNAN_2025).indicators;
    for (const t of ['4.6%', '5.6%', '0.2个百分点', '4.8%', '5.3万亿元']) {
      const found = figure(f, t);
      expect(found, t).toBeDefined();
      expect(found?.name ?? '').not.toMatch(/影响|压力|^高于/u);
    }
    // The figures after a named subject keep their names, and their margins the growth's.
    expect(figure(f, '2.6%')?.name).toBe('地方一般公共预算收入');
    expect(figure(f, '1.3个百分点')?.name).toBe('地方一般公共预算收入增速高于全国');
  });

  it('an action clause still names the figure after it by its object (加大研发经费投入力度，全年增长10%)', () => {
    const f = analyzeReport('2025年政府工作报告\n\n一、2024年工作回顾\n\n加大研发经费投入力度，全年增长10%。\n').indicators;
    expect(figure(f, '10%')?.name).toBe('研发经费投入');
  });
});
