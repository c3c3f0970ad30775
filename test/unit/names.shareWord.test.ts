/**
 * 占比 is the share word of a name, not a comparison's 比 and a part's 占 left before the measure (the trailing noise
 * took both, and 产业投资占比保持在50%以上 was named 产业投资 — the investment, another indicator). The labels write
 * “X占比” (README: 研究与试验发展经费支出占比). The sentences are quoted from outside reports (云南, 青海, 宁夏 2026 —
 * issue 8, item 2, names23's user).
 */
import { describe, expect, it } from 'vitest';
import { namesOf } from '../support/names';
import { withoutTrailingNoise } from '../../src/core/indicators/trailingNoise';

describe('the share word 占比 stays in the name', () => {
  it('keeps 占比 at a name’s end while a bare 比 still goes', () => {
    expect(withoutTrailingNoise('产业投资占比保持')).toBe('产业投资占比');
    expect(withoutTrailingNoise('工业总产值比')).toBe('工业总产值');
  });

  it('names a main target’s share with its 占比', () => {
    expect(namesOf('经济社会发展的主要预期目标为：地区生产总值增长4.5%左右，产业投资占比保持在50%以上，地方一般公共预算收入增长2%。', ['50%'])).toEqual(['产业投资占比']);
  });

  it('names a reached share with its 占比', () => {
    expect(namesOf('民生领域财政支出占比保持在76%以上，就业形势持续稳定向好。', ['76%'])).toEqual(['民生领域财政支出占比']);
  });

  it('gives each product of a list the share of its output', () => {
    expect(namesOf('累计认定国家地理标志保护产品134个，蔬菜、小浆果设施产量占比分别提高15、22个百分点，花卉产量全球第一。', ['15', '22个百分点'])).toEqual(['蔬菜产量占比', '小浆果设施产量占比']);
  });

  it('lets a stock’s attribute after the share take the share word’s place', () => {
    expect(namesOf('电力总装机突破9000万千瓦，新能源装机占比达63%、规模比“十三五”末翻了一番。', ['63%', '一番'])).toEqual(['新能源装机占比', '新能源装机规模']);
  });
});
