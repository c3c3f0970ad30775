import type { Paragraph } from '../text/paragraphs';
import { isCjk } from '../text/normalize';

const MAX_LEAD = 24;
/** Sentences that open ordinary paragraphs: discourse, time and first-person openers are not sub-headings. */
const NOT_LEAD = /^(?:各位代表|同志们|同时|总之|但是|但|因此|所以|当前|目前|今年|去年|明年|过去|这|那|此外|另外|其中|为此|对此|与此同时|实践证明|回顾|展望|我们|我|在此|特别是|尤其是|一年来|五年来|近年来|多年来|最近|近期|近来|总的看|总体看|综合看|从|以上|上述|如|例如|比如|首先|其次|再次|最后|下面|现在)/;
const SUB_HEADING_PHRASE = /^(?:下面|最后|此外|另外|其次|首先|同时)[,，]/;

/**
 * A lead sentence that opens a paragraph as its sub-heading (the seed's “创新动能持续增强。材料科学…”):
 * short, nominal, no figures, no first person, followed by a substantial paragraph.
 * Returns the offset of its 。 or -1.
 */
export function isLeadSentence(text: string): number {
  const end = text.indexOf('。');
  if (end < 4 || end > MAX_LEAD) return -1;
  if (text.length < end + 30) return -1;
  const sentence = text.slice(0, end);
  // An enumeration (一是…, 第一，…) opens a list item, not a lead sentence.
  if (/^(?:[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3})/.test(sentence)) return -1;
  // Quotation marks are fine inside a lead (“双碳”工作稳步推进。); figures, brackets and colons are not.
  if (NOT_LEAD.test(sentence) || /[\d%()（）:：;；!?]/.test(sentence)) return -1;
  if (/我们|我省|我市|我区|我县|我国/.test(sentence)) return -1;
  const commas = sentence.split(/[,，]/).length - 1;
  if (commas > 1 || (commas === 1 && end > 20)) return -1;
  let cjk = 0;
  for (let i = 0; i < sentence.length; i++) if (isCjk(sentence.charCodeAt(i)) || /[“”"《》]/.test(sentence[i] as string)) cjk++;
  return cjk >= sentence.length - 1 ? end : -1;
}

const MAX_DASH_LEAD = 40;

/**
 * A dash lead (——综合实力迈上新台阶。 / ——“向新”的动能持续增强，…): the paragraph's first sentence after the dash
 * titles it. Returns the title's start and end offsets, or null.
 */
export function dashLead(text: string): { start: number; end: number } | null {
  const dash = /^(?:——|--|—)\s*/.exec(text);
  if (!dash) return null;
  const start = dash[0].length;
  const stop = text.slice(start, start + MAX_DASH_LEAD + 1).search(/[。；;！!？?]/);
  const end = stop < 0 ? (text.length - start <= MAX_DASH_LEAD ? text.length : -1) : start + stop;
  if (end < 0 || end - start < 4 || /\d/.test(text.slice(start, end))) return null;
  return { start, end };
}

/** Standalone topic sentences run to 46 characters (1988: “五年来，在经济体制改革带动下，…日益显示出重大作用”). */
const MAX_PLAIN_HEADING = 40;
const MAX_TOPIC_HEADING = 64;

/** An unnumbered heading standing alone between blank lines (1982's parts, 2003's “五年来，…” topics). */
export function isPlainHeading(p: Paragraph): boolean {
  const text = p.text;
  if (!p.blankBefore || !p.blankAfter || p.segments.length > 1) return false;
  if (text.length < 2 || text.length > (isTopicSentence(text) ? MAX_TOPIC_HEADING : MAX_PLAIN_HEADING)) return false;
  if (/[。!?;；:：,，、…—]$/.test(text) || /^[—-]/.test(text)) return false;
  if (/^[\d\s年月日()]+$/.test(text)) return false;
  let cjk = 0;
  for (let i = 0; i < text.length; i++) if (isCjk(text.charCodeAt(i))) cjk++;
  return cjk >= 2 && cjk >= text.length * 0.6;
}

/** 结束语 / 结语 standing alone: the heading of the closing remarks, which are not a part of the report body. */
export function isClosingHeading(text: string): boolean {
  return /^(?:结束语|结语)$/.test(text);
}

/** A standalone heading that is a clause sentence (a comma), not a name: a topic inside a part, never a part. */
export function isTopicSentence(text: string): boolean {
  return /[,，]/.test(text);
}

/** “下面，着重讲一下…” / “最后，…”: a standalone line that introduces a topic inside the current part. */
export function isSubHeadingPhrase(text: string): boolean {
  return SUB_HEADING_PHRASE.test(text);
}
