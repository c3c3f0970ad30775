/** Small facts about paragraphs that the outline parser asks while reading (parseOutline.ts). */
import type { Paragraph } from '../text/paragraphs';
import { firstLine } from '../text/paragraphs';
import type { DraftNode } from './draft';
import type { findInlinePoints } from './inlinePoints';

/** The paragraph goes on after offset `end` with more than closing punctuation. */
export function goesOn(text: string, end: number): boolean {
  for (let i = end; i < text.length; i++) if (!' 。.!?;；:：”’)'.includes(text[i] as string)) return true;
  return false;
}

/**
 * The paragraph stops in the middle of a sentence: it ends on an ideograph, a comma, 、 or an opening quote, and it is
 * prose (a comma, 、 or sentence end inside it) or a piece that ends on a word needing what follows (是, 的, 在, 和 …). A
 * page that links words of its text breaks the paragraph around each link (河北 2002–2006 from hebei.gov.cn: “…城市环境
 * 综合” / “整治” / “…”, “…打击“” / “法轮功” / “”等邪教…”; 2004 “城镇是” / “经济和社会发” / “展的主要载体。…”), so the line
 * after it is the rest of that sentence, never a heading. Page chrome (“浏览次数 4034 次”) has no such punctuation.
 * O(length) at most, usually O(1): the last character, then the first punctuation mark.
 */
export function endsMidSentence(p: Paragraph | undefined): boolean {
  const last = p?.text.slice(-1) ?? '';
  if (!p || !/[\u4e00-\u9fff,，、“‘"(（《]/.test(last)) return false;
  return /[是的在和与把将对为于从向及]/.test(last) || /[,，、。;；!?！？]/.test(p.text);
}

/** A clause sub-heading line runs to this many characters (南山区 2021: “过去五年，我们坚定不移走创新发展之路，城区发展更高质量”, 27). */
const MAX_CLAUSE_LINE = 45;

/**
 * A line of clauses (a comma inside) with no stop at all, ending on a word that needs nothing after it: the shape of an
 * unnumbered sub-heading as well as of a sentence the page cut (endsMidSentence); what follows tells them apart. O(length).
 */
export function isClauseLine(p: Paragraph): boolean {
  const text = p.text;
  return p.segments.length === 1 && text.length <= MAX_CLAUSE_LINE && /[,，]/.test(text) && !/[。！？!?；;:：]/.test(text) && !/[是的在和与把将对为于从向及,，、“‘"(（《]$/.test(text);
}

/** A line that opens with closing punctuation (“”为龙头的严打”, “。搞好…”) is the rest of a sentence broken before it. */
export function opensMidSentence(text: string): boolean {
  return /^[,，、。;；:：!?！？”’)）》]/.test(text);
}

/** Shorter than this, two paragraphs may open alike without one being a copy of the other. */
const MIN_REPEAT = 20;

/**
 * The paragraph repeats the one before it, whole or cut short (2015 lines 107/109: the scrape left the paragraph
 * twice, the first copy truncated): the copy adds no lead. O(length of the shorter one).
 */
export function repeats(p: Paragraph, prev: Paragraph | undefined): boolean {
  if (!prev || Math.min(p.text.length, prev.text.length) < MIN_REPEAT) return false;
  return p.text.length >= prev.text.length ? p.text.startsWith(prev.text) : prev.text.startsWith(p.text);
}

/**
 * `next` starts on the line right after `p` ends (no blank line between). Two paragraphs share a physical line only
 * where its breaks were written out as escapes (escapedBreaks.ts; a paragraph otherwise opens its line): there the
 * next piece follows when no blank piece stood between them, which its blankBefore says.
 */
export function startsOnNextLine(p: Paragraph, next: Paragraph): boolean {
  const last = (p.segments[p.segments.length - 1] as { line: number }).line;
  const first = firstLine(next);
  return first === last ? !next.blankBefore : first === last + 1;
}

/** Inline 一是…二是… points become children of `parent`, each ending where the next starts. */
export function addInlinePoints(parent: DraftNode, points: ReturnType<typeof findInlinePoints>): void {
  for (const pt of points) {
    // One literal, not `{ ...draft(…), fixedEnd }`: each object a spread makes got a hidden class of its own (V8).
    parent.children.push({ kind: 'point', level: parent.level + 1, marker: pt.marker, title: pt.title, start: pt.start, selectionEnd: pt.titleEnd, children: [], fixedEnd: pt.end });
  }
}
