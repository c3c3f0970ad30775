/**
 * A new area said later by its place alone (src/core/references/zoneHeads.ts; test/fixtures/links/README.md, `short`):
 * 雄安 links to the report's first 雄安新区 where it stands as a noun phrase, not where it modifies another word or is a
 * word of a slogan. Real sentences: src32 保定市-2021 (lines 15, 25), 容城县-2019 (outside ../shared/corpus).
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';

const shorts = (body: readonly string[], title = '某市政府工作报告'): string[] =>
  analyzeReport([title, '各位代表：', '一、过去五年工作回顾', ...body, '二、2021年工作安排', '全面完成各项目标任务。'].join('\n'))
    .references.filter((r) => r.kind === 'short')
    .map((r) => `${r.from.range.start.line}:${r.from.text} → ${r.to.range.start.line}:${r.to.text}`);

const NAMED = '五年来，我们深入落实京津冀协同发展重大国家战略，迎来雄安新区规划建设这一千年大计、国家大事，保定城市地位显著提升。';

describe('a new area said by its place alone', () => {
  it('保定市-2021: 联动雄安为抓手 after 迎来雄安新区规划建设 links 雄安 to 雄安新区', () => {
    const later = '这一年，我们深入落实协同发展战略，以服务北京、联动雄安为抓手，着力打造承接北京非首都功能疏解的“第二战略支点”。';
    expect(shorts([NAMED, later])).toEqual(['4:雄安 → 3:雄安新区']);
  });

  it('保定市-2021: 雄安配套骨干道路 and 环雄安生态林带 modify other things: no link', () => {
    const roads = '容易线、安大线和京白线等雄安配套骨干道路加快建设，保定正在成为区域性综合交通枢纽。';
    const ring = '环雄安生态林带、南拒马河防洪治理、南水北调中线调蓄库等服务保障雄安新区的重点项目顺利实施。';
    expect(shorts([NAMED, roads, ring])).toEqual([]);
  });

  it('保定市-2021: said before the area is named, 雄安 is a place only', () => {
    const first = '这一年，我们以服务北京、联动雄安为抓手，着力打造“第二战略支点”。';
    expect(shorts([first, NAMED])).toEqual([]);
  });

  it('容城县-2019: the slogan “时尚雄安” holds the place as a word of its own: no link', () => {
    const slogan = '突出文化创新引领，成功举办以“幸福生活，时尚雄安”为主题的第三届白洋淀国际服装文化节。';
    expect(shorts([NAMED, slogan])).toEqual([]);
  });

  it('the report’s own place said alone is that place, not a new area named after it', () => {
    const named = '加快容城新区建设，完善基础设施。';
    const later = '全力推进产业转型，建设美丽容城，让人民群众共享发展成果。';
    expect(shorts([named, later], '容城县政府工作报告').filter((s) => s.includes('新区'))).toEqual([]);
    // Read as another report's text, the same 容城 is the new area's place.
    expect(shorts([named, later]).filter((s) => s.includes('新区'))).toEqual(['4:容城 → 3:容城新区']);
  });
});
