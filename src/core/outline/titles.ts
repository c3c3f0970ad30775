import { cleanTitle, isCjk } from '../text/normalize';
import type { Paragraph } from '../text/paragraphs';
import { positionAt } from '../text/paragraphs';
import type { Position } from '../types';

const MAX_TITLE = 200;

/**
 * The title of a heading that starts at `from` in paragraph text: the whole rest when the heading stands alone,
 * otherwise its first sentence (a heading fused with its paragraph). Returns the end offset (exclusive, before 。).
 */
export function titleEnd(text: string, from: number, stopAtSemicolon: boolean): number {
  const limit = Math.min(text.length, from + MAX_TITLE);
  for (let i = from; i < limit; i++) {
    const ch = text[i] as string;
    if (ch === '。' || ch === '!' || ch === '?' || (stopAtSemicolon && (ch === '；' || ch === ';'))) return i;
  }
  return limit;
}

/** Title characters before a space that may end a title (the marker's own space comes first). */
const MIN_TITLE_BEFORE_SPACE = 4;
/** What follows the space up to the sentence end, for it to be the body's first sentence. */
const MIN_BODY_AFTER_SPACE = 10;

/**
 * A heading fused with its paragraph whose page set a space between the bold title and the body, the sentence end
 * lost (河北 2005: “二、2005年主要任务 今年是全面实现‘十五’计划目标、…”, “(二)坚持‘有保有压’方针，优化投资结构 积极支持
 * 符合国家产业政策…”): the title ends at the space between two ideographs. Returns that offset, or `end`. O(end − from).
 */
export function titleBeforeSpace(text: string, from: number, end: number): number {
  for (let i = from + MIN_TITLE_BEFORE_SPACE; i < end - 1; i++) {
    if (text.charCodeAt(i) !== 0x20) continue;
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(i + 1);
    // The body goes on after the space: a word set apart inside a title (“改 革开放”) is no body.
    if ((isCjk(before) || before === 0x201d || before === 0x22) && isCjk(after) && end - i > MIN_BODY_AFTER_SPACE) return i;
  }
  return end;
}

/**
 * A numbered item whose first clause ends in a semicolon is an item of an enumeration (1988: “一、继续坚持…比价；”
 * / “二、…”), never a heading: a heading's title ends at a full stop or the line end. 一是 points are exempt (their
 * titles end at a semicolon by design).
 */
export function isListItem(text: string, from: number, point: boolean): boolean {
  if (point) return false;
  const end = titleEnd(text, from, true);
  return text[end] === ';' || text[end] === '；';
}

export function titleText(raw: string, from: number, end: number): string {
  // (A marker alone on its line, 一、, has no title: nothing to clean.)
  if (from >= end) return '';
  return cleanTitle(raw.slice(from, end))
    .replace(/[。；;：:，,、]+$/, '')
    .replace(RESPONSIBLE_UNITS, '');
}

/** An annex item names who carries it out after its heading (（牵头单位：人社厅）): that is no part of the title. */
const RESPONSIBLE_UNITS = /[(（](?:牵头|责任|主责|主办|承办|配合)?(?:单位|部门)[:：][^()（）]{0,80}[)）]$/;

/** Part titles run to 34 characters with at most one comma (“确保香港政权的顺利交接与平稳过渡，推进祖国统一大业”). */
const MAX_PART_TITLE = 45;
/** A part heading fused with its paragraph is rare; if it is one, it is a short name (“过去五年工作回顾。…”). */
const MAX_FUSED_PART_TITLE = 20;
/**
 * A report whose top level is （一） (a newspaper summary of the year's tasks) has section titles at its top, fused with
 * their paragraphs and longer (高阳 2024: “（一）高质量激活内需潜力，在做强经济发展支撑上攻坚突破。推动项目投资扩量提质，…”,
 * 24–26 characters with one comma, ×7).
 */
const MAX_FUSED_SECTION_TITLE = 32;

/**
 * A title that can head a part: short and nominal, on its own line. An enumeration item inside running text is a
 * long sentence of several clauses (1955: “四、在私营工厂做工的工人，现在虽然仍旧要拿出一部分劳动成果…，但是…”), or a
 * sentence that goes on with its paragraph (1955: “四、国家机关和基本建设主管部门经常对工程的质量进行切实的检查。…”).
 * `fused`: the paragraph goes on after the title; `sections`: the heading is numbered as sections are, （一）.
 */
export function isPartTitle(title: string, fused: boolean, sections = false): boolean {
  if (title.length > (fused ? (sections ? MAX_FUSED_SECTION_TITLE : MAX_FUSED_PART_TITLE) : MAX_PART_TITLE)) return false;
  let commas = 0;
  for (const ch of title) if (ch === '，' || ch === ',') commas++;
  return commas === 0 || (commas === 1 && !fused) || title.length <= 30;
}

/** Spaces the text layer keeps as content (only U+0020 and what folds to it are trimmed): U+2000–U+200A, U+00A0. */
const KEPT_SPACE = /^[\s\u2000-\u200a\u00a0]*/;

/**
 * Where a heading starts: its paragraph's first visible character. A line holding only an em space (U+2003) in place
 * of a blank separator line opens the paragraph (2024 line 159 above “推动生态环境综合治理。…”), but the heading is on
 * the next line. O(length of the leading spaces).
 */
export function headingStart(p: Paragraph): Position {
  return positionAt(p, (KEPT_SPACE.exec(p.text) as RegExpExecArray)[0].length);
}
