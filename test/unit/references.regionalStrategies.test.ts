/**
 * National strategies without a type word (knownNames.ts, entityTypes.json knownNames): a local report follows the
 * strategy of its own region from part to part — reviewed, set to work on, said again — and its repeats link to the
 * first mention (the links convention of session 15); another region's strategy it names in passing stays unlinked.
 * Each on the real dev text (and 河北 2024, read outside the corpus, whose 京津冀协同发展 recurs three times).
 */
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/core';
import { analyzeReport } from '../../src/core';
import { readCorpus } from '../support/corpus';

const entities = (text: string): Reference[] => analyzeReport(text).references.filter((r) => r.kind === 'entity');
const linksOf = (refs: readonly Reference[], name: string): string[] =>
  refs.filter((r) => r.from.text === name).map((r) => `L${r.from.range.start.line} → L${r.to.range.start.line} ${r.to.text}`);

describe('a local report’s own regional strategy', () => {
  it('安徽 2026 (中部 province): 中部地区崛起 said in the review, the plan and the tasks links to its first mention', () => {
    const anhui = entities(readCorpus('local/安徽省-2026.txt'));
    expect(linksOf(anhui, '中部地区崛起')).toEqual(['L46 → L32 中部地区崛起', 'L78 → L32 中部地区崛起']);
  });

  it('湖南 2026: the first mention has a word put in as the centre says it (中部地区加快崛起), and the later ones go there', () => {
    const hunan = entities(readCorpus('local/湖南省-2026.txt'));
    expect(linksOf(hunan, '中部地区崛起')).toEqual(['L26 → L22 中部地区加快崛起', 'L45 → L22 中部地区加快崛起', 'L81 → L22 中部地区加快崛起']);
  });

  it('辽宁 2026 (东北 province): 东北全面振兴 links; 京津冀协同发展, another region’s, is named once in passing', () => {
    const liaoning = entities(readCorpus('local/辽宁省-2026.txt'));
    expect(linksOf(liaoning, '东北全面振兴')).toEqual(['L38 → L17 东北全面振兴', 'L101 → L17 东北全面振兴']);
    expect(linksOf(liaoning, '京津冀协同发展')).toEqual([]);
  });

  it('another region’s strategy said twice in a local report stays unlinked (a report of 江苏 naming 中部地区崛起 twice)', () => {
    const text = ['江苏省政府工作报告', '各位代表：', '一、2025年工作回顾', '我们主动服务中部地区崛起，深化省际合作。', '二、2026年主要任务', '继续支持中部地区崛起，推进对口合作。'].join('\n');
    expect(linksOf(entities(text), '中部地区崛起')).toEqual([]);
  });

  it('河北 (北京, 天津, 河北 are 京津冀): its repeats link to the first (hebei-2021, dev)', () => {
    const hebei = entities(readCorpus('local/hebei-2021.txt'));
    const links = linksOf(hebei, '京津冀协同发展');
    expect(links.length).toBeGreaterThanOrEqual(3);
    expect(new Set(links.map((l) => l.split(' → ')[1])).size).toBe(1);
  });
});
