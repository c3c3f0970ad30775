/**
 * A glossary entry that defines a class of things by bounds: [17]“独角兽”企业：指成立10年以内、估值超过10亿美元、获得过
 * 私募投资且尚未上市的企业 (src32 涞水县 2020; 清苑区 2021 the same words after 15.[“独角兽”企业]), [12]“独角兽”企业：是投资
 * 行业的术语，指一个企业成立不足10年，且公司估值超过10亿美元的未上市企业 (博野县 2024; all outside). The bounds sort firms
 * into the class the term names, and the README counts a threshold that defines a class out wherever it stands. Only in
 * the definition's first sentence, a noun phrase closed by 的 and its head (…的企业。), and only a figure with a bound on
 * it: a programme's targets spelled out after 指 (指五年时间培育营业收入百亿元以上企业1家，… — 高唐县 2023; 指2020年起，连续
 * 五年每年招商引资入库1000个以上项目… — 徐水区 2024) close on no such head and stay figures, as jiangxi 2026's are labelled.
 */
import type { NumberMention } from './types';

/** The entry's number (14. or a note's mark in brackets), a short term, then 指 after its colon, bracket or comma. */
const DEFINITION_OPENING = /^\s*(?:\d{1,2}[.．]|[〔［【[]\d{1,3}[〕］】\]])[^。；;]{1,40}?(?:[：:\]】]|[，,])指/;
/** A bound written before the figure that the qualifiers leave unread (不足10年). */
const BOUND_BEFORE = /(?:不足|不到|不超过|超过|低于|高于|少于|多于)$/;
/** The sentence ends on 的 and the class's head noun. */
const CLASS_HEAD_AT_END = /的[\u4e00-\u9fff“”]{1,10}$/;

export function boundsADefinedClass(text: string, m: NumberMention): boolean {
  const opening = DEFINITION_OPENING.exec(text);
  if (!opening || m.start < opening[0].length) return false;
  const q = m.qualifier;
  const bounded = q === '以内' || q === '以下' || q === '以上' || q === '超过' || BOUND_BEFORE.test(text.slice(Math.max(0, m.start - 3), m.start));
  if (!bounded) return false;
  const stop = text.indexOf('。', opening[0].length);
  if (stop < 0 || m.start > stop) return false;
  return CLASS_HEAD_AT_END.test(text.slice(m.tail, stop));
}
