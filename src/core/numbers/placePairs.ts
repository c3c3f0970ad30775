import type { NumberMention } from './types';

/**
 * 对口帮扶6省34县项目 (深圳 2019), 助力9省54县（区、市） (深圳 2021), 9省106县（市、区） (深圳 2025), 涵盖…内蒙6市35县 (阜平
 * 2021 and 2022; all outside): places counted with no classifier, a count of the larger places right before a count of
 * the smaller ones in them. Each is a count of places (unit 个, as 57个县（市） is — test/fixtures/labels/README.md,
 * “Place counts”). Only the pair: one bare number before 县 or 市 alone is too often part of a name or a code, and a
 * pair in quotes (“8镇5乡”格局) names a layout.
 */
const LARGER = /^[省市]$/;
const SMALLER = /^[市县区]$/;

export function markPlacePairs(text: string, mentions: NumberMention[]): NumberMention[] {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i] as NumberMention;
    const b = mentions[i + 1] as NumberMention;
    if (a.nature !== 'bare' || b.nature !== 'bare' || a.valueMax !== undefined || b.valueMax !== undefined) continue;
    if (!/^\d+$/.test(text.slice(a.start, a.end)) || !/^\d+$/.test(text.slice(b.start, b.end))) continue;
    if (!LARGER.test(text[a.end] ?? '') || b.start !== a.end + 1 || !SMALLER.test(text[b.end] ?? '')) continue;
    // (Not a code or an ordinal: S335, 第6区; not quoted.)
    if (/[A-Za-z第“"]/.test(text[a.start - 1] ?? '') || text[b.end + 1] === '”') continue;
    mentions[i] = { ...a, end: a.end + 1, tail: a.end + 1, unit: '个', nature: 'count' };
    mentions[i + 1] = { ...b, end: b.end + 1, tail: b.end + 1, unit: '个', nature: 'count' };
    i++;
  }
  return mentions;
}
