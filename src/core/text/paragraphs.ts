import type { CancellationLike } from '../cancellation';
import { throwIfCancelled } from '../cancellation';
import type { Position } from '../types';
import type { Line, ReportDocument } from './document';
import { contentOf, isBlank } from './document';
import { escapedPieces } from './escapedBreaks';
import { linkedWordBridges } from './linkedWords';
import { CLOSERS, TERMINAL, lastSignificant } from './normalize';
import { isSignatureLine } from './speakerLine';
import { lastAtOrBefore } from './lastAtOrBefore';
import { numberSpacesToDrop } from './numberSpaces';
import { fillsWrapWidth, wrapWidth } from './wrapWidth';

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
/**
 * A new heading never joins the paragraph before it. Half-width brackets after folding. A glossary heading set between
 * ornaments (outline/markers.ts framedGlossary) is one too: the 保定 county pages print it right under the closing
 * words' last lines, which may end without a stop (涞水县 2020, src32: the image captions “推进文明城、…“四城”同创” /
 * “着力打造宜居宜业、宜学宜养现代新城” / “※名词解释※”, the six-character heading joined to the caption and the glossary
 * was lost; 博野县 2022 and 2024, 曲阳县 2020, 涞水县 2021 print it the same way after a stop).
 */
const HEADING_START = /^(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、](?!\d)|[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[,，、]|附件|名词解释|[[［【〔]\d{1,3}[\]］】〕]|[※[［【〔](?:有关)?(?:名词解释|名词注释|注释|注解)[※\]］】〕])/;

/**
 * The paragraph being built, as the joining rules read it. A paragraph can grow to megabytes (a file without end
 * punctuation joins into one), so the rules see only bounded pieces of it — its first characters, its last 300, its
 * last significant character, its length — kept up to date as lines are appended; the text itself is joined once,
 * when the paragraph closes. Reading the growing string instead (a `$`-anchored regex, a slice of a concatenation)
 * scans or flattens all of it on every line: quadratic time.
 */
interface OpenParagraph {
  readonly segments: Segment[];
  readonly parts: string[];
  readonly rawParts: string[];
  readonly blankBefore: boolean;
  length: number;
  /** The first HEAD_CHARS characters: enough for every anchored heading pattern. */
  head: string;
  /**
   * The last TAIL_CHARS characters (what hasUnclosedBracket and the one-sentence test read), built from `parts` only
   * when asked (tailOf) and kept until the next line: on a file of short lines without end marks (a table of figures)
   * every line joins, and copying 300 characters per 25-character line was most of the outline's time.
   */
  tailCache: string | null;
  /** The text's last character (the unfinished-end test reads only that). */
  lastChar: string;
  /** Offset in the text of the last quote or bracket, or -1: a tail without one has none open, unread. */
  lastBracketAt: number;
  /** That last quote or bracket opens: one is open at the end, unread. */
  lastBracketOpens: boolean;
  /** lastSignificant of the whole text so far. */
  lastSig: string;
  lastSegLen: number;
}

const HEAD_CHARS = 32;
/** A heading-led line longer than this holds a body too (a heading alone is well under it). */
const RUN_IN_BODY = 80;
const TAIL_CHARS = 300;

/** The bounded view of a paragraph the joining rules need. */
type Prev = OpenParagraph;

function openParagraph(line: Line, content: string, blankBefore: boolean): OpenParagraph {
  const bracket = lastBracketIn(content, 0);
  return {
    segments: [{ line: line.index, start: line.start, end: line.end, offset: 0 }],
    parts: [content],
    rawParts: [line.raw.slice(line.start, line.end)],
    blankBefore,
    length: content.length,
    head: content.slice(0, HEAD_CHARS),
    tailCache: null,
    lastChar: content.slice(-1),
    lastBracketAt: bracket,
    lastBracketOpens: bracket >= 0 && BRACKET_ROLE[content.charCodeAt(bracket)] === OPENS,
    lastSig: lastSignificant(content),
    lastSegLen: content.length,
  };
}

