import { foldWidth } from './text/normalize';
import { isChromeLine, scraperTitleOf } from './text/chrome';
import { escapedLinesOf } from './text/escapedBreaks';

export interface Detection {
  readonly isReport: boolean;
  /** Why, in a few words (shown in logs and the CLI). */
  readonly reason: string;
}

const OPENING_LINES = 60;
const OPENING_CHARS = 16_384;

/**
 * Is this plain text a government work report? Looks only at the opening (past ads and page chrome): a report
 * title, the 各位代表 salutation, or the 一、/（一） heading pattern together with report vocabulary.
 * Cheap enough to run on every plaintext document that opens.
 */
export function detectReport(text: string): Detection {
  const head = text.length > OPENING_CHARS ? text.slice(0, OPENING_CHARS) : text;
  const lines: string[] = [];
  // A report whose line breaks were written out as \r\n escapes is one physical line: its title, salutation and
  // headings start lines only once the escapes are read as the breaks they stand for, as the outline reads them.
  for (const raw of head.split('\n').flatMap(escapedLinesOf)) {
    const line = foldWidth(raw).trim();
    if (!line) continue;
    // A scraper's title label is chrome with the report's title in it: the title counts, the label does not.
    const labelled = scraperTitleOf(line);
    if (labelled === null && isChromeLine(line)) continue;
    lines.push(labelled ?? line);
    if (lines.length >= OPENING_LINES) break;
  }
  const opening = lines.join('\n');
  const flat = opening.replace(/\s+/g, '');
  if (/政府工作报告/.test(flat.slice(0, 600))) return { isReport: true, reason: 'report title' };
  if (lines.slice(0, 25).some((l) => /^各位代表\s*[:!]/.test(l))) return { isReport: true, reason: '各位代表 salutation' };
  const parts = lines.filter((l) => /^[一二三四五六七八九十]{1,2}、/.test(l)).length;
  const vocabulary = /(?:人民代表大会|政府工作|国民经济和社会发展|预期目标|工作回顾)/.test(opening);
  if (parts >= 2 && vocabulary) return { isReport: true, reason: 'heading pattern and report vocabulary' };
  return { isReport: false, reason: 'no report title, salutation or heading pattern in the opening' };
}

/**
 * How a Chinese text was misread, when it was: GBK bytes decoded as UTF-8 (U+FFFD everywhere) or as Latin-1, or
 * UTF-16 without a byte-order mark decoded as an 8-bit encoding (a NUL beside every ASCII character).
 */
export type Mojibake = 'gbk-as-utf8' | 'gbk-as-latin1' | 'utf16le-as-8bit' | 'utf16be-as-8bit';

/**
 * Whether the opening of a document is a GBK/GB18030 file decoded with the wrong encoding. VS Code guesses the
 * encoding only when `files.autoGuessEncoding` is on when the file is opened; a report restored at start-up, or
 * opened before this extension set the default, shows replacement characters (UTF-8) or accented Latin letters
 * (Windows-1252). Cheap: one pass over at most 4,096 characters.
 */
export function mojibakeOf(text: string): Mojibake | null {
  const head = text.slice(0, 4096);
  const utf16 = bomlessUtf16Of(head);
  if (utf16) return utf16;
  // A binary file is not a misread report: reopening it as GB18030 would not help.
  if (looksBinary(head)) return null;
  let replacement = 0;
  let latin = 0;
  let han = 0;
  let letters = 0;
  for (const ch of head) {
    const c = ch.codePointAt(0) as number;
    if (c === 0xfffd) replacement++;
    else if (c >= 0xc0 && c <= 0xff) latin++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
    if (c > 0x20) letters++;
  }
  if (letters < 20) return null;
  // Real reports have no replacement characters, or a handful from one damaged byte.
  if (replacement > 10 && replacement / letters > 0.1 && han / letters < 0.5) return 'gbk-as-utf8';
  // GBK read as Latin-1: pairs of accented letters where the Han characters should be, and almost no Han.
  if (latin / letters > 0.3 && han / letters < 0.05) return 'gbk-as-latin1';
  return null;
}

/**
 * Whether a document's opening is binary data shown as text (an executable, an archive, an image renamed .txt): a NUL
 * character, which no text encoding of a report produces — the file reader refuses such files for the same reason
 * (src/node/readReport.ts) — or control characters in more than 1 % of the opening. Cheap: at most 4,096 characters.
 */
export function looksBinary(text: string): boolean {
  const head = text.slice(0, 4096);
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) return true;
    // (Tab, line feed, form feed and carriage return are text.)
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13) control++;
  }
  return control > 8 && control > head.length / 100;
}

/**
 * UTF-16 without a byte-order mark shown through an 8-bit decoder (VS Code guesses it only when the first 512 bytes
 * hold a NUL; a report that opens with a few hundred Chinese characters has none there). Most ASCII characters of
 * the text (line breaks, digits, %) then stand beside a NUL of their own, which binary data, with its NULs in runs
 * and next to arbitrary bytes, does not show. The byte order is read from the line breaks, which no decoder merges
 * with a neighbour: "\n\0" in little-endian order, "\0\n" in big-endian. Cheap: one pass over the head.
 */
function bomlessUtf16Of(head: string): Mojibake | null {
  let nuls = 0;
  let isolated = 0;
  let after = 0;
  let before = 0;
  for (let i = head.indexOf('\0'); i !== -1; i = head.indexOf('\0', i + 1)) {
    nuls++;
    const prev = i > 0 ? head.charCodeAt(i - 1) : 0;
    const next = i + 1 < head.length ? head.charCodeAt(i + 1) : 0;
    if (prev === 0 || next === 0) continue;
    isolated++;
    if (isTextAscii(prev)) after++;
    if (isTextAscii(next)) before++;
  }
  if (nuls < 8 || isolated < nuls / 2 || Math.max(after, before) < isolated * 0.75) return null;
  const le = countOf(head, '\n\0');
  const be = countOf(head, '\0\n');
  if (le !== be) return le > be ? 'utf16le-as-8bit' : 'utf16be-as-8bit';
  return after >= before ? 'utf16le-as-8bit' : 'utf16be-as-8bit';
}

function countOf(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** Printable ASCII, tab, line feed or carriage return: the characters whose UTF-16 code unit has a zero byte. */
function isTextAscii(c: number): boolean {
  return (c >= 0x20 && c <= 0x7e) || c === 9 || c === 10 || c === 13;
}
