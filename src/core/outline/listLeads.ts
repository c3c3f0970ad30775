import type { Paragraph } from '../text/paragraphs';
import { isAnnouncement, isStatement } from './leads';

/** A paragraph that is only a lead over a list runs to this many characters (2009: 24). */
const MAX_LIST_LEAD = 40;

/**
 * A paragraph that is one short sentence and nothing else, right over paragraphs that open 一是… and 二是…: the lead of
 * that list, which titles the points below it (2009 （四）: “今年要围绕保增长、促升级，重点抓好工业结构调整。” over
 * “一是认真实施…” … “五是加快发展现代服务业。…”). Its opener does not matter (今年要…): it has no body of its own, so
 * it is no prose paragraph. An announcement (…以下几个方面：) or a maxim introduces rather than titles, and a 一是
 * inside the paragraph below (…。一是…) is that paragraph's own list. Returns the sentence's end, or -1. O(1) paragraphs.
 */
export function listLeadEnd(paragraphs: readonly Paragraph[], pi: number, bodyEnd: number): number {
  if (pi + 2 >= bodyEnd) return -1;
  const text = (paragraphs[pi] as Paragraph).text;
  const end = text.length - 1;
  if (end < 4 || end > MAX_LIST_LEAD || text[end] !== '。' || /[。!?！？;；:：\d]/.test(text.slice(0, end))) return -1;
  if (!/^一是/.test((paragraphs[pi + 1] as Paragraph).text) || !/^二是/.test((paragraphs[pi + 2] as Paragraph).text)) return -1;
  const sentence = text.slice(0, end);
  return isAnnouncement(sentence) || isStatement(sentence) ? -1 : end;
}
