/**
 * A glossary headed “附：短语说明” (phrases explained) is a glossary as “附：名词解释” is (outline/markers.ts namedGlossary):
 * src32 高唐县-2021 (outside ../shared/corpus) ends with forty numbered phrases under that heading. Read as the last
 * section's sub-headings, its entries were linked to their first use in the body, and the body's phrases never reached
 * their explanation. Real lines of that report (17/67/87 of the body, its entries 7 and 38).
 */
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';

const review = '一、2020年工作回顾';
const first = '认证“三品一标”农产品372个。';
const plan = '二、2021年工作安排';
const again = '新增“三品一标”农产品10个。';
const lineup = '落实“三线一单”生态环境分区管控，坚持方向不变、力度不减，突出精准治污、科学治污、依法治污。';
const entry7 = '7.“三品一标”：指无公害农产品、绿色食品、有机农产品和农产品地理标志。';
const entry38 = '38.三线一单：指生态保护红线、环境质量底线、资源利用上线和生态环境准入清单。';

const report = (heading: string): ReturnType<typeof analyzeReport> =>
  analyzeReport(['高唐县2021年政府工作报告', '各位代表：', review, first, plan, again, lineup, '以上报告，请予审议。', heading, entry7, entry38].join('\n'));
const termLinks = (heading: string): string[] =>
  report(heading)
    .references.filter((r) => r.kind === 'term')
    .map((r) => `${r.from.range.start.line}:${r.from.text} → ${r.to.range.start.line}`);

describe('a glossary of phrases (附：短语说明)', () => {
  it('is a glossary block of the outline', () => {
    // (The title as the outline gives it, its colon half-width: 附:短语说明.)
    expect(report('附：短语说明').outline.filter((n) => n.kind === 'glossary').map((n) => n.title.replace(/^附[:：]/, ''))).toEqual(['短语说明']);
  });

  it('高唐县 2021: the body’s “三品一标” and “三线一单” go to their explanations (entries 7 and 38)', () => {
    const links = termLinks('附：短语说明');
    expect(links).toContain('3:“三品一标” → 9');
    expect(links).toContain('5:“三品一标” → 9');
    expect(links).toContain('6:“三线一单” → 10');
  });

  it('an entry is no mention of its phrase: no link from the entry back to the body', () => {
    expect(termLinks('附：短语说明').filter((l) => l.startsWith('9:') || l.startsWith('10:'))).toEqual([]);
  });

  it('a line naming some other 说明 is no glossary (情况说明 heads no notes)', () => {
    expect(report('附：有关情况说明').outline.map((n) => n.kind)).not.toContain('glossary');
  });
});
