/**
 * A park said as its 园区 (来福光电科技产业园区) is named to its 区: the scan of the type words reads 产业园 leftmost-longest
 * and never saw the 园区 it overlaps, so the link read 来福光电科技产业园 (src/core/references/entities.ts parkEnd); and a
 * park said once as its 园 and once as its 园区 is one park (one key). Sentences verbatim from src32 容城县-2015 and
 * 曲阳县-2020 (outside ../shared/corpus).
 */
import { describe, expect, it } from 'vitest';
import { entityLinksOf as report, linksSaid as said } from '../support/entityLinks';

describe('a park said as its 园区', () => {
  it('is named to its 区 (src32 容城县-2015)', () => {
    const refs = report(
      '突出高科技引领，提高装备制造产业比重，加快来福光电科技产业园区发展，力争年产值达到 3.5亿元，实现利税8000万元。',
      '加大园区招商力度，完善基础设施，做优产业发展平台，促进来福光电科技产业园区合资合作再上新水平，做大高端装备制造业。',
    );
    expect(said(refs)).toEqual(['来福光电科技产业园区 → 来福光电科技产业园区']);
  });

  it('links to the same park said as its 园 (src32 曲阳县-2020, lines 17 → 43)', () => {
    const refs = report('现代雕塑产业园115家企业签约入驻，32家建成投产。', '现代雕塑产业园区和循环经济产业园区完善基础设施建设，吸引更多项目入驻。');
    expect(said(refs)).toEqual(['现代雕塑产业园区 → 现代雕塑产业园']);
  });

  it('stops before 区域: a park’s area is no part of its name', () => {
    const refs = report('建成来福光电科技产业园。', '扩大来福光电科技产业园区域面积。');
    expect(said(refs)).toEqual(['来福光电科技产业园 → 来福光电科技产业园']);
  });
});
