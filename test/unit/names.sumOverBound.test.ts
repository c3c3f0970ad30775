/**
 * A sum over a bound written with 超 right before the kind of place or firm it sorts (经济总量超200亿元县, 总投资超10亿元
 * 项目) is a class of those things, part of the count's name as 亿元以上项目 is; the name kept only 县 or 项目, and a bare
 * 县 took the figure before's name (主导产业产值 — dev 陕西 2026).
 */
import { describe, expect, it } from 'vitest';
import { nameOf, namesOf, lastYearReview, thisYearWork } from '../support/names';

describe('a sum over a bound before the kind it sorts', () => {
  it('names the count with its class (dev: 陕西 2026, 福建 2026)', () => {
    const line = '县域经济增长5.5％以上，主导产业产值突破1.5万亿元，新增经济总量超200亿元县2个、达到29个，陈仓、洋县园区产值超100亿元。';
    expect(namesOf(line, ['2个', '29个'], lastYearReview(2026))).toEqual(['经济总量超200亿元县', '经济总量超200亿元县']);
    expect(nameOf('持续加大招商引资力度，打造“投资福建”品牌，新引进落地总投资超10亿元项目50个以上。', '50个', thisYearWork(2026))).toBe('总投资超10亿元项目');
  });

  it('leaves a list of bounds, and a sum reached, alone (dev: 河北 2021)', () => {
    // (The list's counts take the bounds in turn: one name cannot say which; the kind alone, as before.)
    expect(nameOf('新增营业收入超50亿元、超100亿元产业集群6个和4个。', '6个', lastYearReview(2021))).toBe('产业集群');
    expect(nameOf('综合金融服务平台累计为3.4万家企业解决融资超过8300亿元。', '8300亿元', lastYearReview(2021))).not.toMatch(/超/);
  });
});
