import type { CancellationLike } from '../cancellation';
import { throwIfCancelled } from '../cancellation';
import type { Position } from '../types';
import type { Line, ReportDocument } from './document';
import { contentOf, isBlank } from './document';
import { CLOSERS, TERMINAL, lastSignificant } from './normalize';

/** A piece of one physical line that belongs to a paragraph. */
export interface Segment {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  /** Offset of this segment's first character in the paragraph text. */
  readonly offset: number;
}

/**
 * A logical paragraph: physical lines joined where the source broke a sentence (wiki-link words on their own
 * line, a heading split over three lines, “PM / 2.5 / 年平均浓度”). `text` is the folded (half-width) text,
 * `raw` the text as written; both have the same length so offsets are shared.
 */
export interface Paragraph {
  readonly index: number;
  readonly text: string;
  readonly raw: string;
  readonly segments: readonly Segment[];
  /** Blank (non-soft) line before and after: the paragraph stands alone on its line. */
  readonly blankBefore: boolean;
  blankAfter: boolean;
}

const SHORT_FRAGMENT = 12;
const OPENERS_TO_CLOSERS: Record<string, string> = { '“': '”', '《': '》', '(': ')', '「': '」', '【': '】', '‘': '’' };
/** A new heading never joins the paragraph before it. Half-width brackets after folding. */
const HEADING_START = /^(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、](?!\d)|[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[,，、]|附件|名词解释|[[［]\d{1,3}[\]］])/;

export function buildParagraphs(doc: ReportDocument, token?: CancellationLike): Paragraph[] {
  const out: Paragraph[] = [];
  const blankSeparated = usesBlankLinesBetweenParagraphs(doc);
  let cur: { segments: Segment[]; text: string; raw: string; blankBefore: boolean; lastSegLen: number } | null = null;
  let sawBlank = true;
  const close = (): void => {
    if (!cur) return;
    out.push({ index: out.length, text: cur.text, raw: cur.raw, segments: cur.segments, blankBefore: cur.blankBefore, blankAfter: false });
    cur = null;
  };
  for (const line of doc.lines) {
    if ((line.index & 0xfff) === 0) throwIfCancelled(token);
    if (line.chrome) {
      close();
      sawBlank = true;
      continue;
    }
    if (isBlank(line)) {
      if (line.softBlank) continue;
      if (out.length > 0 && !cur) (out[out.length - 1] as Paragraph).blankAfter = true;
      if (cur && !mayJoinAcrossBlank(cur.text)) {
        close();
        (out[out.length - 1] as Paragraph).blankAfter = true;
      }
      sawBlank = true;
      continue;
    }
    const content = contentOf(line);
    if (cur && shouldJoin(cur.text, cur.segments.length, cur.lastSegLen, content, sawBlank, blankSeparated)) {
      cur.segments.push({ line: line.index, start: line.start, end: line.end, offset: cur.text.length });
      cur.text += content;
      cur.raw += line.raw.slice(line.start, line.end);
      cur.lastSegLen = content.length;
    } else {
      if (cur) close();
      cur = {
        segments: [{ line: line.index, start: line.start, end: line.end, offset: 0 }],
        text: content,
        raw: line.raw.slice(line.start, line.end),
        blankBefore: sawBlank,
        lastSegLen: content.length,
      };
    }
    sawBlank = false;
  }
  close();
  return out;
}

/** Only a short piece with an open quote (“二、“ / 十四五 / ”时期…) continues over a blank line. */
function mayJoinAcrossBlank(text: string): boolean {
  return text.length <= 40 && hasUnclosedBracket(text);
}

/**
 * Most reports put a blank line between paragraphs. Where a file does so consistently (four in five sentence-final
 * lines are followed by a blank), two adjacent lines are one paragraph even after a full stop: that is how
 * wiki-link words end up on their own lines (“…29万公里。 / 城市轨道交通 / 、地下综合管廊建设加快。”).
 */
