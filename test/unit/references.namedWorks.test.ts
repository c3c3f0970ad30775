/**
 * Named works and plans the entity scan missed, read on reports no rule was written on (links24: national 2008,
 * 河北 2025 of the Hebei archive, 福建 2026, marked by hand before the program ran) and checked on the dev reports
 * and the national years outside the corpus where the same shape stands:
 * - the great works a national report names bare (entityTypes.json knownNames: 天然林保护);
 * - a numbered set named in specific words (modifiers.ts: 十大重点节能工程), where a number before ordinary words
 *   only counts (十大工程, 两项自贸试验区);
 * - a national plan's title named bare, holding 和 (planTitles.ts: 国家中长期科学和技术发展规划纲要).
 */
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/core';
import { analyzeReport } from '../../src/core';
import { readCorpus } from '../support/corpus';

const entityLinks = (refs: readonly Reference[], including: string): string[] =>
  refs.filter((r) => r.kind === 'entity' && r.from.text.includes(including)).map((r) => `L${r.from.range.start.line} ${r.from.text} → L${r.to.range.start.line} ${r.to.text}`);
const linksIn = (text: string): string[] =>
  analyzeReport(text)
    .references.filter((r) => r.kind === 'entity')
    .map((r) => `${r.from.text} → ${r.to.text}`);

const national2008 = analyzeReport(readCorpus('national/2008.txt')).references;

describe('the great works a national report names bare (entityTypes.json knownNames: 天然林保护)', () => {
  it('links 天然林保护 said again (national 2008, dev: 继续推进天然林保护、京津风沙源治理 … 继续搞好天然林保护、防沙治沙)', () => {
    expect(entityLinks(national2008, '天然林保护')).toEqual(['L202 天然林保护 → L48 天然林保护']);
  });

  it('links it with or without 工程 after it (national 2002, outside the corpus: 天然林保护工程 … 天然林保护、退耕还林还草)', () => {
    // The State Council's report (a local one names the centre's programmes in passing: knownNames.ts).
    const text = ['各位代表：', '现在，我代表国务院，向大会作政府工作报告，请予审议。', '长江、黄河上游天然林保护工程全面展开。', '有步骤而因地制宜推进天然林保护、退耕还林还草以及防沙治沙。'].join('\n');
    expect(linksIn(text)).toEqual(['天然林保护 → 天然林保护']);
  });
});

describe('a numbered set named in specific words (modifiers.ts)', () => {
  it('links 十大重点节能工程 said again (national 2008, dev: 启动十大重点节能工程 … 加快十大重点节能工程实施进度)', () => {
    expect(entityLinks(national2008, '节能工程')).toEqual(['L211 十大重点节能工程 → L48 十大重点节能工程']);
  });

  it('leaves a number before ordinary words a count (十大工程, 三大重点项目), and a count of items no set (两项自贸试验区)', () => {
    expect(linksIn(['启动十大工程。', '加快十大工程建设。'].join('\n'))).toEqual([]);
    expect(linksIn(['推进三大重点项目。', '加快三大重点项目建设。'].join('\n'))).toEqual([]);
    // 河北 2025 (Hebei archive): the count of two reforms of the zone, not a zone of its own.
    expect(linksIn(['两项自贸试验区制度创新成果全国推广。', '高水平建设两项自贸试验区制度创新成果。'].join('\n'))).toEqual([]);
  });
});

describe('a national plan named bare, its title holding 和 (planTitles.ts)', () => {
  it('links the plan said again with 纲要 to its first mention (national 2005, dev-labelled: 围绕制定… → 今年要发布…纲要)', () => {
    const n2005 = analyzeReport(readCorpus('national/2005.txt')).references;
    expect(entityLinks(n2005, '发展规划')).toEqual(['L233 国家中长期科学和技术发展规划纲要 → L45 国家中长期科学和技术发展规划']);
  });

  it('leaves the verb that leads into it out (national 2008: 我们制定了… → 要认真落实…)', () => {
    expect(entityLinks(national2008, '发展规划')).toEqual(['L198 国家中长期科学和技术发展规划纲要 → L44 国家中长期科学和技术发展规划纲要']);
  });

  it('links a title said in part to where both say it (national 2010/2012 shape: 启动实施国家中长期教育改革和… → 贯彻落实教育改革和…)', () => {
    const text = ['要抓紧启动实施国家中长期教育改革和发展规划纲要。', '深入贯彻落实教育改革和发展规划纲要。'].join('\n');
    expect(linksIn(text)).toEqual(['教育改革和发展规划纲要 → 教育改革和发展规划纲要']);
  });

  // Review (session 22): said in full twice and then in part, the part was a second plan nested in the first two
  // mentions — two links on one mention, and the part's link landed inside the full title.
  it('links a title said in part to the full title’s first mention when the full title is said twice too', () => {
    const text = ['我们制定了国家中长期科学和技术发展规划纲要，部署了一批重大专项。', '要认真落实国家中长期科学和技术发展规划纲要，加强基础研究。', '各地要按照科学和技术发展规划纲要的要求，做好配套工作。'].join('\n');
    expect(linksIn(text)).toEqual(['国家中长期科学和技术发展规划纲要 → 国家中长期科学和技术发展规划纲要', '科学和技术发展规划纲要 → 国家中长期科学和技术发展规划纲要']);
  });

  it('makes no name of a kind of plan said twice (national 2011, dev: 一系列区域发展规划 … 全面落实各项区域发展规划; 产业发展规划)', () => {
    expect(entityLinks(analyzeReport(readCorpus('national/2011.txt')).references, '发展规划')).toEqual([]);
    expect(linksIn(['编制实施重点产业发展规划。', '落实重点产业发展规划。'].join('\n'))).toEqual([]);
  });
});
