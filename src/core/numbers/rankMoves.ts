import type { NumberMention } from './types';

/**
 * 排名提升7位, 位次前移3位: places gained or lost in a ranking, not people (位 counts people elsewhere: 123位院士).
 * The move is a change in rank (unit 位次). Looks a few characters back from each mention only.
 */
const MOVE_BEFORE = /(?:排名|位次|排位|名次)[^，,。；;]{0,4}?(?:提升|提高|前移|上升|跃升|前进|下降|后退|后移)了?$/;

export function markRankMoves(text: string, mentions: readonly NumberMention[]): NumberMention[] {
  return mentions.map((m) => {
    if (m.unit !== '人' || text[m.end - 1] !== '位') return m;
    if (!MOVE_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start))) return m;
    return { ...m, unit: '位次', nature: 'points' };
  });
}
