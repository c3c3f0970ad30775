import type { CancellationLike } from '../cancellation';
import { throwIfCancelled } from '../cancellation';
import { allMatches } from './allMatches';
import { isChromeLine, isFooterStart } from './chrome';
import { foldWidth } from './normalize';

/** One physical line (split on \n and on a lone \r, as VS Code does; a CRLF line keeps its "\r" in `raw`). */
export interface Line {
  readonly index: number;
  readonly raw: string;
  /** `raw` folded by foldWidth: same length, so offsets are shared. */
  readonly folded: string;
  /** Offset of the first and past the last non-space character (after folding); start === end when blank. */
  readonly start: number;
  readonly end: number;
  /** Blank only because of zero-width characters (a wiki-template artefact inside a paragraph). */
  readonly softBlank: boolean;
  chrome: boolean;
}

export interface ReportDocument {
  readonly text: string;
  readonly lines: Line[];
  readonly chromeLines: number[];
}

const ZERO_WIDTH = /\u200b|\u200c|\u200d|\u2060|\ufeff/;
/** Lines longer than this are never chrome and never headings; also caps per-line regex work. */
export const MAX_HEADING_SCAN = 400;

/**
 * Where lines break, as VS Code counts them: \n, \r\n and a lone \r (old Mac files). A CRLF line keeps its \r in
 * `raw` (the character offsets before it are the same either way); a lone \r is the break itself.
 */
const LINE_BREAK = /\n|\r(?!\n)/g;

export function splitLines(text: string, folded: string): { raw: string[]; folded: string[] } {
  // Most files have no lone \r: then a plain split is the same and faster.
  if (!/\r(?!\n)/.test(text)) return { raw: text.split('\n'), folded: folded.split('\n') };
  const raw: string[] = [];
  const fold: string[] = [];
  let start = 0;
  for (const m of allMatches(LINE_BREAK, text)) {
    raw.push(text.slice(start, m.index));
    fold.push(folded.slice(start, m.index));
    start = m.index + 1;
  }
  raw.push(text.slice(start));
  fold.push(folded.slice(start));
  return { raw, folded: fold };
}

export function buildDocument(text: string, token?: CancellationLike): ReportDocument {
  // foldWidth keeps every offset (\r becomes a space), so the folded text breaks where the raw text does.
  const { raw: rawLines, folded: foldedLines } = splitLines(text, foldWidth(text));
  const lines: Line[] = [];
  for (let i = 0; i < rawLines.length; i++) {
    if ((i & 0x3fff) === 0) throwIfCancelled(token);
    const raw = rawLines[i] as string;
    const folded = foldedLines[i] as string;
    let start = 0;
    let end = folded.length;
    while (start < end && folded.charCodeAt(start) === 0x20) start++;
    while (end > start && folded.charCodeAt(end - 1) === 0x20) end--;
    const softBlank = start === end && ZERO_WIDTH.test(raw);
    lines.push({ index: i, raw, folded, start, end, softBlank, chrome: false });
  }
  withoutWatermark(lines);
  markChrome(lines);
  return { text, lines, chromeLines: lines.filter((l) => l.chrome).map((l) => l.index) };
}

/** Two to four Latin letters ending a line, right after an ideograph or a mark (no letter, digit or space before). */
const LINE_END_TOKEN = /[^A-Za-z0-9\s]([A-Za-z]{2,4})$/;
/** A watermark ends this many lines at least, and this share of the non-blank ones. */
const MIN_WATERMARK_LINES = 5;
const MIN_WATERMARK_SHARE = 0.2;

/**
 * A page's watermark: the same few Latin letters after the last character of many lines (gongwensou.com's copies of
 * county reports: “…请予审议，并请政协委员和列席会议的” / “同志们提出意见。vfO”, “一、2018年工作回顾vfO”; “过去五年和2016年工作回顾
 * bhg”; “…BNC”) — no report ends a fifth of its lines with one word of letters. The token is left out of the line's
 * content (its end moves before it), so the heading and the sentence end before it read as they are. O(lines).
 */
