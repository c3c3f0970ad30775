import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { CORPUS } from '../support/expectedOutline';
import { figureByText as figure } from '../support/figures';

/**
 * Period classes of session 22 (periods39), each checked on the text that showed it: the dev corpus where it has the
 * class, and an outside report of the corpus's own sources (the Hebei archive) quoted as written.
 */
describe('a level said right after its own growth over a span reviewed is the span\'s last year\'s', () => {
  it('铁路货运周转量增长百分之二十三，达到１１６２０亿吨公里 (national 1993 on 1988-1992, dev corpus): the growth spans, the level is 1992\'s', () => {
    const figures = analyzeReport(readFileSync(join(CORPUS, 'national/1993.txt'), 'utf8')).indicators;
    for (const level of ['１１６２０亿吨公里', '５．９亿吨', '３６１７亿吨公里', '２８６０万门']) expect(figure(figures, level)?.period).toBe('1992');
    for (const growth of ['百分之二十三', '百分之五十九', '百分之三十六', '１．１倍']) expect(figure(figures, growth)?.period).toBe('1988-1992');
    // The sentence framed by １９９２年同１９８７年相比 already read its levels so; they stay.
    expect(figure(figures, '８０００万吨')?.period).toBe('1992');
    // A total over the five years (五年共利用外资６０９亿美元) is no level reached: it keeps the span.
    expect(figure(figures, '６０９亿美元')?.period).toBe('1988-1992');
  });

  it('规模以上工业企业实现利润增长3.9倍,达到1248.1亿元 (河北 2008 on 2003-2007, Hebei archive): 2007', () => {
    const text = '各位代表：\n\n现在，我代表省人民政府，向大会作政府工作报告，请予审议。\n\n一、过去五年的工作回顾\n\n' +
      '五年来，全省经济保持平稳较快增长。规模以上工业企业实现利润增长3.9倍,达到1248.1亿元。五年新增城镇就业285万人。\n\n' +
      '二、2008年的工作\n\n今年全省生产总值增长10%以上。\n';
    const figures = analyzeReport(text).indicators;
    expect(figure(figures, '3.9倍')?.period).toBe('2003-2007');
    expect(figure(figures, '1248.1亿元')?.period).toBe('2007');
    expect(figure(figures, '285万人')?.period).toBe('2003-2007');
  });

  it('a level with no growth of its own before it (森林覆盖率达到35%) keeps the span reviewed, as dev labels do', () => {
    const text = '各位代表：\n\n现在，我代表省人民政府，向大会作政府工作报告，请予审议。\n\n一、过去五年的工作回顾\n\n' +
      '五年来，全省经济保持平稳较快增长，森林覆盖率达到35%。\n\n二、2008年的工作\n\n今年全省生产总值增长10%以上。\n';
    const figures = analyzeReport(text).indicators;
    expect(figure(figures, '35%')?.period).toBe('2003-2007');
  });
});
