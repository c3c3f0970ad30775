/**
 * Where a named thing (a programme, a platform, a quoted term) is written in the workspace's other reports: Find All
 * References on 沪苏湖铁路 in this year's report also lists last year's and the province's mentions, as an analyst
 * following a programme across reports expects. The index keeps figures only, so the other texts are read again on
 * request (an open editor's text first); the search is a literal one, linear in each text.
 */
import type { CancellationLike } from '../cancellation';
import { rangesOverlap } from '../positions';
import { splitLines } from '../text/document';
import { foldWidth } from '../text/normalize';
import type { Position, Range } from '../types';
import { readReportText } from './host';
import type { WorkspaceHost } from './host';
import { inBody } from './bodyLines';
import type { BodyLines } from './bodyLines';

export interface NameMention {
  readonly uri: string;
  readonly range: Range;
}

/** Enough for a list a user reads; a name in every paragraph of fifty reports is cut here. */
export const MAX_NAME_MENTIONS = 500;

/**
 * The ways a report writes a name, as they are searched elsewhere: each mention's text, width-folded (a full-width
 * （） or ： and its half-width twin are one writing), without the quotes around a quoted term; one character is no
 * name, nor a number-like term (below), and a mention a line break splits is left out (another report would not break
 * it at the same place).
 */
export function writingsOf(text: string, ranges: readonly Range[], folded = foldWidth(text), lines: readonly string[] = splitLines(text, folded).folded): string[] {
  // `lines`: the document's own line split (VS Code's breaks) of the width-folded text (foldWidth keeps every offset).
  const out = new Set<string>();
  for (const r of ranges) {
    if (r.start.line !== r.end.line) continue;
    const written = (lines[r.start.line] ?? '').slice(r.start.character, r.end.character).replace(/^["“”]+|["“”]+$/gu, '');
    // A writing of digits and letters (“331”, “132”) is a number wherever else it stands (132.4亿斤): only names
    // with two Chinese characters or more are searched as text.
    if (written.length >= 2 && (written.match(/[\u4e00-\u9fff]/gu)?.length ?? 0) >= 2) out.add(written);
  }
  return [...out];
}

/** A quoted term is short: a sentence in quotes (a slogan of twenty characters and more) is no name to follow. */
const MAX_QUOTED = 20;

/**
 * The quoted term around `position` (“十四五”, “一带一路”), inside the quotes, on one line: the name Find All References
 * follows where no link holds the place — a report with no part about the plan links no “十四五”, yet an analyst on it
 * expects the other reports' mentions (a seventh trial).
 */
export function quotedTermAt(text: string, position: Position, folded = foldWidth(text), rawLines: readonly string[] = splitLines(text, folded).raw): Range | undefined {
  const line = rawLines[position.line];
  if (line === undefined || position.character > line.length) return undefined;
  const isOpen = (c: string): boolean => c === '“' || c === '"';
  const isClose = (c: string): boolean => c === '”' || c === '"';
  // The opening quote at or before the cursor (the cursor may stand on it), with no closing quote between.
  let open = -1;
  for (let i = Math.min(position.character, line.length - 1); i >= 0 && i >= position.character - MAX_QUOTED - 1; i--) {
    const c = line.charAt(i);
    if (isOpen(c)) {
      open = i;
      break;
    }
    if (isClose(c) && i < position.character) return undefined;
  }
  if (open < 0) return undefined;
  let close = -1;
  for (let i = open + 1; i < line.length && i <= open + MAX_QUOTED + 1; i++) {
    if (isClose(line.charAt(i))) {
      close = i;
      break;
    }
  }
  if (close < 0 || position.character > close || close - open < 3) return undefined;
  return { start: { line: position.line, character: open + 1 }, end: { line: position.line, character: close } };
}

/**
 * Every place one of `names` is written in `text`, as VS Code ranges (0-based lines, UTF-16 columns; \r\n, \r and \n
 * end lines). The text is width-folded first (foldWidth keeps every offset); a hit inside a longer hit is the same
 * mention (长江经济带 inside 长江经济带发展 when both are writings).
 */
export function literalMentions(text: string, names: readonly string[], limit = MAX_NAME_MENTIONS, folded = foldWidth(text), keep: (range: Range) => boolean = () => true): Range[] {
  const hits: Array<[number, number]> = [];
  for (const name of names) {
    if (name.length === 0) continue;
    for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + name.length)) hits.push([at, at + name.length]);
  }
  hits.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: Range[] = [];
  let line = 0;
  let lineStart = 0;
  let scanned = 0;
  let lastEnd = -1;
  for (const [at, end] of hits) {
    if (out.length >= limit) break;
    if (end <= lastEnd) continue;
    // Line breaks between the last hit and this one, counted once: the whole text is walked at most once.
    // (On the text as written: foldWidth reads \r as a space.)
    for (let i = scanned; i < at; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
        line++;
        lineStart = i + 1;
      }
    }
    scanned = Math.max(scanned, at);
    lastEnd = end;
    // A name is written on one line; one broken by the page is not found here (the report's own links read it).
    // Kept before it counts against the limit: mentions out of the body must not crowd out the body's own.
    const range = { start: { line, character: at - lineStart }, end: { line, character: end - lineStart } };
    if (keep(range)) out.push(range);
  }
  return out;
}

/**
 * The places `text` writes one of the names that `known` does not already hold (a link's own mentions): the mention in
 * a glossary entry, or one the report's links leave out (“一带一路”信用论坛 beside a linked “一带一路”), which a reader
 * expects among the references too (a sixth trial).
 */
export function otherLiteralMentions(text: string, names: readonly string[], known: readonly Range[], folded = foldWidth(text), body?: BodyLines): Range[] {
  const kept = inBody(body);
  return literalMentions(text, names, MAX_NAME_MENTIONS, folded, (r) => kept(r) && !known.some((k) => rangesOverlap(r, k)));
}

/**
 * The names' mentions in each of `files`, read through the host, in the report's body only when the index knows where
 * its chrome and second copy are (bodyLines.ts); files that cannot be read are skipped.
 */
export async function nameMentionsIn(
  host: WorkspaceHost,
  files: readonly { readonly uri: string; readonly body?: BodyLines | undefined }[],
  names: readonly string[],
  token: CancellationLike,
): Promise<NameMention[]> {
  const out: NameMention[] = [];
  if (names.length === 0) return out;
  for (const { uri, body } of files) {
    if (token.isCancellationRequested || out.length >= MAX_NAME_MENTIONS) break;
    let text: string;
    try {
      text = await readReportText(host, uri);
    } catch {
      continue; // Gone or unreadable since it was indexed: the index says so when it reads the file again.
    }
    for (const range of literalMentions(text, names, MAX_NAME_MENTIONS - out.length, undefined, inBody(body))) out.push({ uri, range });
  }
  return out;
}
