/**
 * What became of a work (建成通车, 投入使用, 进展顺利, 并网发电, 正在实施 — endPredicates in nameWords.json) ends its
 * clause as the predicate: it is never part of the name of the money put into the work or of the count of works.
 * Sentences quoted from outside text (海拉尔 2014, 河北 2008).
 */
import { describe, expect, it } from 'vitest';
import { lastYearReview, namesOf, thisYearWork } from '../support/names';

describe('a predicate of what became of a work at the end of a name', () => {
  it('names the money by the work, not by what became of it (outside: 海拉尔 2014)', () => {
    const line = '投资3.3亿元的机场快速路建成通车，投资1.4亿元的西出口道路工程进展顺利，投资1.3亿元的客运总站投入使用，绥满高速海拉尔至牙克石段全线通车，城市功能日趋完善。';
    expect(namesOf(line, ['3.3亿元', '1.4亿元', '1.3亿元'])).toEqual(['机场快速路投资', '西出口道路工程投资', '客运总站投资']);
  });

  it('names a count of works and a sum by the works (outside: 河北 2008)', () => {
    const line = '加快完善能源体系,20个重点电源项目并网发电,全省装机容量达到3000万千瓦;投资891亿元的"坚强电网"建设正在实施,冀蒙和蔚县煤炭基地顺利推进。';
    expect(namesOf(line, ['20个', '891亿元'])).toEqual(['重点电源项目', '坚强电网建设投资']);
  });

  it('drops the predicate with its adverb of time or manner (outside: 海拉尔 2015, 2012; national 2012)', () => {
    expect(namesOf('确保投资5500万元的污泥处置工程年内完工。', ['5500万元'])).toEqual(['污泥处置工程投资']);
    expect(namesOf('重点项目按期推进，古纳河酒业等22个项目顺利投产；', ['22个'])).toEqual(['项目']);
    expect(namesOf('中央财政安排资金1713亿元，是2010年的2.2倍，全年城镇保障性住房基本建成432万套，新开工建设1043万套。', ['432万套'])).toEqual(['城镇保障性住房']);
  });

  it('keeps a predicate after a modal: what the counted things can do is their name (national 1956, dev)', () => {
    const line = '１９５６年施工的限额以上建设单位共有９６４个，其中本年开始建设的２７１个，继续建设的６９３个；苏联为我国设计的１５６个重要项目中，除了１７个项目已经完工投入生产，１２个项目已经部分地投入生产以外，本年内开始建设的２２个，继续建设的１０３个，在本年内可以完工的１１个，可以部分地投入生产的１３个。';
    const [name] = namesOf(line, ['１１个']);
    expect(name).toContain('完工');
  });
});

describe('an adverb of time or manner before the predicate a counted phrase stops at (outside: 保定 2025, 河北 2017)', () => {
  it('is the predicate’s, not part of what is counted', () => {
    expect(namesOf('17个超长期国债水利项目全部开工，128个增发国债水利项目进展顺利，87个水毁修复任务按时完工，', ['87个'], lastYearReview(2025))).toEqual(['水毁修复任务']);
    expect(namesOf('确保5个竞赛场馆和47个配套项目如期开工。', ['47个'], thisYearWork(2017))).toEqual(['配套项目']);
  });
});
