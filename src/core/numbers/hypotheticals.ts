/**
 * Figures of a hypothetical worked through as an illustration are no figures of the report: 如果每个人每年增加一元钱的
 * 购买力，全国人民的购买力就增加六亿元 (national 1957, dev: unlabelled), 只要降低百分之一，就可以每年为国家节约八千四百亿元
 * (1954), 生产成本只要降低１％，一年就可以增加收入二十亿元 (1981). A premise (如果, 只要 …) before the figure in its
 * sentence and a consequence (就) in that sentence make it one — unless the premise restates how a real figure is
 * computed (如果…扣除…不可比的因素，则实际增长15.83%; 如果以1950年为100，到1955年就已经上升为189; 如果仍然按照…不变价格
 * 计算): those are the report's figures. Bounded windows around the figure only.
 */
import type { NumberMention } from './types';

const BACK = 80;
const AHEAD = 40;
const PREMISES = ['如果', '假如', '假若', '倘若', '只要', '若能', '如能'];
/** Cheap first look: most figures have no premise marker near them at all. */
const ANY_PREMISE = /如果|假如|假若|倘若|只要|若能|如能/;
/** A premise that says how a figure is reckoned, not what would happen. */
const RECKONING = /计算|比较|扣除|加入|不变价格|以[^，,。；;]{1,12}为/;
const SENTENCE_END = /[。；;！!？?]/;
const ENDS = '。；;！!？?';

export function isHypothetical(text: string, m: NumberMention): boolean {
  const back = text.slice(Math.max(0, m.start - BACK), m.start);
  if (!ANY_PREMISE.test(back)) return false;
  // The sentence so far: after the last sentence end in the window.
  let cut = -1;
  for (let k = back.length - 1; k >= 0 && cut < 0; k--) if (ENDS.includes(back[k] as string)) cut = k;
  const sentence = back.slice(cut + 1);
  let premiseAt = -1;
  for (const p of PREMISES) premiseAt = Math.max(premiseAt, sentence.lastIndexOf(p));
  if (premiseAt < 0) return false;
  const ahead = text.slice(m.end, m.end + AHEAD);
  const end = ahead.search(SENTENCE_END);
  const rest = sentence.slice(premiseAt) + text.slice(m.start, m.end) + (end < 0 ? ahead : ahead.slice(0, end));
  // (如果不采取措施，还会有…赤字 is a warning, and its figures are the report's own estimate: a consequence 就 is needed.)
  if (!rest.includes('就')) return false;
  // The premise itself: up to the first comma after the marker.
  const premise = /^[^，,]*/.exec(sentence.slice(premiseAt))?.[0] ?? '';
  return !RECKONING.test(premise);
}
