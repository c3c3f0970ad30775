import type { NumberMention } from './types';
import { mentionWith } from './mentionShape';

/**
 * 居民消费价格上涨5.9%，高出预期目标1.9个点 (深圳 2009, outside): 个点 is spoken for 个百分点 — a gap between two
 * percentages, not a count of 个 followed by 点. Read so only where a comparison gives the gap and a percentage stands
 * earlier in the sentence: 个点 also counts sites (新增爱心歇脚屋67个点（…）— 宝安 2017; 构建覆盖2000个点、5条线 — 宝安
 * 2019) and gaps in other measures (PM2.5浓度比全市平均值高6个点 — 宝安 2018, micrograms, not percentage points).
 */
const COMPARED = /(?:高出|高于|低于|超出|提高|下降|降低|回落|上升|快|慢|高|低)[^，,。；;：:]{0,8}$/;
const POINT_END = /^点(?:[，,。；;、）)]|$)/;

export function markSpokenPoints(text: string, mentions: readonly NumberMention[]): NumberMention[] {
  return mentions.map((m, k) => {
    if (m.unit !== '个' || m.tail !== m.end || !POINT_END.test(text.slice(m.end, m.end + 2))) return m;
    if (!COMPARED.test(text.slice(Math.max(0, m.start - 14), m.start))) return m;
    // The sentence so far, from its last full stop: a percentage among the mentions before this one.
    const from = Math.max(...['。', '！', '？', '!', '?'].map((stop) => text.lastIndexOf(stop, m.start))) + 1;
    const percentBefore = mentions.slice(0, k).some((p) => p.start >= from && p.unit === '%');
    if (!percentBefore) return m;
    return mentionWith(m, { end: m.end + 1, tail: m.end + 1, unit: '个百分点', nature: 'points' });
  });
}
