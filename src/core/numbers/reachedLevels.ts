import type { NumberMention } from './types';
import { mentionWith } from './mentionShape';

/**
 * 收入倍差从1.96缩小至1.81, 满意度从84.7提升至89.6, 收入比缩小至2.54, 以1950年为100…上升为189: a number with no unit
 * is still a figure (an index, a multiple, a score) when a verb of change reaches it or it is the start of a from–to
 * pair. Everything else without a unit stays bare (dates, codes, 12345热线). Looks a few characters around each mention.
 */
const CHANGE = '提升|提高|缩小|扩大|上升|下降|降低|增加|减少|回升';
/**
 * The verbs that reach a level (提高到, 降至, 减至, 调整为 …), written once: the bare numbers here, the age bounds of
 * exclusions.ts and the from→to rows of measures.ts (a unit test keeps every `to` row of measures.ts matched here).
 */
const REACH_STEMS = `${CHANGE}|优化|增长|缩减|调整|发展|拓展|回落`;
export const REACHING_VERB = new RegExp(`(?:(?:${REACH_STEMS})(?:至|到|为)|降至|降到|增至|增到|减至|减到|达到)$`);
const REACHED = REACHING_VERB;
const FROM = /(?:从|由)$/;
const CHANGE_AFTER = new RegExp(`^(?:${CHANGE}|降|增)`);
const CLAUSE_END = /^(?:[，。；、,;）)]|$|左右)/;
/**
 * 亿元GDP生产安全事故死亡率控制在0.014以下 (罗湖 2016), 训力中心电能利用效率控制在1.25以下 (深圳 2025; both outside): a
 * rate or ratio with no unit capped by 控制在 and the bound after it. Only a number with decimals: 控制在3以内 would take a
 * unit from elsewhere.
 */
const CAPPED = /控制在$/;
/**
 * 空气质量综合指数4.81，优良天数… (保定 2023), 空气质量综合指数4.463、下降5.96% (保定 2025), 空气综合指数5.67，同比下降 (涞源县
 * 2020), 空气质量综合指数为3.15，接近… (大鹏 2015; all outside): an index's value said right after the index's name is a
 * figure with no unit, as 满意度从84.7提升至89.6 is. Only with decimals and closing its clause (not 指数2020年…).
 */
const INDEX_NAMED = /指数(?:为|是|达到|达)?$/;
const CAP_AFTER = /^(以下|以内)/;

export function markReachedLevels(text: string, mentions: readonly NumberMention[]): NumberMention[] {
  return mentions.map((m) => {
    const written = text.slice(m.start, m.end);
    if (m.nature !== 'bare' || !/^[\d.]+$/.test(written)) return m;
    const before = text.slice(Math.max(0, m.start - 4), m.start);
    const after = text.slice(m.end, m.end + 3);
    // (Not a place in a ranking: 排名上升为12.)
    const reached = REACHED.test(before) && CLAUSE_END.test(after) && !/(?:排名|位次|名次)/.test(text.slice(Math.max(0, m.start - 10), m.start));
    // A start value is read only when written with decimals (从1.96, 从84.7): 从3增加到5个 takes its unit from the end.
    const from = FROM.test(before) && CHANGE_AFTER.test(after) && written.includes('.');
    const cap = CAPPED.test(before) && written.includes('.') ? CAP_AFTER.exec(after) : null;
    if (cap) {
      const bound = cap[1] as '以下' | '以内';
      return mentionWith(m, { nature: 'amount', qualifier: bound, qualifierStart: m.end, qualifierEnd: m.end + bound.length, tail: m.end + bound.length });
    }
    const index = INDEX_NAMED.test(text.slice(Math.max(0, m.start - 4), m.start)) && written.includes('.') && CLAUSE_END.test(after);
    if (!reached && !from && !index) return m;
    const about = after.startsWith('左右');
    return mentionWith(m, { nature: 'amount', qualifier: about ? '左右' : m.qualifier, tail: about ? m.end + 2 : m.tail });
  });
}
