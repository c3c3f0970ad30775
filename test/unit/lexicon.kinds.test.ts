import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { KIND_MODIFIERS, lexicon, lookupIndicator, normalizeIndicatorName } from '../../src/core/lexicon';

/**
 * A kind of a thing is not the thing (session 31, links39): 新型基础设施投资 is the new-type part of 基础设施投资
 * (深圳市 2022, 2023, 2025, 龙华区 2023 — outside free texts; hebei-2021, dev), 国有上市公司 the state-owned part of
 * 上市公司 (深圳市 2003, 2004 — outside). The lexicon's longest-suffix lookup filed the kind under the whole, and the
 * pairing then judged 深圳 2025's target of 1600亿元 of 新型基础设施投资 by the growth of all 基础设施投资 (8.8%).
 */
describe('kind modifiers (lexicon/kindModifiers.json)', () => {
  it('never files a kind under the entry of the thing it is a kind of', () => {
    expect(lookupIndicator('新型基础设施投资')?.id).not.toBe('infrastructure_investment');
    expect(lookupIndicator('国有上市公司')?.id).not.toBe('listed_companies');
    // The whole itself, and a place before it, still are the entry.
    expect(lookupIndicator('基础设施投资')?.id).toBe('infrastructure_investment');
    expect(lookupIndicator('全市基础设施投资')?.id).toBe('infrastructure_investment');
  });

  it('holds for every name and synonym of the lexicon: a modifier before it makes no match to its own entry', () => {
    const wrong: string[] = [];
    for (const entry of lexicon) {
      const own = new Set([entry.name, ...entry.synonyms].map(normalizeIndicatorName));
      for (const term of [entry.name, ...entry.synonyms]) {
        for (const m of KIND_MODIFIERS) {
          const kind = m + term;
          if (!own.has(normalizeIndicatorName(kind)) && lookupIndicator(kind)?.id === entry.id) wrong.push(kind);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('lists no synonym of an entry that is another of its names with a kind modifier before it', () => {
    const filed: string[] = [];
    for (const entry of lexicon) {
      const own = new Set([entry.name, ...entry.synonyms].map(normalizeIndicatorName));
      for (const term of own) for (const m of KIND_MODIFIERS) if (term.startsWith(m) && own.has(term.slice(m.length))) filed.push(term);
    }
    expect(filed).toEqual([]);
  });

  it('pairs the kind with the kind and the whole with the whole (深圳市 2025, outside)', () => {
    const text = [
      '2025年深圳市政府工作报告',
      '一、2024年工作回顾',
      '\u3000\u3000扩大有效益的投资。基础设施投资增长8.8%，新型基础设施投资增长15.0%。',
      '二、2025年工作安排',
      '\u3000\u3000大力推进“两重”建设，优化现代化基础设施布局、结构和功能，完成基础设施投资2300亿元、新型基础设施投资1600亿元。',
    ].join('\n');
    const report = analyzeReport(text);
    const byText = (t: string) => report.indicators.find((f) => f.text === t);
    const pairOf = (t: string) => report.pairs.find((p) => p.target === byText(t))?.actual.text;
    expect(pairOf('1600亿元')).toBe('15.0%');
    expect(pairOf('2300亿元')).toBe('8.8%');
  });

  it('leaves a kind\'s target unpaired when only the whole was reviewed (深圳市 2023, outside)', () => {
    const text = [
      '2023年深圳市政府工作报告',
      '一、2022年工作回顾',
      '\u3000\u3000推进国家基础设施高质量发展试点，基础设施投资超2000亿元。',
      '二、2023年工作安排',
      '\u3000\u3000开展“极速先锋城市建设”行动，新增5G基站1万个以上，推进无线政务专网、政务云二期等建设，新型基础设施投资超1100亿元。',
    ].join('\n');
    const report = analyzeReport(text);
    const target = report.indicators.find((f) => f.text === '1100亿元');
    expect(target?.name).toBe('新型基础设施投资');
    expect(report.pairs.find((p) => p.target === target)).toBeUndefined();
  });
});
