/**
 * A middle dot joins a place to a name (保定·中关村创新中心, 中国·保定乡村音乐大会): no reading of the name opens with
 * the dot (src/core/references/nameStart.ts), so the name after it is the one the report says again, with or without
 * its place (src32 保定市-2018, 保定市-2021, 保定市-2025 and 徐水县-2010, outside ../shared/corpus; the editor had shown
 * ・中关村创新中心). Tested on their sentences verbatim.
 */
import { describe, expect, it } from 'vitest';
import { entityLinksOf as report, linksSaid as said } from '../support/entityLinks';

describe('a name after a place and a middle dot', () => {
  it('is said again without its place (src32 保定市-2018, lines 21 → 57)', () => {
    const refs = report(
      '保定·中关村创新中心入驻企业105家，"一中心一基地多园区"发展格局基本形成，集聚效应、裂变效应不断放大。',
      '围绕构建京津冀"2＋4＋N"产业合作格局，提升承载能力，抓好高新区、涿州国家农业高新技术产业开发区、中关村创新中心等一批重点承接平台建设，积极融入北京新机场临空经济区。',
    );
    expect(said(refs)).toContain('中关村创新中心 → 中关村创新中心');
  });

  it('links whichever side of the place the dot stands (src32 保定市-2025, lines 16 → 31: 中国·保定乡村音乐大会 … 中国保定·乡村音乐大会)', () => {
    const refs = report('中国·保定乡村音乐大会受众超过2亿人次。', '发挥保定小院、保定太行步道等高品质供给作用，继续办好中国保定·乡村音乐大会和“地坛书市进保定”活动。');
    const links = said(refs);
    expect(links).toContain('乡村音乐大会 → 乡村音乐大会');
    expect(links.filter((l) => l.startsWith('·'))).toEqual([]);
  });
});
