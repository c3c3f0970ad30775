/**
 * Roads named in lists and said again (src/core/references/entities.ts, listedNames.ts; entityTypes.json typeClips):
 * an expressway's kind said in full or clipped (津石高速 … 津石高速公路, 京雄城际铁路 … 京雄城际) is one name, as a
 * zone's is (经济技术开发区 … 经开区); and a list of roads sharing their kind may hold a stem ending in 港 (曲港 =
 * 曲阳–黄骅港), which is the road's stem like its neighbours, not a port. Seen on src32 高阳县-2018, 河北省-2018,
 * 保定市-2018, 保定市-2021 and 博野县-2022 (outside ../shared/corpus); tested on their sentences verbatim.
 */
import { describe, expect, it } from 'vitest';
import { entityLinksOf as report, linksSaid as said } from '../support/entityLinks';

describe('an expressway’s kind said in full or clipped', () => {
  it('is one name (src32 高阳县-2018, lines 43 → 51: 津石高速高阳段 … 津石高速公路高阳段)', () => {
    const refs = report(
      '北二环东段道路征地拆迁、雨污分流一期工程全部完成，津石高速高阳段征迁占工作进展顺利，津保南线、保沧线新改建绕县城项目和县城东外环前期工作正在加快推进；',
      '四是津石高速公路高阳段征迁占攻坚战。',
    );
    expect(said(refs)).toContain('津石高速公路 → 津石高速');
  });
});

describe('a list of roads sharing their kind', () => {
  it('keeps a stem ending in 港 as an item (src32 保定市-2018, lines 27 → 55: 荣乌、西阜、涞曲、曲港、津石高速公路 … 曲港高速)', () => {
    const refs = report(
      '荣乌、西阜、涞曲、曲港、津石高速公路加快建设，廊涿城际、京雄石城际和保忻、保张、保沧铁路前期工作加快推进。',
      '确保太行山高速西阜和涞曲段、曲港高速、荣乌高速涞源段贯通，加快津石、京雄、荣乌新线等高速公路建设。',
    );
    const links = said(refs);
    expect(links).toContain('曲港高速 → 曲港');
    expect(links).toContain('荣乌高速 → 荣乌');
  });

  it('and its items link when said with the clipped kind (src32 保定市-2021, lines 15 → 56)', () => {
    const refs = report(
      '荣乌、太行山、曲港、津石高速建成通车，容易线、安大线和京白线等雄安配套骨干道路加快建设，保定正在成为区域性综合交通枢纽，京津雄保石一小时交通圈越织越密。',
      '荣乌高速新线一期、京雄高速和容易、安大两条建材通道确保上半年建成通车。',
    );
    expect(said(refs)).toContain('荣乌高速 → 荣乌');
  });
});
