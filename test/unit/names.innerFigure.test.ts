/**
 * A count's noun read after it ends before a figure of its own inside the read (names.ts beforeInnerFigure): the amount
 * and its unit are another figure's, and the count's name swallowed them (贫困村42公里道路硬化工程, 道路沿线约5.4公里绿化护栏).
 * Short real lines of outside free texts: src32 涞水县 2020, src27 南山区 2024 and 2025 (session 33, names59).
 */
import { describe, expect, it } from 'vitest';
import { namesOf } from '../support/names';

describe('a figure inside a counted noun ends it', () => {
  it('24个贫困村 before 42公里 (涞水县 2020)', () => {
    expect(namesOf('完成51个贫困村电网升级改造，启动24个贫困村42公里道路硬化工程，实施农村公路安全防护工程。', ['24个'], { year: 2020, part: '一、2019年工作回顾' })).toEqual(['贫困村']);
  });

  it('8条道路沿线 before 约5.4公里, 1109处地下空间场所 before 100% (南山区 2024, 2025)', () => {
    expect(namesOf('开展“拆栏透绿”行动，拆除8条道路沿线约5.4公里绿化护栏，道路、街区“无界融合”。', ['8条'])[0]).not.toMatch(/\d/);
    expect(namesOf('集中安置场所在库数达128所，1109处地下空间场所100%配置防汛物资装备。', ['1109处'])).toEqual(['地下空间场所']);
  });

  it('keeps a number that is part of the name (世界500强企业, 5G基站)', () => {
    expect(namesOf('引进10个世界500强企业投资项目。', ['10个'])[0]).toMatch(/世界500强/);
  });
});
