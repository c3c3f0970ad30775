import { opensWithAction } from './actionTitles';
import { NOUNS_AFTER_YAO } from './speakerOpeners';

/**
 * A comment on a topic among leads that name actions: the leads before it in the part (or section) say what is done
 * (2015 part 四: “加快推进农业现代化。” over its paragraphs, “推动产业结构迈向中高端。” over its), and a paragraph of the
 * same block opens with its topic and what is to become of it or how it stands — “新农村建设要惠及广大农民。” (a subject,
 * 要 and what it must do) after “加快推进农业现代化。”, “服务业就业容量大，发展前景广。” (nouns each with an adjective of
 * extent): it comments inside the last lead's block and titles nothing. Where the leads themselves are cast “X要Y”
 * (2015 “积极的财政政策要加力增效。” / “稳健的货币政策要松紧适度。”; 保定 “新城区建设要全面加快。” / “旧城区面貌要明显
 * 改善。”) the lead before says 要 or names no action, and the rule stays out.
 */

/** A subject, then 要 and a predicate, no comma: 要 not part of 主要/重要/首要/需要/必要/只要, nor a noun (要求, 要素 … NOUNS_AFTER_YAO). */
const MODAL = new RegExp(`^[^，,、。“”]{2,10}(?<![主重首需必只还就也都])要(?![${NOUNS_AFTER_YAO}])[^，,、。]{2,12}$`);

/** Adjectives of extent that a noun takes as its predicate (容量大, 前景广), not after a verb or an adverb (加大, 提高, 更多). */
const EXTENT = '大广多高重深远宽';
const NOT_BEFORE_EXTENT = '加提扩增升更较很最越放拓';

function endsOnExtent(clause: string): boolean {
  const last = clause.slice(-1);
  const before = clause.slice(-2, -1);
  return clause.length >= 3 && EXTENT.includes(last) && !NOT_BEFORE_EXTENT.includes(before);
}

/** Two clauses, each a noun with an adjective of extent (服务业就业容量大，发展前景广). */
function describesExtent(sentence: string): boolean {
  const clauses = sentence.split(/[，,]/);
  return clauses.length === 2 && clauses.every(endsOnExtent) && !/[、“”]/.test(sentence);
}

/** `sentence` comments on a topic (see above) after a lead `previousLead` that names an action. O(sentence length). */
export function isTopicComment(sentence: string, previousLead: string | undefined): boolean {
  if (previousLead === undefined || !opensWithAction(previousLead) || opensWithAction(sentence)) return false;
  return describesExtent(sentence) || (MODAL.test(sentence) && !previousLead.includes('要'));
}
