/**
 * A streak of growth kept by the figure before it (高技术制造业增加值增长30.4%、连续24个月保持两位数增长 — dev 安徽 2026;
 * 全社会研发投入增长27%，连续两年保持两位数增长 — 坪山区 2025; 固定资产投资总额增长10.2%、连续45个月实现两位数增长 —
 * 坪山区 2025; 完成固定资产投资464.9亿元，增长24.1％，连续5年实现两位数增长 — 福田区 2019; 全社会研发投入2236.6亿元、增长
 * 18.9%，连续9年保持两位数增长 — 深圳 2025, outside, names49). The growth has no subject of its own: it is the growth of
 * what the figure before measures, and the streak counts its years or months — named 两位数增长 alone, a card said
 * nothing of what grew. Labels head it with the subject, the predicate as written, and what is counted
 * (高技术制造业增加值保持两位数增长月数).
 */

/** The verbs of keeping a growth, and the paces it is kept at. */
const KEEPING = '保持|实现';
const PACE = '两位数|高速|较快|快速|正';
/** The clause after the streak: a verb of keeping and a growth of some pace, nothing else. */
const KEPT_GROWTH = new RegExp(`^(${KEEPING})(${PACE})增长(?=[，,。；;、！？]|$)`);

/** The name of a streak figure (`unit` 年, 个月) whose clause after it keeps a growth of `previous`; null otherwise. */
export function streakOfGrowth(tail: string, previous: string | null, unit: string | null): string | null {
  if (!previous || /[、和及]|占|比重|比例|率$/.test(previous)) return null;
  const kept = KEPT_GROWTH.exec(tail);
  if (!kept) return null;
  const counted = unit === '年' ? '年数' : unit === '个月' || unit === '月' ? '月数' : '';
  return counted ? `${previous}${kept[1] as string}${kept[2] as string}增长${counted}` : null;
}

/** A name streakOfGrowth gives (…保持两位数增长年数): what comes after it goes on about the figure before the streak. */
export const KEPT_GROWTH_STREAK = new RegExp(`(?:${KEEPING})(?:${PACE})增长(?:年数|月数)$`);
