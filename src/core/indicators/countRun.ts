/**
 * A run of counts written back to back, each count's noun right before the next count with no joiner (责令7个单位18名干部
 * 作出书面检查 — 罗湖 2017; 24个贫困村1749户贫困户7214名贫困人口全部脱贫 — 宝安 2017; 对37个单位87名个人颁发嘉奖令 —
 * 宝安 2019, outside district reports): each count counts the noun after it (干部, 贫困户, 个人), not the one before
 * it, which is the count before's (18名 was named 单位, 7214名 贫困户).
 */

/** Whether `between`, the text from the count before to this count, is only that count's own noun `own`. */
export function countRunNoun(between: string, own: string): boolean {
  return own.length >= 2 && between === own;
}

/**
 * Whether the text right after a count joins it to what follows (下沉8支专业队伍1.04万人与社区捆绑作战 — 宝安 2019,
 * outside): the count's noun is its own unit word (人), and what follows 与/及/同 is a partner, not the noun it counts.
 */
export function joinsAfterCount(after: string): boolean {
  return /^(?:与|及|同|以及)/.test(after);
}
