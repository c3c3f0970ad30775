import type { Line } from './document';
import { contentOf, isBlank } from './document';
import { TERMINAL, isWideChar, lastSignificant } from './normalize';

/**
 * The width at which a page hard-wrapped its text, or 0 when it did not. Pages copied from PDFs and fixed-width
 * sites break every line at about the same width, mid-sentence (gongwensou.com's county reports at 40 characters:
 * “一年来,地区生产总值增长5.1%,一般公共预算收入完成3.98亿元,固定资产投资” / “完成15亿元,…” — 正蓝旗 2019; a PDF at
 * about 26: “2019 年,全区预计实现地区生产总值 369 亿元,增长” / “7.6%;…” — 东宝区 2020). Such a file shows it: many lines
 * without an end mark share one width. Width is counted as a screen shows it (a Han character or full-width mark
 * two columns, a digit or Latin letter one), so that lines with digits and spaces in them still line up.
 * No corpus report is wrapped so. O(lines).
 */
export function wrapWidth(lines: readonly Line[]): number {
  const counts = new Map<number, number>();
  let nonBlank = 0;
  for (const line of lines) {
    if (line.chrome || isBlank(line)) continue;
    nonBlank++;
    const content = contentOf(line);
    if (TERMINAL.includes(lastSignificant(content))) continue;
    const w = columns(line.raw, line.start, line.end);
    if (w >= MIN_WIDTH && w <= MAX_WIDTH) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  // Every width in range is a candidate centre, not only the widths seen (69 and 74 centre on 71).
  let best = 0;
  let width = 0;
  for (let w = MIN_WIDTH; w <= MAX_WIDTH; w++) {
    let around = 0;
    for (let d = -SPREAD; d <= SPREAD; d++) around += counts.get(w + d) ?? 0;
    if (around > best || (around === best && around > 0 && w > width)) [best, width] = [around, w];
  }
  return best >= MIN_LINES && best >= nonBlank * MIN_SHARE ? width : 0;
}

/** Whether a line runs this close to the wrap width (the caller has checked it has no end mark: then the page broke it). */
export function fillsWrapWidth(line: Line, width: number): boolean {
  return width > 0 && columns(line.raw, line.start, line.end) >= width * FULL_SHARE;
}

/** Lines narrower than this are headings and short sentences, never a wrap width. */
const MIN_WIDTH = 40;
/** Wider lines are paragraphs a page left whole, never a wrap width. */
const MAX_WIDTH = 200;
/** Wrapped lines vary by a few columns (a word that did not fit moves down whole). */
const SPREAD = 3;
const MIN_LINES = 5;
/** A quarter of the non-blank lines at least: a report with a few long unpunctuated headings is not wrapped. */
const MIN_SHARE = 0.25;
const FULL_SHARE = 0.85;

function columns(raw: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) n += isWideChar(raw.charCodeAt(i)) ? 2 : 1;
  return n;
}
