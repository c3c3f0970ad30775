import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { opensPeriodReview } from '../../src/core/outline/body';
import { CORPUS } from '../support/expectedOutline';
import { nodeAtLine, outlineNodes } from '../support/outlineNodes';

const lines = (file: string): string[] => readFileSync(join(CORPUS, file), 'utf8').split('\n');

/**
 * Dev 安徽 2026 (corpus lines 14–39, salutation to part 二): after its last section （六） and a paragraph on the year's
 * government work, “2025年是“十四五”收官之年。回望…” turns to the five years, over six “——这五年，…” leads; the expected outline
 * lists none of them (test/fixtures/expected/README.md: leads after a part's last numbered section).
 */
const ANHUI = lines('local/安徽省-2026.txt').slice(14, 40).join('\n');

describe('a paragraph turning to the five years after the part’s last section', () => {
  it('opens the part’s closing words: the ——leads after it are no section’s (安徽 2026 part 一)', () => {
    expect(nodeAtLine(ANHUI, '——这五年，综合实力大幅跃升')).toBeUndefined();
    expect(nodeAtLine(ANHUI, '——这五年，人民生活更加美好')).toBeUndefined();
    expect(nodeAtLine(ANHUI, '（六）用心用情办好民生实事')).toMatchObject({ kind: 'section', level: 2 });
    expect(nodeAtLine(ANHUI, '二、“十五五”时期主要目标和重大任务')).toMatchObject({ kind: 'part', level: 1 });
  });

  it('does not while a section of the part follows (the same text with （六） moved after the dashes)', () => {
    const text = ANHUI.split('\n');
    const six = text.findIndex((l) => l.startsWith('（六）'));
    const moved = [...text.slice(0, six), ...text.slice(six + 1, text.findIndex((l) => l === '各位代表！')), text[six] as string, ...text.slice(text.findIndex((l) => l === '各位代表！'))].join('\n');
    expect(nodeAtLine(moved, '——这五年，综合实力大幅跃升')).toMatchObject({ kind: 'lead', level: 3 });
    expect(outlineNodes(moved).filter((n) => n.title.startsWith('这五年'))).toHaveLength(6);
  });

  it('is read from its first sentence (安徽 2026, national 2008, 宁夏 2026 outside the corpus)', () => {
    expect(opensPeriodReview('2025年是“十四五”收官之年。回望“十四五”这极不寻常、极不平凡的五年，我们坚')).toBe(true);
    expect(opensPeriodReview('五年来，我们在民主法制建设、国防和军队建设、港澳台工作和外交等方面，也取得了重要进展。')).toBe(true);
    expect(opensPeriodReview('过去五年，我们牢记嘱托、不懈奋斗，取得了来之不易的成就。')).toBe(true);
    expect(opensPeriodReview('一年来，我们持续加强政府建设和治理创新，社会大局保持和谐稳定。')).toBe(false);
    // A look back at one year, and the next plan's period looked forward to, are no review of five (review14).
    expect(opensPeriodReview('回望过去一年，我们深切体会到，必须坚持稳中求进。')).toBe(false);
    expect(opensPeriodReview('“十五五”时期，我们将坚持稳中求进，推动高质量发展。')).toBe(false);
    expect(opensPeriodReview('“十四五”时期，全省地区生产总值年均增长5.6%。')).toBe(true);
    expect(opensPeriodReview('坚持以科技创新引领产业升级，战略性新兴产业产值增长11.5%，高技术制造业增加值增长30.4%、连续24个月保持两位数增长。')).toBe(false);
  });
});