function withoutWatermark(lines: Line[]): void {
  const counts = new Map<string, number>();
  let nonBlank = 0;
  for (const line of lines) {
    if (line.start === line.end) continue;
    nonBlank++;
    const m = LINE_END_TOKEN.exec(line.folded.slice(Math.max(line.start, line.end - 6), line.end));
    if (m) counts.set(m[1] as string, (counts.get(m[1] as string) ?? 0) + 1);
  }
  let token = '';
  let most = 0;
  for (const [t, n] of counts) if (n > most) [token, most] = [t, n];
  if (most < MIN_WATERMARK_LINES || most < nonBlank * MIN_WATERMARK_SHARE) return;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    // As counted: the token after a character of the line (a line that is only the token is text, not a mark).
    if (line.end - token.length <= line.start || !line.folded.endsWith(token, line.end) || /[A-Za-z0-9\s]/.test(line.folded.charAt(line.end - token.length - 1))) continue;
    let end = line.end - token.length;
    while (end > line.start && line.folded.charCodeAt(end - 1) === 0x20) end--;
    lines[i] = { index: line.index, raw: line.raw, folded: line.folded, start: line.start, end, softBlank: line.softBlank, chrome: line.chrome };
  }
}

export function contentOf(line: Line): string {
  return line.folded.slice(line.start, line.end);
}

export function isBlank(line: Line): boolean {
  return line.start === line.end;
}

function markChrome(lines: Line[]): void {
  let footer = -1;
  for (const line of lines) {
    if (isBlank(line)) continue;
    const content = contentOf(line);
    if (content.length <= MAX_HEADING_SCAN && isChromeLine(content)) line.chrome = true;
    if (footer < 0 && isFooterStart(content)) footer = line.index;
  }
  if (footer >= 0) for (let i = footer; i < lines.length; i++) (lines[i] as Line).chrome = true;
  markSplitCredits(lines);
  markNavigationRuns(lines);
}

/** A site's credit label alone on its line (技术支持： / 责任编辑), the colon on either line. */
const CREDIT_LABEL = /^(?:技术支持|版权所有|主办单位|承办单位|责任编辑|校对)\s*[:：]?$/;
/** Its value on the next line: a short name, no sentence (：吴丽芳, 长城新媒体集团). */
const CREDIT_VALUE = /^[:：]?[^。，,；;！!？?]{1,30}$/;

/**
 * A credit whose label and value a page put on two lines (河北省 2022 from the Hebei archive: 技术支持： / 长城新媒体集团):
 * the value alone read as a short sub-heading under the report's last section (a thirteenth trial).
 */
function markSplitCredits(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (isBlank(line) || !CREDIT_LABEL.test(contentOf(line))) continue;
    let j = i + 1;
    while (j < lines.length && isBlank(lines[j] as Line)) j++;
    const value = lines[j];
    if (value === undefined || !CREDIT_VALUE.test(contentOf(value))) continue;
    line.chrome = true;
    value.chrome = true;
  }
}

/** The report's own title line (2026年福建省政府工作报告, 政府工作报告（全文）): content, however short and bare. */
const REPORT_TITLE = /政府工作报告(?:[（(]全文[）)])?$/;

/**
 * Portal navigation and site maps: runs of short lines without punctuation (首页 / 领导之窗 / 政务服务 …) that do
 * not continue a sentence. Wiki-link fragments inside a paragraph also make short lines, but they follow an
 * unfinished sentence, so a run only counts when the line before it ends a sentence (or is chrome, or is absent).
 */
function markNavigationRuns(lines: Line[]): void {
  const MIN_RUN = 4;
  let runStart = -1;
  let runLen = 0;
  let prevEndsSentence = true;
  const flush = (endExclusive: number): void => {
    if (runStart >= 0 && runLen >= MIN_RUN) {
      for (let i = runStart; i < endExclusive; i++) {
        const l = lines[i] as Line;
        if (!isBlank(l)) l.chrome = true;
      }
    }
    runStart = -1;
    runLen = 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (isBlank(line)) continue;
    const content = contentOf(line);
    // (The report's own title, 2026年福建省政府工作报告, is as short and bare as a menu item, but is the page's content:
    // folded as chrome, it was hidden by Fold All.)
    const navLike = line.chrome || (content.length <= 14 && !/[。，,；;：:！？!?、“”"《》]/.test(content) && !/^[一二三四五六七八九十]{1,3}$/.test(content) && !REPORT_TITLE.test(content));
    if (navLike) {
      if (runStart < 0) {
        if (!prevEndsSentence) {
          prevEndsSentence = false;
          continue;
        }
        runStart = i;
      }
      runLen++;
    } else {
      flush(i);
      prevEndsSentence = /[。！？!?：:；;”）)]$/.test(content);
    }
  }
  flush(lines.length);
}
