/**
 * An item after a figure and a 、 that opens with the word the item before has after its modifiers (示范) takes those
 * modifiers, written once before the first (sharedModifier.ts). Lines verbatim from src32 高唐县-2022, 高唐县-2023,
 * 涞水县-2022 and 米易县-2024 (outside ../shared/corpus; 0-based lines).
 */
import { describe, expect, it } from 'vitest';
import { withSharedModifier } from '../../src/core/indicators/sharedModifier';
import { namesOf, thisYearWork } from '../support/names';
import { isVerb } from '../../src/core/lexicon/verbs';
import shared from '../../src/core/lexicon/sharedModifierWords.json';

describe('a bare item after a 、 and the figure before', () => {
  it('takes the modifiers of the item before (高唐县-2022 line 63, 高唐县-2023 line 20)', () => {
    const y22 = '依托云谷·寸金直播电商创业基地等平台，培育市级电商示范镇1个、示范村8个。';
    expect(namesOf(y22, ['1个', '8个'], thisYearWork(2022))).toEqual(['市级电商示范镇', '市级电商示范村']);
    const y23 = '打造电商示范镇1个、示范村5个，扩建电商直播基地19个。';
    expect(namesOf(y23, ['1个', '5个'], thisYearWork(2023))).toEqual(['电商示范镇', '电商示范村']);
  });

  it('in other counties too (涞水县-2022 line 57, 米易县-2024 line 57)', () => {
    const farms = '新增家庭农场30家，打造市级以上示范农场5家、示范社2个，打造“一村一品”示范村2个。';
    expect(namesOf(farms, ['2个'], thisYearWork(2022))).toEqual(['市级以上示范社']);
    const care = '强化普惠性基础性养老服务供给，打造康养示范社区1个、示范乡村8个；针对年轻群体，加快推进马鹿寨综合开发。';
    expect(namesOf(care, ['8个'], thisYearWork(2024))).toEqual(['康养示范乡村']);
  });

  it('keeps an item with modifiers of its own, or an action', () => {
    expect(withSharedModifier('示范村', '市级电商示范镇', '、示范村')).toBe('市级电商示范村');
    expect(withSharedModifier('省级示范村', '市级电商示范镇', '、省级示范村')).toBe('省级示范村');
    expect(withSharedModifier('示范村', '示范镇', '、示范村')).toBe('示范村');
    // (辽宁实验室集聚科研人员1110人、实施自主科研项目88项 — dev 辽宁 2026: an item written with words of its own; a verb before
    // the word is what the item before did; and 产业 is no word of the list — 新增国家级农业产业园区1个、产业强镇7个, dev 陕西 2026.)
    expect(withSharedModifier('科研项目', '辽宁实验室集聚科研人员', '、实施自主科研项目')).toBe('科研项目');
    expect(withSharedModifier('示范村', '建设示范镇', '、示范村')).toBe('示范村');
    expect(withSharedModifier('产业强镇', '国家级农业产业园区', '、产业强镇')).toBe('产业强镇');
  });
});

describe('sharedModifierWords.json', () => {
  it('lists words of two characters or more, once each, none of them 产业 (dev 陕西 2026)', () => {
    expect(new Set(shared.words).size).toBe(shared.words.length);
    for (const w of shared.words) expect(w).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
    expect(shared.words).not.toContain('产业');
    // 示范 is a dictionary verb and still a modifier here: the rule reads the list, not the dictionary.
    expect(isVerb('示范')).toBe(true);
  });
});