/** The last TAIL_CHARS characters of the paragraph (at most that much of its parts is read). */
function tailOf(cur: OpenParagraph): string {
  if (cur.tailCache === null) {
    const last = cur.parts[cur.parts.length - 1] as string;
    // Most tails are the last line's (a paragraph of one line, or a line of TAIL_CHARS or more): one slice.
    if (cur.parts.length === 1 || last.length >= TAIL_CHARS) return (cur.tailCache = last.slice(-TAIL_CHARS));
    // Else pieces gathered backwards and joined once: prepending to a string per part copies the tail once per part.
    const pieces: string[] = [];
    let length = 0;
    for (let i = cur.parts.length - 1; i >= 0 && length < TAIL_CHARS; i--) {
      const piece = (cur.parts[i] as string).slice(-(TAIL_CHARS - length));
      pieces.push(piece);
      length += piece.length;
    }
    cur.tailCache = pieces.reverse().join('');
  }
  return cur.tailCache;
}

/**
 * hasUnclosedBracket of the tail, without reading a tail that holds no quote or bracket, nor one whose last bracket
 * opens (hasUnclosedBracket's backward scan answers true there at once): on a file of lines of “ alone every line
 * joins, and building a 300-character tail out of one-character lines per line was most of the outline's time.
 */
function unclosedAtEnd(cur: OpenParagraph): boolean {
  if (cur.lastBracketAt < 0 || cur.lastBracketAt < cur.length - TAIL_CHARS) return false;
  return cur.lastBracketOpens || hasUnclosedBracket(tailOf(cur));
}

/** Offset (from `offset`, the text's start in the paragraph) of the last quote or bracket in `text`, or -1. */
function lastBracketIn(text: string, offset: number): number {
  for (let i = text.length - 1; i >= 0; i--) if (BRACKET_ROLE[text.charCodeAt(i)] !== 0) return offset + i;
  return -1;
}

function appendLine(cur: OpenParagraph, line: Line, content: string): void {
  cur.segments.push({ line: line.index, start: line.start, end: line.end, offset: cur.length });
  cur.parts.push(content);
  cur.rawParts.push(line.raw.slice(line.start, line.end));
  const bracket = lastBracketIn(content, cur.length);
  if (bracket >= 0) {
    cur.lastBracketAt = bracket;
    cur.lastBracketOpens = BRACKET_ROLE[content.charCodeAt(bracket - cur.length)] === OPENS;
  }
  cur.length += content.length;
  if (cur.head.length < HEAD_CHARS) cur.head = (cur.head + content).slice(0, HEAD_CHARS);
  cur.tailCache = null;
  if (content.length > 0) cur.lastChar = content.slice(-1);
  // lastSignificant skips closers and spaces backwards: when the new line is nothing but those, the answer is older.
  const sig = lastSignificant(content);
  if (sig !== '') cur.lastSig = sig;
  cur.lastSegLen = content.length;
}

