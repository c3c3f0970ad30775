import type { Paragraph } from '../text/paragraphs';
import { isLabelledPartName } from './leads';

const SALUTATION = /^各位代表\s*[:!]?$/;

/** A paragraph this long is body text, not a line of the title block. */
const MIN_BODY_PARAGRAPH = 80;

/**
 * Body paragraphs after which a salutation is no longer the report's opening one: a portal's news lead or a scraper's
 * summary stands before it (a paragraph or three), a report's own body does not. Another report's 各位代表： after the
 * first's opening parts (a file whose first report fuses its salutation with the next sentence, then a report pasted
 * below it, trial20) would have made everything before it a title block, and the first report left the outline.
 */
const MAX_BODY_BEFORE_SALUTATION = 8;

/** The body starts after the salutation (各位代表：); the title block before it never yields headings. */
export function findBodyStart(paragraphs: readonly Paragraph[], end: number): number {
  const limit = Math.min(end, 80);
  let body = 0;
  for (let i = 0; i < limit; i++) {
    const text = (paragraphs[i] as Paragraph).text;
    if (text.length <= 8 && SALUTATION.test(text)) return i + 1;
    if (text.length > MIN_BODY_PARAGRAPH && ++body > MAX_BODY_BEFORE_SALUTATION) break;
  }
  return 0;
}


/**
 * Unnumbered headings need evidence that the body has begun: a salutation before, or a long paragraph — before the
 * heading, or right after it when the heading is no line of the title block. A report printed as a newspaper summary
 * (摘登) has no salutation: its first part's name follows the speaker's line and its body paragraph follows the name
 * (保定 2023: “保定市人民政府市长 闫继红” / “2022年政府工作回顾” / “1月30日，市长闫继红在…作政府工作报告时说，…”).
 */
export function isAfterSalutation(paragraphs: readonly Paragraph[], bodyStart: number, pi: number): boolean {
  if (bodyStart > 0) return true;
  // A line of the title block standing alone is no heading, whatever came before it: a portal's page repeats the title
  // below its fields (泾县 2007 from ahjx.gov.cn: “索引号：…” / “名称: 2007年政府工作报告 …” / “2007年政府工作报告” /
  // “——2007年2月8日在泾县…会议上” / “泾县人民政府县长  张 平”, no salutation), and the fields joined into one long paragraph
  // stood as the evidence of a body begun.
  if (TITLE_BLOCK_LINE.test((paragraphs[pi] as Paragraph).text)) return false;
  if (firstLongParagraph(paragraphs) < pi) return true;
  const text = (paragraphs[pi] as Paragraph).text;
  // A part labelled with its colon (2014年工作回顾：) names the body below it, however short its first paragraph (保定 2015).
  if (isLabelledPartName(text)) return true;
  const next = paragraphs[pi + 1];
  return next !== undefined && next.text.length > MIN_BODY_PARAGRAPH && !TITLE_BLOCK_LINE.test(text);
}

/** How many paragraphs from the start are read for a long one (the body begun). */
const OPENING_READ = 200;
const firstLong = new WeakMap<readonly Paragraph[], number>();

/**
 * Index of the first paragraph longer than MIN_BODY_PARAGRAPH among the first OPENING_READ, else Infinity; found once
 * per document. Asked for every paragraph until the first heading, a scan of the opening per paragraph cost 200 steps
 * each on a file of short paragraphs (lines of ” alone: a tenth of the analysis).
 */
function firstLongParagraph(paragraphs: readonly Paragraph[]): number {
  let at = firstLong.get(paragraphs);
  if (at === undefined) {
    at = Infinity;
    for (let i = 0; i < paragraphs.length && i < OPENING_READ; i++) {
      if ((paragraphs[i] as Paragraph).text.length > MIN_BODY_PARAGRAPH) {
        at = i;
        break;
      }
    }
    firstLong.set(paragraphs, at);
  }
  return at;
}

/** The report's title, its session line and the speaker's line (…政府工作报告 / ——在…会议上 / 市长 某某 / （摘登）). */
const TITLE_BLOCK_LINE = /报告|会议|代表大会|摘登|人民政府|[省市区县]长|主席|^[—―-]/;


/** A paragraph addressed to the deputies: 各位代表！ alone, or opening the paragraph (各位代表，“十四五”以来，…). */
export function isAddress(text: string): boolean {
  return /^(?:各位代表|代表们)[!！,，]/.test(text) || text === '各位代表';
}

/**
 * A paragraph that opens on the speaker's resolve for what lies ahead: a short frame, then 我们将 (南山区 2022 “总之，我们将
 * 认真贯彻落实…”; 南山区 2023 “面向未来，我们将坚定不移…”). O(1).
 */
export function opensResolve(text: string): boolean {
  return /^[^，,。]{2,6}[，,]我们将/.test(text);
}

/**
 * A paragraph that turns to the five years under review: its first sentence names the plan period (2025年是“十四五”收官之年。
 * / 回望“十四五”… / “十四五”以来，…; not a plan's 时期 looked forward to) or opens on the five years (五年来，… / 过去五年，… /
 * 这五年，…). O(first sentence).
 */
export function opensPeriodReview(text: string): boolean {
  // (回望 alone also opens a look back at one year: 回望过去一年.)
  if (/^(?:五年来|过去五年|过去的五年|这五年|回望过去五年|回顾过去五年)/.test(text)) return true;
  const stop = text.search(/[。！!？?]/);
  const first = stop < 0 ? text.slice(0, 60) : text.slice(0, Math.min(stop, 60));
  const plan = /^(?:(?:19|20)\d\d年是|回望|回顾)?[“"]?[一二三四五六七八九十]{1,3}五[”"]?(?:以来|收官|[^，,。]{0,8}收官之年|(时期|期间))/.exec(first);
  // A plan's 时期 that the sentence looks forward to (“十五五”时期，我们将…) is the next plan, not the review.
  return plan !== null && (plan[1] === undefined || !/将|要|力争|努力/.test(first));
}

