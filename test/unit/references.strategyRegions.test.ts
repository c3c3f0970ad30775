/**
 * A region named as a strategy (京津冀, 长三角) is a named thing in every report (test/fixtures/links/README.md, session
 * 37): src/core/references/strategyRegions.ts. Real lines of dev 辽宁 2026 (lines 26, 65, 67) and 安徽 2026 (lines 22,
 * 24, 43), test/fixtures/corpus/local; src32 保定市-2018, 河北省-2021 and 河北省-2024, outside ../shared/corpus.
 */
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/core';
import { analyzeReport } from '../../src/core';

const TITLE = '标题：政府工作报告——2026年1月在辽宁省第十四届人民代表大会第五次会议上\n发文单位：辽宁省人民政府\n\n正文：\n\n';

const links = (body: string, title = TITLE): string[] =>
  analyzeReport(title + body)
    .references.filter((r: Reference) => r.kind === 'entity')
    .map((r) => `${r.from.range.start.line}:${r.from.text} → ${r.to.range.start.line}:${r.to.text}`);

describe('a region named as a strategy', () => {
  it('links its later mentions, bare or opening the strategy’s name, to its first (辽宁 2026)', () => {
    const body = [
      '辽西先导区承接京津冀转移项目131个。',
      '主动对接京津冀协同发展，深化与长三角、长江经济带、粤港澳大湾区、中部地区等战略合作，加强产业链供应链协同、平台载体建设、科技成果转化等合作。',
      '支持辽西先导区面向京津冀，一体化开发利用特色农产品、清洁能源、文旅资源。',
    ].join('\n');
    expect(links(body).filter((l) => l.includes('京津冀'))).toEqual(['6:京津冀 → 5:京津冀', '7:京津冀 → 5:京津冀']);
  });

  it('not where it opens another name: a type word before the clause ends, or a quote (安徽 2026)', () => {
    const title = TITLE.replace(/辽宁省/g, '安徽省');
    const body = ['参与组建长三角创业投资引导基金。', '挂牌成立长三角国家技术创新中心安徽中心，113项居民服务事项长三角“一卡通办”。', '长三角创新共建、协调共进。'].join('\n');
    expect(links(body, title).filter((l) => l.includes('长三角'))).toEqual([]);
  });

  it('not where it lies inside another name (安徽 2026: 上海（长三角）国际科技创新中心)', () => {
    const body = ['以共建上海（长三角）国际科技创新中心为引领。', '出台实施我省共建上海（长三角）国际科技创新中心建设方案。', '深化与长三角对接合作。'].join('\n');
    expect(links(body).filter((l) => l.startsWith('7:长三角') || l.startsWith('6:长三角'))).toEqual([]);
  });

  it('said as a place, its area going on (保定市 2018), not before a noun it modifies in a name (河北省 2021, 2024)', () => {
    const title = '标题：政府工作报告——2018年在保定市第十五届人民代表大会第三次会议上\n发文单位：保定市人民政府\n\n正文：\n\n';
    const place = ['在京津冀地区率先通过"中国制造2025"试点示范城市评审。', 'PM2.5浓度同比下降44.76%，下降率在京津冀及周边"2＋26"个城市中排名第四。'].join('\n');
    expect(links(place, title).filter((l) => l.includes('京津冀'))).toEqual(['6:京津冀 → 5:京津冀']);
    const named = ['构建京津冀协同创新共同体，加快形成科技成果转化承载地。', '巩固扩大京津冀医联体建设成果，推动京津养老资源向我省延伸布局。', '在京津冀地区率先通过评审。'].join('\n');
    expect(links(named, title).filter((l) => l.includes('京津冀'))).toEqual([]);
  });
});