export function buildParagraphs(doc: ReportDocument, token?: CancellationLike): Paragraph[] {
  const out: Paragraph[] = [];
  const blankSeparated = usesBlankLinesBetweenParagraphs(doc);
  const bridges = linkedWordBridges(doc.lines);
  const wrap = wrapWidth(doc.lines);
  // The last line appended to the open paragraph: whether it fills the page's wrap width.
  let lastLine: Line | null = null;
  // A blank seen while the open paragraph may go on over a linked word: closed only if the next line does not bridge.
  let pendingBlank = false;
  let cur: OpenParagraph | null = null;
  let sawBlank = true;
  const close = (): void => {
    if (!cur) return;
    out.push({ index: out.length, text: cur.parts.join(''), raw: cur.rawParts.join(''), segments: cur.segments, blankBefore: cur.blankBefore, blankAfter: false });
    cur = null;
  };
  const closePending = (): void => {
    if (!pendingBlank) return;
    pendingBlank = false;
    close();
    (out[out.length - 1] as Paragraph).blankAfter = true;
  };
  const read = (line: Line): void => {
    if (line.chrome) {
      closePending();
      close();
      sawBlank = true;
      return;
    }
    if (isBlank(line)) {
      if (line.softBlank) return;
      if (out.length > 0 && !cur) (out[out.length - 1] as Paragraph).blankAfter = true;
      if (cur && !mayJoinAcrossBlank(cur) && bridges.size > 0) pendingBlank = true;
      else if (cur && !mayJoinAcrossBlank(cur)) {
        close();
        (out[out.length - 1] as Paragraph).blankAfter = true;
      }
      sawBlank = true;
      return;
    }
    const content = contentOf(line);
    // A linked word and the rest of its sentence go on the open paragraph, across a blank or not (linkedWords.ts).
    if ((pendingBlank || !sawBlank) && cur && bridges.has(line.index)) {
      pendingBlank = false;
      appendLine(cur, line, content);
      lastLine = line;
      sawBlank = false;
      return;
    }
    closePending();
    const filled = lastLine !== null && fillsWrapWidth(lastLine, wrap);
    if (cur && shouldJoin(cur, cur.segments.length, cur.lastSegLen, content, sawBlank, blankSeparated, filled) && !(blankSeparated && !sawBlank && isStandaloneSentenceLine(cur, content))) {
      appendLine(cur, line, content);
    } else {
      if (cur) close();
      cur = openParagraph(line, content, sawBlank);
    }
    lastLine = line;
    sawBlank = false;
  };
  for (const line of doc.lines) {
    if ((line.index & 0xfff) === 0) throwIfCancelled(token);
    // A line whose breaks were written out as escapes is read as the lines they stand for (escapedBreaks.ts).
    const pieces = line.chrome || isBlank(line) ? null : escapedPieces(line);
    if (pieces === null) read(line);
    else for (const piece of pieces) read(piece);
  }
  closePending();
  close();
  return out;
}

/**
 * The paragraph with the stray spaces in and around its numbers dropped (numberSpaces.ts: 2016 年 → 2016年, 40.8 2 亿元 →
 * 40.82亿元), from `text` and `raw` alike. The segment holding a dropped space is split there into two segments of the
 * same line, so that positionAt and endPositionAt still give the line's own characters (as for a line's escaped pieces).
 * The figures' reading uses it (indicators/extract.ts); the outline keeps the paragraphs as built, its rules count a
 * paragraph's lines by its segments.
 */
export function withoutNumberSpaces(p: Paragraph): Paragraph {
  const drops = numberSpacesToDrop(p.text);
  if (drops.length === 0) return p;
  const text: string[] = [];
  const raw: string[] = [];
  const segments: Segment[] = [];
  let from = 0;
  let removed = 0;
  let d = 0;
  for (const seg of p.segments) {
    const segEnd = seg.offset + (seg.end - seg.start);
    // Pieces of this segment between the drops that fall inside it.
    let pieceFrom = seg.offset;
    while (d < drops.length && (drops[d] as number) < segEnd) {
      const at = drops[d] as number;
      segments.push({ line: seg.line, start: seg.start + (pieceFrom - seg.offset), end: seg.start + (at - seg.offset), offset: pieceFrom - removed });
      text.push(p.text.slice(from, at));
      raw.push(p.raw.slice(from, at));
      from = at + 1;
      removed++;
      pieceFrom = at + 1;
      d++;
    }
    segments.push({ line: seg.line, start: seg.start + (pieceFrom - seg.offset), end: seg.end, offset: pieceFrom - removed });
  }
  text.push(p.text.slice(from));
  raw.push(p.raw.slice(from));
  return { ...p, text: text.join(''), raw: raw.join(''), segments };
}

/** Only a short piece with an open quote (“二、“ / 十四五 / ”时期…) continues over a blank line. */
function mayJoinAcrossBlank(prev: Prev): boolean {
  return prev.length <= 40 && unclosedAtEnd(prev);
}

/**
 * Sentence-final lines the layout is read from: the file's first report's. A later text pasted or appended after it
 * (another report, copies of one) has its own layout; counted whole, eight copies of the seed (blank lines between
 * its paragraphs) after 辽宁 2026 (none) turned the file to blank-separated, every line of 辽宁 ran on into the next,
 * and its leads and salutation were lost from the outline (trial20). Every report of the corpus has 26 at least.
 */
