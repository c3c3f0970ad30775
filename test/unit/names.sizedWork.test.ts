/**
 * An area or a length between a place (or a work) and the work, facility or part right after it sizes that: 奋斗镇
 * 4000平方米保鲜库 is the cold store's floor space, not 奋斗镇's (figureNames.ts, SIZES). Sentences from dev reports
 * (海拉尔 2019, 高阳 2017, 陕西 2026); the unseen witnesses are 南山区 2022 (百旺信工业区15.7万平方米土地确权, 后海片区4平方公里
 * CIM平台建设, then named by the place alone). The sentences were chosen because each figure is a size in a review: no
 * period, status or link rule reads them differently.
 */
import { describe, expect, it } from 'vitest';
import { nameOf } from '../support/names';

describe('a size between a place and the work after it', () => {
  it('names the place and the facility or work after the size (dev: 海拉尔 2019, 高阳 2017)', () => {
    expect(nameOf('奋斗镇4000平方米保鲜库投入使用，哈克镇改扩建标准化奶牛养殖圈舍等基础设施17000平方米。', '4000平方米')).toBe('奋斗镇保鲜库');
    const roads = '新改建农村公路196.9公里，硬化潴龙河千里堤堤顶道路20公里，温泉路、邢南路、城冯路、庞石路4条乡道25公里翻新改造工程开工建设。';
    expect(nameOf(roads, '25公里')).toBe('乡道翻新改造工程');
  });

  it('keeps a size the words before already name, and leaves out what became of the work (dev: 陕西 2026)', () => {
    const metro = '高速公路通车里程6895公里，西安地铁运营里程422公里并连通咸阳，5G基站从1.9万座增加到14.3万座。';
    expect(nameOf(metro, '422公里')).toBe('西安地铁运营里程');
    // (Made up around 南山区 2022's 南坪快速路二期、前海地下道路4.3公里通车: 通车 is what became of the road, not a part of it.)
    expect(nameOf('前海地下道路4.3公里通车，交通更便捷。', '4.3公里')).toBe('前海地下道路');
  });
});
