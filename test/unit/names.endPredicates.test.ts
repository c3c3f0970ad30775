/**
 * What became of a work (建成通车, 投入使用, 进展顺利, 并网发电, 正在实施 — endPredicates in nameWords.json) ends its
 * clause as the predicate: it is never part of the name of the money put into the work or of the count of works.
 * Sentences quoted from outside text (海拉尔 2014, 河北 2008).
 */
import { describe, expect, it } from 'vitest';
import { namesOf } from '../support/names';

describe('a predicate of what became of a work at the end of a name', () => {
  it('names the money by the work, not by what became of it (outside: 海拉尔 2014)', () => {
    const line = '投资3.3亿元的机场快速路建成通车，投资1.4亿元的西出口道路工程进展顺利，投资1.3亿元的客运总站投入使用，绥满高速海拉尔至牙克石段全线通车，城市功能日趋完善。';
    expect(namesOf(line, ['3.3亿元', '1.4亿元', '1.3亿元'])).toEqual(['机场快速路投资', '西出口道路工程投资', '客运总站投资']);
  });

  it('names a count of works and a sum by the works (outside: 河北 2008)', () => {
    const line = '加快完善能源体系,20个重点电源项目并网发电,全省装机容量达到3000万千瓦;投资891亿元的"坚强电网"建设正在实施,冀蒙和蔚县煤炭基地顺利推进。';
    expect(namesOf(line, ['20个', '891亿元'])).toEqual(['重点电源项目', '坚强电网建设投资']);
  });
});
