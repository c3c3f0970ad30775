import type { OutlineNode } from '../types';
import type { RefContext } from './context';
import { bodyParagraphs, rangeIn } from './context';
import type { Mention } from './mention';
import { TYPE_WORDS } from './modifiers';
import { anchoredMatches, anchoredPattern } from '../text/anchoredMatches';

/** An event said by its clipped name (数博会, 辽洽会, 园博会): one character, then a clipped kind of fair. */
const EVENT_CLIP = /[\u4e00-\u9fff](?:博会|洽会|交会|贸会)/g;
/** Found from each 会 (anchoredMatches.ts says why). */
export const EVENT_CLIP_SCAN = anchoredPattern(EVENT_CLIP, '会', 2);

/**
 * Clipped names of fairs and expos are names on their own (贵州: 创新办好数博会、酒博会; 辽宁: 第六届中国辽洽会 …
 * 第七届中国辽洽会), whatever precedes them: each is keyed by its three characters. The clips entityTypes.json
 * already knows (进博会, 服贸会) and the type words they end (世博会 of 上海世博会) are left to the type-word scan.
 */
export function addEventClips(ctx: RefContext, blocks: readonly OutlineNode[], mentions: Map<string, Mention[]>): void {
  for (const p of bodyParagraphs(ctx, blocks)) {
    for (const m of anchoredMatches(p.text, EVENT_CLIP_SCAN)) {
      const clip = m[0];
      if (TYPE_WORDS.has(clip) || TYPE_WORDS.has(clip.slice(1))) continue;
      const list = mentions.get(clip) ?? [];
      list.push({ range: rangeIn(p, m.index, m.index + clip.length), text: clip, nested: false });
      mentions.set(clip, list);
    }
  }
}
