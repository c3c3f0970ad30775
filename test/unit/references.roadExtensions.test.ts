/**
 * A road's extension (兴隆街北延, 张岳路南延, 北三环东延: a road's name and the way it is extended, 东延/南延/西延/北延 in
 * src/core/lexicon/entityTypes.json types) is a county's or city's project by name: reviewed as built and set to work
 * again, its repeats link to its first mention like any project's. Seen on src32 博野县-2022 (lines 16–17 → 36, 53),
 * 高阳县-2017 (43 → 129), 保定市-2025, 唐县-2020, 涞源县-2020, 清苑区-2021 and 清苑区-2025 (outside ../shared/corpus),
 * none of which the links labels hold; tested on their sentences verbatim.
 */
import { describe, expect, it } from 'vitest';
import { entityLinksOf as report, linksSaid as said } from '../support/entityLinks';

describe('a road extension named by 东延/南延/西延/北延', () => {
  it('links its repeats (src32 博野县-2022: 张岳路南延, 工业区一街南延, 兴隆街北延)', () => {
    const refs = report(
      '园区平台不断夯实。总投资2200万元的张岳路南延和工业区一街南延即将完工，基础设施实现“九通一平”。',
      '城市交通更加便利。进一步放大曲港、津石两条高速枢纽互通优势，实施了兴隆街北延、博文路西段新建道路工程，对博兴路进行了升级改造。',
      '以系统思维打造畅联交通。把道路建设作为精美县城的基础和动脉，完成博文路西段、兴隆街北延新建道路工程，全力推进博文路东段、朝阳街中段等道路建设，打通工业区一街南延、张岳路南延等一批断头路。',
    );
    const links = said(refs);
    expect(links).toContain('张岳路南延 → 张岳路南延');
    expect(links).toContain('工业区一街南延 → 工业区一街南延');
    expect(links).toContain('兴隆街北延 → 兴隆街北延');
  });

  it('links them in a review and the year’s tasks (src32 高阳县-2017: 锦华街北延, 建新大街北延)', () => {
    const refs = report(
      '迎宾路、朝阳路、建新大街南延、三利大街北延等道路翻新改造竣工通车，锦华街北延、建新大街北延等新建道路加快建设。',
      '继续推进县城路网建设和基础设施改造，加快北二环东段道路建设，推进锦华街北延、建新大街北延等新建道路工程。',
    );
    const links = said(refs);
    expect(links).toContain('锦华街北延 → 锦华街北延');
    expect(links).toContain('建新大街北延 → 建新大街北延');
    // Said once, the other extensions link nothing.
    expect(links.filter((l) => l.startsWith('三利大街北延') || l.startsWith('建新大街南延'))).toEqual([]);
  });

  it('but not a verb of extending said twice (src32 河北省-2021: 公共服务资源向河北延伸)', () => {
    const refs = report('推动京津优质公共服务资源向河北延伸。聚焦创新发展。', '推动京津优质公共服务资源向河北延伸，共建共享。');
    expect(said(refs)).toEqual([]);
  });
});