const LAYOUT_SENTENCES = 100;

/**
 * Most reports put a blank line between paragraphs. Where a file does so consistently (four in five sentence-final
 * lines are followed by a blank), two adjacent lines are one paragraph even after a full stop: that is how
 * wiki-link words end up on their own lines (“…29万公里。 / 城市轨道交通 / 、地下综合管廊建设加快。”).
 */
function usesBlankLinesBetweenParagraphs(doc: ReportDocument): boolean {
  let ended = 0;
  let followedByBlank = 0;
  const lines = doc.lines;
  for (let i = 0; i + 1 < lines.length && ended < LAYOUT_SENTENCES; i++) {
    const line = lines[i] as Line;
    if (line.chrome || isBlank(line) || lastSignificant(contentOf(line)) !== '。') continue;
    ended++;
    const next = lines[i + 1] as Line;
    if (isBlank(next)) followedByBlank++;
  }
  return ended >= 10 && followedByBlank >= ended * 0.8;
}

/** The end of a sentence that may close a standalone sub-heading line, and the longest such line. */
const SENTENCE_END = '。！？!?';
const STANDALONE_MAX = 40;

/**
 * In a file that puts a blank line between its paragraphs, two adjacent lines are one paragraph even after a full
 * stop (a wiki-link word left on a line of its own) — except when the first is a whole short sentence standing alone
 * on its line, after a blank: a sub-heading in bold that the page printed as a line of its own over its body (1988
 * “国家经济实力继续得到显著增强。” / “国民生产总值1987年达到10920亿元，…”; 2004 “推进金融体制改革。” / “要加快国有独资商业
 * 银行改革，…”). A line that opens with closing or continuing punctuation still finishes it.
 */
function isStandaloneSentenceLine(cur: OpenParagraph, next: string): boolean {
  if (cur.segments.length !== 1 || !cur.blankBefore || cur.length > STANDALONE_MAX) return false;
  if (!SENTENCE_END.includes(cur.lastSig) || CONTINUES.test(next)) return false;
  // One sentence only: no sentence end before its last character (the whole line is in `tail`).
  const text = tailOf(cur);
  let last = text.length - 1;
  while (last >= 0 && !SENTENCE_END.includes(text.charAt(last))) last--;
  for (let i = 0; i < last; i++) if (SENTENCE_END.includes(text.charAt(i))) return false;
  return true;
}

/** A line that starts with closing or continuing punctuation finishes the previous one (”时期…, ，…, 、…). */
const CONTINUES = /^[”’」』)》】、，,。；;：:%]/;

