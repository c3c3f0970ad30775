import type { NumberMention } from './types';
import { mentionWith } from './mentionShape';

/**
 * 排名提升7位, 位次前移3位: places gained or lost in a ranking, not people (位 counts people elsewhere: 123位院士).
 * The move is a change in rank (unit 位次); the places a ranking moves from and to (排名由369位上升到235位) are ranks.
 * Looks a few characters back from each mention only.
 */
const MOVE_BEFORE = /(?:排名|位次|排位|名次)[^，,。；;]{0,4}?(?:提升|提高|前移|上升|跃升|前进|下降|后退|后移)了?$/;
/**
 * Verbs that only ever move something in a ranking need no 排名 before them (增速全省第一，比上年前移6位 — 保定 2009, a
 * sixteenth trial's card read “6位 = 6 人”); 提升/上升 alone may raise anything, so they keep needing it.
 */
const MOVE_ALONE = /(?:前移|后移)了?$/;

/**
 * 在“世界500强”排名由369位上升到235位: the places themselves, the start and the end of a move; and a place said right
 * after the ranking (兰州高新区全国排名53位 — 甘肃 2025, outside, where the card read “53位 = 53 人”).
 */
const PLACE_BEFORE = /(?:排名|位次|名次)(?:[由从]|[^，,。；;\d]{0,4}?(?:上升|提升|提高|前移|跃升|下降|后退)(?:到|至|为))?$/;
/**
 * What may stand between a place or a move and the next 位 that goes on with it: a list mark (全国排名46位、82位), or a
 * move of the places just said (排名53位、提升3位; 排名46位、82位，分别提升6位、49位 — 甘肃 2025, outside).
 */
const LIST_ON = /^[、和及]$/;
const MOVE_ON = /^[、，,]?(?:分别|均|各)?(?:提升|提高|前移|上升|跃升|前进|下降|后退|后移)了?$/;
const PLACE_START = /(?:排名|位次|名次)[由从]$/;

export function markRankMoves(text: string, mentions: readonly NumberMention[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of mentions) {
    const previous = out[out.length - 1];
    out.push(m.unit === '人' && text[m.end - 1] === '位' ? rankMove(text, m, previous) : m);
  }
  return out;
}

function rankMove(text: string, m: NumberMention, previous: NumberMention | undefined): NumberMention {
  const before = text.slice(Math.max(0, m.start - 10), m.start);
  // (The end of a move is a place when its start was: 由369位上升到235位.)
  const endOfMove = previous !== undefined && previous.nature === 'rank' && PLACE_START.test(text.slice(Math.max(0, previous.start - 3), previous.start)) && m.start - previous.end <= 6;
  if (PLACE_BEFORE.test(before) || endOfMove) return mentionWith(m, { unit: '位次', nature: 'rank' });
  // (Only after a 位 already read as a place or a move, at most a few characters back, and only a 位 that ends its
  // phrase: 居全国第二、53位院士 would count people.)
  const ends = /^(?:[，,。；;、）)]|$)/.test(text.slice(m.end, m.end + 1));
  if (ends && previous !== undefined && previous.unit === '位次' && m.start - previous.end <= 5) {
    const between = text.slice(previous.end, m.start);
    if (LIST_ON.test(between)) return mentionWith(m, { unit: '位次', nature: previous.nature });
    if (previous.nature === 'rank' && MOVE_ON.test(between)) return mentionWith(m, { unit: '位次', nature: 'points' });
  }
  if (!MOVE_BEFORE.test(before) && !MOVE_ALONE.test(before)) return m;
  return mentionWith(m, { unit: '位次', nature: 'points' });
}
