/**
 * Reading report files from disk: size and type checks, binary refusal and encoding detection.
 * Encodings met in real reports: UTF-8 (with or without BOM), GBK/GB18030 (often with CRLF), UTF-16 with a BOM.
 * Decoding uses the platform's WHATWG TextDecoder (ICU-backed in Node and Electron); there are no hand-written tables.
 * Nothing here ever writes.
 */
import { promises as fs } from 'node:fs';

export type ReportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedReport {
  /** The text without its BOM, line endings untouched (a CRLF file keeps its \r, as VS Code stores it). */
  readonly text: string;
  readonly encoding: ReportEncoding;
}

/** Folders of reports (the workspace, `govreport series`) skip files larger than this: the core's one rule. */
export { MAX_INDEXED_BYTES } from '../core';

/** Files larger than this are refused: no government work report comes anywhere near it. */
export const MAX_REPORT_BYTES = 50 * 1024 * 1024;

/** How much of the start of a file is inspected for NUL bytes. */
const BINARY_SNIFF_BYTES = 8 * 1024;

export type ReportReadErrorCode = 'not-found' | 'directory' | 'not-a-file' | 'permission' | 'too-large' | 'binary' | 'io';

/**
 * A file that cannot be read as a report. `reason` is a short lower-case phrase for
 * "govreport: cannot read FILE: <reason>"; `message` is one complete sentence for an editor notification.
 */
export class ReportReadError extends Error {
  constructor(
    readonly code: ReportReadErrorCode,
    readonly reason: string,
    readonly path?: string,
  ) {
    super(path === undefined ? `Cannot decode the report: ${reason}.` : `Cannot read ${path}: ${reason}.`);
    this.name = 'ReportReadError';
  }
}

const BINARY_REASON = 'it looks like a binary file (it contains NUL bytes), not a text report';

/**
 * Decodes the bytes of a report file.
 * Order: BOM (UTF-8, UTF-16LE, UTF-16BE; the BOM is stripped) → NUL bytes (BOM-less UTF-16 or binary) →
 * strict UTF-8 → UTF-8 with a few damaged sequences → GB18030 (a superset of GBK and GB2312).
 * Throws ReportReadError('binary') for binary data.
 */
export function decodeReportBytes(bytes: Uint8Array): DecodedReport {
  const b0 = bytes[0];
  const b1 = bytes[1];
  const b2 = bytes[2];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (b0 === 0xff && b1 === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }

  const sniff = bytes.subarray(0, BINARY_SNIFF_BYTES);
  if (sniff.includes(0)) {
    const utf16 = decodeBomlessUtf16(bytes, sniff);
    if (utf16) return utf16;
    throw new ReportReadError('binary', BINARY_REASON);
  }

  const strict = tryDecode('utf-8', bytes);
  if (strict !== null) return { text: strict, encoding: 'utf-8' };

  // Mostly valid UTF-8 with a few damaged sequences (a truncated download, one bad byte): keep UTF-8 and let
  // the damage show as U+FFFD, rather than turning the whole file into GB18030 mojibake.
  if (looksLikeDamagedUtf8(bytes)) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  }

  // GB18030 decodes almost any byte sequence, so the result is checked for what binary data turns into:
  // many replacement characters or many control characters.
  const gb = tryDecode('gb18030', bytes) ?? new TextDecoder('gb18030').decode(bytes);
  const head = gb.slice(0, BINARY_SNIFF_BYTES);
  if (replacementRatio(head) > 0.05 || controlRatio(head) > 0.05) {
    throw new ReportReadError('binary', 'it is not text in UTF-8, UTF-16 or GB18030 (it looks like a binary file)');
  }
  return { text: gb, encoding: 'gb18030' };
}

/**
 * Reads and decodes a report file. Errors are ReportReadError with one clear sentence
 * (missing file, directory, permission, too large, binary).
 */
export async function readReportFile(path: string): Promise<DecodedReport> {
  let size: number;
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw new ReportReadError('directory', 'it is a directory, not a file', path);
    if (!stat.isFile()) throw new ReportReadError('not-a-file', 'it is not a regular file', path);
    size = stat.size;
  } catch (err) {
    throw toReadError(err, path);
  }
  if (size > MAX_REPORT_BYTES) {
    throw new ReportReadError(
      'too-large',
      `it is ${formatMegabytes(size)}, larger than the ${formatMegabytes(MAX_REPORT_BYTES)} limit for a report`,
      path,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch (err) {
    throw toReadError(err, path);
  }
  try {
    return decodeReportBytes(bytes);
  } catch (err) {
    if (err instanceof ReportReadError) throw new ReportReadError(err.code, err.reason, path);
    throw err;
  }
}

export function toReadError(err: unknown, path: string): ReportReadError {
  if (err instanceof ReportReadError) return err;
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new ReportReadError('not-found', 'no such file', path);
    case 'EISDIR':
      return new ReportReadError('directory', 'it is a directory, not a file', path);
    case 'EACCES':
    case 'EPERM':
      return new ReportReadError('permission', 'permission denied', path);
    default: {
      const detail = err instanceof Error ? err.message : String(err);
      return new ReportReadError('io', code ? `${code} (${detail})` : detail, path);
    }
  }
}

function tryDecode(encoding: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-16 without a BOM: text mostly in ASCII puts its NUL bytes at odd (LE) or even (BE) offsets only.
 * Accepted only when the NULs sit on one side and the whole file decodes strictly with few control characters.
 */
function decodeBomlessUtf16(bytes: Uint8Array, sniff: Uint8Array): DecodedReport | null {
  if (bytes.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sniff.length; i++) {
    if (sniff[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const encoding = odd > 0 && even === 0 ? 'utf-16le' : even > 0 && odd === 0 ? 'utf-16be' : null;
  if (!encoding) return null;
  const text = tryDecode(encoding, bytes);
  if (text === null || plausibleRatio(text.slice(0, BINARY_SNIFF_BYTES / 2)) < 0.95) return null;
  return { text, encoding };
}

/**
 * Share of UTF-16 code units that Chinese report text is made of: printable ASCII and whitespace, Latin-1,
 * general punctuation, CJK symbols, CJK ideographs, full-width forms, surrogate pairs. Bytes decoded with the wrong
 * byte order or as the wrong encoding scatter over the whole BMP and score far lower.
 */
function plausibleRatio(text: string): number {
  if (text.length === 0) return 1;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0x20 && c <= 0x7e) || c === 0x09 || c === 0x0a || c === 0x0d ||
      (c >= 0xa0 && c <= 0xff) ||
      (c >= 0x2000 && c <= 0x27bf) ||
      (c >= 0x2e80 && c <= 0x33ff) ||
      (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0xd800 && c <= 0xdfff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xffef)
    ) {
      n++;
    }
  }
  return n / text.length;
}

/** Share of C0 control characters other than tab, line feed, vertical tab, form feed and carriage return. */
function controlRatio(text: string): number {
  if (text.length === 0) return 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) n++;
  }
  return n / text.length;
}

function replacementRatio(text: string): number {
  if (text.length === 0) return 0;
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) n++;
  return n / text.length;
}

/**
 * Counts well-formed multi-byte UTF-8 sequences against malformed ones. GBK text read as UTF-8 is almost all
 * malformed; a UTF-8 report with a little damage is almost all well-formed.
 */
function looksLikeDamagedUtf8(bytes: Uint8Array): boolean {
  let good = 0;
  let bad = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= n;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      good++;
      i += len;
    } else {
      bad++;
      i++;
    }
  }
  return good >= 16 && bad * 100 <= good;
}

function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}
