import type { Paragraph } from '../text/paragraphs';
import { isCjk } from '../text/normalize';
import { layoutCounts } from './layout';

/** A part or sub-part name runs to 34 characters (“二、“十四五”时期发展成就和“十五五”时期主要目标任务” without its marker). */
const MAX_NAME = 40;

/** Whether a blank line stands before the paragraph (see isCompactLayout). */
function blankBefore(p: Paragraph): boolean {
  return p.blankBefore;
}

/**
 * True when the report does not set its paragraphs apart with blank lines (the provincial 2026 reports as scraped:
 * one paragraph per line). There a heading line has no blank line around it, so “standing alone” means a line of
 * its own.
 */
export function isCompactLayout(paragraphs: readonly Paragraph[]): boolean {
  const { long, yes: spaced } = layoutCounts(paragraphs, blankBefore, undefined);
  // A short text (a report's opening pasted or excerpted: 潮州 2021, 宜宾 2017 as a page's first screen) has fewer body
  // paragraphs to judge by: three with no blank line before any of them (but the first, at the start) say as much.
  return (long >= 10 && spaced <= long * 0.2) || (long >= MIN_SHORT_SAMPLE && spaced <= 1);
}

/** Body paragraphs a short text needs, none set apart by a blank line, to be read as compact. */
const MIN_SHORT_SAMPLE = 3;

/**
 * In a compact layout, an unnumbered heading name on a line of its own (“‘十四五’时期工作回顾” / “2026年工作安排”): short,
 * ideographs with only years, quotation marks and 、 — no comma or sentence punctuation, so a clause line cut by a
 * line break (1957: “我们国家的权力机关，是在共产党领导下由各民族、…”) is not one — followed by a body paragraph or a
 * numbered heading (`nextOpensBody`). Page chrome after the body (“扫一扫在手机打开当前页”) is followed by neither.
 * O(length).
 */
export function isNameLine(p: Paragraph, nextOpensBody: boolean): boolean {
  const text = p.text;
  if (!nextOpensBody || p.segments.length > 1 || text.length < 4 || text.length > MAX_NAME) return false;
  // A copula makes a clause, cut by a line break, not a name (武汉 2020 from a PDF: “2019 年是国成 70 是武史上” / “特殊意义的
  // 一年。…”, characters lost in the extraction).
  if (text.includes('是')) return false;
  // Ideographs, with the years, quotation marks and 、 of names (“2026年工作安排”, “今后五年建设和改革的目标、方针和任务”). A
  // year written in Chinese numerals has its zero 〇 (U+3007, no ideograph by isCjk): 易县 2025 (src32) names its parts
  // “二〇二四年工作回顾” / “二〇二五年主要目标任务”, as 河北 2003 dates its report “（二〇〇三年一月十日）”.
  let cjk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isCjk(c)) cjk++;
    else if (!NAME_EXTRA.test(text[i] as string)) return false;
  }
  return cjk >= 4;
}

const NAME_EXTRA = /[0-9〇○“”‘’"《》、\s]/;
