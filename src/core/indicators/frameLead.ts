/**
 * The frame of a target's clause: a body that decides (or the time it did) and a verb of deciding, saying or planning
 * (lexicon frameAgents, frameVerbs) before the indicator — 中央提出经济增长(7%), 实现年初确定的单位国内生产总值能耗
 * (下降4%), 谋划实施了“中国电谷”建设项目(95项) — says who set the figure, not what it measures (the lead-word class of
 * random audits of unseen national and local text, names29 and names31). The frame goes after such an agent, or when
 * the verb opens the name and a 的, 将, 把 or a leading word (实施, stripped in turn) follows it. Any other agent stays:
 * 代表提出建议 counts the proposals.
 */
import { FRAME_AGENTS, FRAME_VERBS, LEADING_WORDS } from '../lexicon/nameWords';

/** At most this many characters stand before the verb (全国没有实现年初). */
const MAX_BEFORE = 10;
const MARKER = /^[的将把]/;

export function withoutFrameLead(s: string): string {
  for (const verb of FRAME_VERBS) {
    const at = s.indexOf(verb);
    if (at < 0 || at > MAX_BEFORE || /[，,、。；;：:]/.test(s.slice(0, at))) continue;
    const before = s.slice(0, at);
    const after = s.slice(at + verb.length);
    const rest = after.replace(MARKER, '');
    if (rest.length < 2) continue;
    const byAgent = FRAME_AGENTS.some((a) => before.endsWith(a));
    const opening = before === '' && (MARKER.test(after) || LEADING_WORDS.some((w) => w.length >= 2 && rest.startsWith(w)));
    if (byAgent || opening) return rest;
  }
  return s;
}
