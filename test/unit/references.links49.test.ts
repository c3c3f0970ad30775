/**
 * Session 37's links49 round (issue 13 item 1), read on free texts outside ../shared/corpus (src32 保定 and county
 * reports): named things that recur unlinked — a firm named by its trade (农牧, or said before its phase: 二期) and a
 * county's roads named in lists of works (src/core/references/roadNames.ts). Real lines, cut short.
 */
import { describe, expect, it } from 'vitest';
import { entityLinksOf as report, linksSaid as said } from '../support/entityLinks';
import roads from '../../src/core/lexicon/roadNames.json';

describe('a firm named by its trade (entityTypes.json trades: 农牧), before its phase too', () => {
  it('新好农牧二期 … 发挥好新好农牧 (src32 高唐县-2021 lines 26, 67, outside)', () => {
    const refs = report(
      '现代农业加快发展。新建改建规模生猪养殖场30个，稳产保供成效明显。新好农牧二期、海大集团华育生猪养殖、和美公司肉鸡宰杀等项目建成投产。',
      '加快荣旺公司肉鸭肉鹅宰杀等项目建设。发挥好新好农牧、海大集团等大型生猪养殖场示范作用，稳步提升生猪产能。',
    );
    expect(said(refs)).toContain('新好农牧 → 新好农牧');
  });

  it('禾丰牧业一期 … 与禾丰牧业 (src32 易县-2022, outside)', () => {
    const refs = report(
      '全年谋划实施省市重点项目，完成投资占年度计划的115%。抽水蓄能电站、禾丰牧业一期加快建设。',
      '扎实推进涞涞易康养基地建设。深入与禾丰牧业、天喜集团、河北农大开展合作。',
    );
    expect(said(refs)).toContain('禾丰牧业 → 禾丰牧业');
  });

  it('but 农牧 before another noun is the trade, no firm (src32 涞源县-2020/2021: 现代化农牧企业; national 2004: 改善农牧民生产生活条件)', () => {
    const refs = report(
      '打造集饲料加工、科技研发、有机肥处理为一体的世界一流现代化农牧企业。继续抓好改善农牧民生产生活条件的小型工程建设。',
      '建成集科技研发、农业有机肥为一体的世界一流全产业链现代化农牧企业，抓好改善农牧民生产生活条件的小型工程建设。',
    );
    expect(said(refs).filter((l) => l.includes('农牧'))).toEqual([]);
  });
});

describe('a county’s roads named in lists (roadNames.ts)', () => {
  it('环湖路、百兴路 in the review, 环湖路和百兴路 in the year’s tasks (src32 易县-2021 lines 18, 43, outside)', () => {
    const refs = report(
      '实施了龙西路、环湖路、百兴路、西南外环等一批交通工程，全县通车总里程达到1822公里。',
      '实施南水北调受水区农村生活水源江水置换项目。全面完成环湖路和百兴路建设。新（改）建农村公路80公里。',
    );
    const links = said(refs);
    expect(links).toContain('环湖路 → 环湖路');
    expect(links).toContain('百兴路 → 百兴路');
    // Said once, 龙西路 links nothing.
    expect(links.filter((l) => l.startsWith('龙西路'))).toEqual([]);
  });

  it('南环路、恒山路 said again, a section of one too (src32 曲阳县-2020 lines 21, 53, outside)', () => {
    const refs = report(
      '深入开展县城建设三年攻坚行动，南环路、恒山路、曲承线(县城段)改建完成。',
      '实施路网改造工程，完成南环路、恒山路改造提升，实现雨污分流;完成南环路东延、东环路南延工程。实施县城亮化工程，完成东环路南段、南环路西段路灯亮化。',
    );
    const links = said(refs);
    expect(links.filter((l) => l === '南环路 → 南环路')).toHaveLength(2);
    expect(links).toContain('恒山路 → 恒山路');
  });

  it('a road of a list closed by 等, said again before 道路 (src32 博野县-2024: 博文路、兴隆街等6条道路 … 兴隆街道路绿化景观工程)', () => {
    const refs = report(
      '实施总投资6.12亿元的16个城建重点项目，博文路、兴隆街等6条道路竣工通车，为未来城市发展拓展空间。',
      '谋划实施博文路、兴隆街道路绿化景观工程，不断打通断头路。',
    );
    expect(said(refs)).toContain('兴隆街 → 兴隆街');
  });

  it('never a subdistrict (兴隆街道), nor a road said alone, of no list (步游路; 发展思路)', () => {
    const refs = report(
      '博文路、兴隆街等6条道路竣工通车。完善景区步游路，理清发展思路。',
      '兴隆街道完成老旧小区改造。新建步游路5公里，发展思路更加清晰。',
    );
    expect(said(refs)).toEqual([]);
  });

  it('words ending as a road does but naming none are listed as data', () => {
    expect(roads.notNames).toEqual(expect.arrayContaining(['道路', '公路', '思路', '之路']));
    expect(roads.notNames).not.toContain('山路');
  });
});