function usesBlankLinesBetweenParagraphs(doc: ReportDocument): boolean {
  let ended = 0;
  let followedByBlank = 0;
  const lines = doc.lines;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.chrome || isBlank(line) || lastSignificant(contentOf(line)) !== '。') continue;
    ended++;
    const next = lines[i + 1] as Line;
    if (isBlank(next)) followedByBlank++;
  }
  return ended >= 10 && followedByBlank >= ended * 0.8;
}

/** A line ending in a dash, an enumeration comma or an opening bracket is unfinished whatever its length. */
const UNFINISHED_END = /(?:—|-|、|,|，|“|《|\(|（)$/;
const SALUTATION_LINE = /^(?:各位代表|同志们)/;

function shouldJoin(prev: string, segCount: number, lastSegLen: number, next: string, blankBetween: boolean, blankSeparated: boolean): boolean {
  if (!blankBetween && blankSeparated && !HEADING_START.test(next) && !SALUTATION_LINE.test(next)) {
    // A heading on its own line is followed directly by its body in some files (2017: “八是…稳定” / “国务院提请…”).
    if (!HEADING_START.test(prev) || segCount > 1 || UNFINISHED_END.test(prev) || isMarkerOnly(prev)) return true;
    return false;
  }
  if (TERMINAL.includes(lastSignificant(prev))) return false;
  // A typo'd unclosed quote in a long paragraph must not swallow the next heading.
  const unclosed = hasUnclosedBracket(prev) && (prev.length <= 60 || !HEADING_START.test(next));
  if (blankBetween) return unclosed && prev.length <= 40;
  if (unclosed) return true;
  if (HEADING_START.test(next)) return false;
  // A short line that is a whole sentence of its own (各位代表：) starts a paragraph; a fragment does not end one.
  if (next.length <= SHORT_FRAGMENT && TERMINAL.includes(lastSignificant(next)) && /^[\u4e00-\u9fff]/.test(next) && /^各位|^同志们/.test(next)) return false;
  // A line that starts with closing or continuing punctuation finishes the previous one (”时期…, ，…, 、…).
  if (/^[”’」』)》】、，,。；;：:%]/.test(next)) return true;
  if (UNFINISHED_END.test(prev)) return true;
  if (HEADING_START.test(prev)) {
    // “(五)” alone, or “(五)改 革开放” whose last piece is a link fragment: the title continues on the next line.
    return isMarkerOnly(prev) || (segCount > 1 && lastSegLen <= SHORT_FRAGMENT);
  }
  if (segCount > 1 && lastSegLen <= SHORT_FRAGMENT) return true;
  if (next.length <= SHORT_FRAGMENT) return prev.length > SHORT_FRAGMENT;
  // A long unfinished line: a paragraph broken mid-sentence.
  return prev.length > 40;
}

function isMarkerOnly(text: string): boolean {
  return /^(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、]|第[一二三四五六七八九十]{1,3}[,，、])$/.test(text);
}

/** True when a quote or bracket opened in `text` is still open at its end (bounded scan of the tail). */
export function hasUnclosedBracket(text: string): boolean {
  const tail = text.length > 300 ? text.slice(text.length - 300) : text;
  const stack: string[] = [];
  for (const ch of tail) {
    const close = OPENERS_TO_CLOSERS[ch];
    if (close) stack.push(close);
    else if (CLOSERS.includes(ch) || ch === '”') {
      const i = stack.lastIndexOf(ch);
      if (i >= 0) stack.length = i;
    }
  }
  return stack.length > 0;
}

/** Position in the document of an offset into the paragraph's text (end-inclusive at segment ends). */
export function positionAt(p: Paragraph, offset: number): Position {
  const segs = p.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((segs[mid] as Segment).offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  const seg = segs[lo] as Segment;
  const within = Math.min(offset - seg.offset, seg.end - seg.start);
  return { line: seg.line, character: seg.start + within };
}

export function paragraphStart(p: Paragraph): Position {
  const s = p.segments[0] as Segment;
  return { line: s.line, character: s.start };
}

export function paragraphEnd(p: Paragraph): Position {
  const s = p.segments[p.segments.length - 1] as Segment;
  return { line: s.line, character: s.end };
}

export function firstLine(p: Paragraph): number {
  return (p.segments[0] as Segment).line;
}

export type { Line };
