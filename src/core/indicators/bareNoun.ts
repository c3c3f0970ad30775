import type { Indicator } from '../types';
import { isGenericName } from '../references/genericNames';

/**
 * A bare noun of two characters that only says what kind of thing is counted (项目, 企业, 产量: genericNames.ts) names
 * no indicator of its own: 新引进…项目50个以上 and 10个项目列入… are not one series (福建 2026, a new user's trial), nor
 * 577个项目开工 this year's target beside last year's 新开工项目24800个 (河北 2010, dev). A two-character name of a thing
 * is one (造林 100万亩 ↔ 309万亩 — 新疆 2026, outside; 生铁, 钢材, 棉纱 — national 1958, outside): the hand-marked
 * target ↔ actual links keep such pairs. Indicators the lexicon knows pair by their key whatever their name.
 */
export function bareNoun(figure: Indicator): boolean {
  const name = figure.name?.replace(/\s+/gu, '');
  return name !== undefined && name !== null && !figure.groupKey?.startsWith('lexicon:') && name.length <= MAX_BARE && isGenericName(name);
}

/** Names this short are bare when generic; a longer one says of what (重点项目 is generic all the same, and pairs). */
const MAX_BARE = 2;
