import data from '../lexicon/regionalRests.json';
import type { Paragraph } from '../text/paragraphs';
import { comparePositions } from '../positions';
import { rangeIn } from './context';
import type { Mention } from './mention';
import { startsAfterBoundary } from './nameStart';
import { TYPES } from './modifiers';

/** Known regional strategies → their names without the region (regionalRests.json: 京津冀协同发展 → 协同发展). */
const RESTS: ReadonlyArray<readonly [string, string]> = Object.entries(data.rests as Record<string, string>);
/** Said bare more often than this, the words are the report's ordinary vocabulary, not the strategy said short. */
const MAX_BARE = 12;

/**
 * A report of the strategy's own region, once it has named the strategy in full (京津冀协同发展), says it again without
 * its region (保定市 2018: 以协同发展为统揽…紧紧抓住协同发展这条主线; 易县 2025: (一)持续推进协同发展): the region is the
 * report's own, so the rest says which strategy. A bare rest counts where a word starts at it — punctuation, a
 * particle, a number or a verb before it (推进|协同发展) — not where a place or field before it makes it that place's
 * (县域经济|协同发展, 区域|协同发展, 雄安周边|协同发展区); what follows may be a noun it modifies (协同发展|战略, 协同发展|
 * 这条主线, 协同发展|重大机遇) but not a type word that makes it another name (成立了|协同发展研究院). Only after the
 * first full mention, and only for the keys `isOwn` accepts.
 * One indexOf walk per strategy the report names in full (one entry today): linear in the body.
 */
export function addRegionalRests(paragraphs: readonly Paragraph[], mentions: Map<string, Mention[]>, isOwn: (key: string) => boolean): void {
  for (const [key, rest] of RESTS) {
    const list = mentions.get(key);
    const first = list?.[0];
    if (list === undefined || first === undefined || !isOwn(key)) continue;
    const bare: Mention[] = [];
    for (const p of paragraphs) {
      const text = p.text;
      for (let at = text.indexOf(rest); at >= 0 && bare.length <= MAX_BARE; at = text.indexOf(rest, at + rest.length)) {
        const end = at + rest.length;
        if (!startsAfterBoundary(text, at) || opensOtherName(text, end)) continue;
        const range = rangeIn(p, at, end);
        if (comparePositions(range.start, first.range.start) > 0) bare.push({ range, text: rest, nested: false });
      }
    }
    if (bare.length === 0 || bare.length > MAX_BARE) continue;
    list.push(...bare);
    list.sort((a, b) => comparePositions(a.range.start, b.range.start));
  }
}

/** Whether a type word (研究院, 示范区 …) or a one-character head (区, 园, 院) follows: the rest opens another name there. */
function opensOtherName(text: string, end: number): boolean {
  return TYPES.longestAt(text, end) !== null || ZONE_HEADS.has(text.charCodeAt(end));
}
/**
 * One-character heads of a zone, a park or an institute (雄安周边协同发展|区), which the type words list only inside longer
 * words (示范区, 产业园, 研究院). entityTypes.json headMorphemes (ownHeads.ts) holds 区 and 园 too, but with 会 and 城,
 * which this rule was not measured with.
 */
const ZONE_HEADS: ReadonlySet<number> = new Set([...'区园院'].map((c) => c.charCodeAt(0)));