/** A line ending in a dash, an enumeration comma or an opening bracket is unfinished whatever its length. */
const UNFINISHED_END = /(?:—|-|、|,|，|“|《|\(|（)$/;
const SALUTATION_LINE = /^(?:各位代表|同志们)/;

/** UNFINISHED_END on the last character only: a `$`-anchored regex is tried at every offset of the string. */
function endsUnfinished(text: string): boolean {
  return UNFINISHED_END.test(text.slice(-1));
}

function shouldJoin(prev: Prev, segCount: number, lastSegLen: number, next: string, blankBetween: boolean, blankSeparated: boolean, fillsWidth: boolean): boolean {
  // The speaker's signature ends the title block, whatever follows it without a stop: a report printed without a
  // salutation puts its first part's name right below (保定 2023: “保定市人民政府市长 闫继红” / “2022年政府工作回顾” / “1月30日，
  // …”), which the short-line rules below would join to it — and the part to the signature.
  if (segCount === 1 && isSignatureLine(tailOf(prev))) return false;
  if (!blankBetween && blankSeparated && !HEADING_START.test(next) && !SALUTATION_LINE.test(next)) {
    // A heading on its own line is followed directly by its body in some files (2017: “八是…稳定” / “国务院提请…”).
    if (!HEADING_START.test(prev.head) || segCount > 1 || endsUnfinished(prev.lastChar) || isMarkerOnlyPrev(prev)) return true;
    return brokenRunIn(prev);
  }
  if (TERMINAL.includes(prev.lastSig)) return false;
  // A typo'd unclosed quote in a long paragraph must not swallow the next heading.
  const unclosed = unclosedAtEnd(prev) && (prev.length <= 60 || !HEADING_START.test(next));
  if (blankBetween) return unclosed && prev.length <= 40;
  if (unclosed) return true;
  if (HEADING_START.test(next)) return false;
  // A short line that is a whole sentence of its own (各位代表：) starts a paragraph; a fragment does not end one.
  if (next.length <= SHORT_FRAGMENT && TERMINAL.includes(lastSignificant(next)) && /^[\u4e00-\u9fff]/.test(next) && /^各位|^同志们/.test(next)) return false;
  if (CONTINUES.test(next)) return true;
  if (endsUnfinished(prev.lastChar)) return true;
  // A line as wide as the page's hard wrap, without an end mark, was broken mid-sentence — a heading's line too
  // (桂阳 2016: “(一)县域经济较快发展,…2016年,预计(下同)全县生产总值34” / “0亿元,…”).
  if (fillsWidth) return true;
  if (HEADING_START.test(prev.head)) {
    // “(五)” alone, or “(五)改 革开放” whose last piece is a link fragment: the title continues on the next line.
    return isMarkerOnlyPrev(prev) || (segCount > 1 && lastSegLen <= SHORT_FRAGMENT) || brokenRunIn(prev);
  }
  if (segCount > 1 && lastSegLen <= SHORT_FRAGMENT) return true;
  if (next.length <= SHORT_FRAGMENT) return prev.length > SHORT_FRAGMENT;
  // A long unfinished line: a paragraph broken mid-sentence.
  return prev.length > 40;
}

/**
 * A run-in heading with its body on one line, far longer than any heading and without an end mark, was broken
 * mid-sentence, and the next line goes on with it: (二)…乳制品产量保持 / 全国第一 / 。…; (三)…其中 / 国家科技进步 / 一等奖2项…
 * (src32 河北省-2018, outside ../shared/corpus: the rank and the awards were read without their subject).
 */
function brokenRunIn(prev: Prev): boolean {
  return prev.length > RUN_IN_BODY && !TERMINAL.includes(prev.lastSig);
}

/** A marker is at most a few characters, so a longer paragraph is never marker-only and its head is all of a short one. */
function isMarkerOnlyPrev(prev: Prev): boolean {
  return prev.length <= HEAD_CHARS && isMarkerOnly(prev.head);
}

function isMarkerOnly(text: string): boolean {
  return /^(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、]|第[一二三四五六七八九十]{1,3}[,，、])$/.test(text);
}

/**
 * True when a quote or bracket opened in `text` is still open at its end (bounded scan of the last 300 characters).
 * Runs once per joined line, so it is written for speed: char codes, a reused stack, and a count per closer so that a
 * closer with no opener on the stack does not scan it (a line of 150 “ then 150 ） would otherwise cost 300² steps).
 */
export function hasUnclosedBracket(text: string): boolean {
  const from = Math.max(0, text.length - TAIL_CHARS);
  // Backwards to the last bracket: an opener with no closer after it is still open whatever came before it, and a
  // window without any bracket has none open. Only a closer last needs the stack (lines of “ alone end here at once).
  for (let i = text.length - 1; i >= from; i--) {
    const role = BRACKET_ROLE[text.charCodeAt(i)];
    if (role === OPENS) return true;
    if (role === CLOSES) break;
    if (i === from) return false;
  }
  let depth = 0;
  OPEN_COUNTS.fill(0);
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const closer = CLOSER_OF.get(c);
    if (closer !== undefined) {
      BRACKET_STACK[depth++] = closer;
      OPEN_COUNTS[closer]!++;
    } else if (CLOSER_CODES.has(c)) {
      const kind = CLOSER_KIND.get(c);
      // A closer pops everything above its nearest opener, like the stack's lastIndexOf + truncate did.
      if (kind === undefined || OPEN_COUNTS[kind] === 0) continue;
      let k = depth - 1;
      while (k >= 0 && BRACKET_STACK[k] !== kind) k--;
      for (let j = k; j < depth; j++) OPEN_COUNTS[BRACKET_STACK[j]!]!--;
      depth = k;
    }
  }
  return depth > 0;
}

