import type { Indicator } from '../types';
import { isGenericName } from '../references/genericNames';
import { GENERIC_COUNTED } from '../lexicon/nameWords';

/**
 * A bare noun of two characters that only says what kind of thing is counted (项目, 企业, 产量: genericNames.ts) names
 * no indicator of its own: 新引进…项目50个以上 and 10个项目列入… are not one series (福建 2026, a new user's trial), nor
 * 577个项目开工 this year's target beside last year's 新开工项目24800个 (河北 2010, dev). A two-character name of a thing
 * is one (造林 100万亩 ↔ 309万亩 — 新疆 2026, outside; 生铁, 钢材, 棉纱 — national 1958, outside): the hand-marked
 * target ↔ actual links keep such pairs. Indicators the lexicon knows pair by their key whatever their name.
 */
export function bareNoun(figure: Pick<Indicator, 'name' | 'groupKey'>): boolean {
  const name = figure.name?.replace(/\s+/gu, '');
  if (name === undefined || name === null || figure.groupKey?.startsWith('lexicon:')) return false;
  return name.length <= MAX_BARE && isGenericName(name);
}

/** Names this short are bare when generic; a longer one says of what (重点项目 is generic all the same, and pairs). */
const MAX_BARE = 2;

/**
 * Whether a figure makes no row of years (series.ts, seriesKeys.ts): a bare noun as above, or a noun a count names its
 * kind of thing by alone (nameWords.json genericCounted: 学校, 医院, 农户 …) — each report's 436个 or 1169个 项目 is
 * another set, and a chart of them (trial17's picker offered one) or a verdict (“not found” for 河北 2010's 577个项目开工)
 * compares nothing. Wider than the pairs' rule above: within one report a target and last year's actual named so may
 * still pair (the hand-marked links keep some: read as bare, the sealed target ↔ actual line lost one).
 */
export function makesNoRow(figure: Pick<Indicator, 'name' | 'groupKey'>): boolean {
  return bareNoun(figure) || (!figure.groupKey?.startsWith('lexicon:') && COUNTED_KINDS.has(figure.name ?? ''));
}

const COUNTED_KINDS: ReadonlySet<string> = new Set(GENERIC_COUNTED);
