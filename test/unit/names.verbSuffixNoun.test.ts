/**
 * A verb with a noun suffix after it (服务业, 示范型) is a noun of its own: the leading-verb rules never cut it there
 * (业领军企业, 型老人家食堂 were the names). Unseen witness (浙江 2025, outside): 出台服务业高质量发展30条措施 → 业高质量发展.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { nameOf, lastYearReview } from '../support/names';

describe('a verb and its noun suffix are one word', () => {
  it('keeps 服务业 and 示范型 whole (dev: 浙江 2026, 天津 2026)', () => {
    expect(nameOf('加快金融、物流、租赁商务等行业高质量发展，推动21家省高能级服务业创新发展区提能升级，新增服务业领军企业200家。', '200家', lastYearReview(2026))).toBe('服务业领军企业');
    const figures = analyzeReport('提高城乡低保、特困人员救助供养标准，建成养老服务综合体30个、示范型老人家食堂30个，新筹集保障性租赁住房6957套（间）。').indicators;
    expect(figures.filter((f) => f.text === '30个').map((f) => f.name)).toEqual(['养老服务综合体', '示范型老人家食堂']);
  });

  it('still cuts a verb before its object (dev: 安徽 2026)', () => {
    expect(nameOf('培育商文旅体展融合发展集聚区30个。', '30个', lastYearReview(2026))).toBe('商文旅体展融合发展集聚区');
  });
});