/** Opening character → index of its closer in CLOSING_CHARS. */
const CLOSING_CHARS = [...new Set(Object.values(OPENERS_TO_CLOSERS))];
const CLOSER_OF = new Map(Object.entries(OPENERS_TO_CLOSERS).map(([open, close]) => [open.charCodeAt(0), CLOSING_CHARS.indexOf(close)]));
const CLOSER_KIND = new Map(CLOSING_CHARS.map((close, kind) => [close.charCodeAt(0), kind]));
/** Every character that closes (pops) something: the shared closers and ”. Closers no opener expects pop nothing. */
const CLOSER_CODES = new Set([...`${CLOSERS}”`].map((ch) => ch.charCodeAt(0)));
/**
 * The same sets as a table by character code, for the backward scan that runs on every joined line: most tails hold
 * no bracket at all, and a Map lookup per character was a tenth of the joining's time on a file of digit lines.
 */
const OPENS = 1;
const CLOSES = 2;
const BRACKET_ROLE = new Uint8Array(0x10000);
for (const c of CLOSER_CODES) BRACKET_ROLE[c] = CLOSES;
for (const c of CLOSER_OF.keys()) BRACKET_ROLE[c] = OPENS;
const BRACKET_STACK = new Int32Array(TAIL_CHARS);
const OPEN_COUNTS = new Int32Array(CLOSING_CHARS.length);

/** The segment holding `offset` of the paragraph's text (the later one at a boundary between two). */
function segmentAt(p: Paragraph, offset: number): Segment {
  // An offset before the first segment's (none is: the first starts at 0) reads the first.
  return p.segments[Math.max(0, lastAtOrBefore(p.segments, segmentOffset, offset))] as Segment;
}

function segmentOffset(seg: Segment): number {
  return seg.offset;
}

/** Position in the document of an offset into the paragraph's text (end-inclusive at segment ends). */
export function positionAt(p: Paragraph, offset: number): Position {
  const seg = segmentAt(p, offset);
  const within = Math.min(offset - seg.offset, seg.end - seg.start);
  return { line: seg.line, character: seg.start + within };
}

/**
 * Where the segment holding `offset` (the first by default) starts and ends: the paragraph's piece of a line, which
 * is the whole line's text but where the line's breaks were written out as escapes (escapedBreaks.ts). What to ask,
 * rather than a line, of which outline node holds a paragraph (positions.ts rangeTouches).
 */
export function segmentSpan(p: Paragraph, offset = 0): { from: Position; to: Position } {
  const seg = segmentAt(p, offset);
  return { from: { line: seg.line, character: seg.start }, to: { line: seg.line, character: seg.end } };
}

/**
 * Position of the END of a span that ends at `offset`: where the offset falls on the boundary between two lines of
 * the paragraph, the end of the earlier line, not the start of the next one (positionAt's answer, right for a start).
 * Otherwise a span that ends its line would reach over the line break (and its range would not hold its text).
 */
export function endPositionAt(p: Paragraph, offset: number): Position {
  const segs = p.segments;
  let lo = 0;
  let hi = segs.length - 1;
  // The first segment whose end (offset + length) is at or after `offset`.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const seg = segs[mid] as Segment;
    if (seg.offset + (seg.end - seg.start) < offset) lo = mid + 1;
    else hi = mid;
  }
  const seg = segs[lo] as Segment;
  const within = Math.max(0, Math.min(offset - seg.offset, seg.end - seg.start));
  return { line: seg.line, character: seg.start + within };
}

export function firstLine(p: Paragraph): number {
  return (p.segments[0] as Segment).line;
}

export type { Line };
