import { mkdtempSync, promises, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { decodeReportBytes, MAX_REPORT_BYTES, readReportFile, ReportReadError } from '../../src/node/readReport';

const EDGE = 'test/fixtures/edge';
const SEED = 'test/fixtures/corpus/000_4ff7010d533e2b03.txt';
const PLAIN = readFileSync(`${EDGE}/plain.txt`, 'utf8');

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const utf16le = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'utf16le'));
const utf16be = (s: string): Uint8Array => {
  const le = utf16le(s);
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
};
const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));

function expectBinaryRefused(data: Uint8Array): void {
  let error: unknown;
  try {
    decodeReportBytes(data);
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(ReportReadError);
  expect((error as ReportReadError).code).toBe('binary');
  expect((error as ReportReadError).message).toMatch(/^[^\n]+\.$/u);
}

describe('decodeReportBytes: byte order marks', () => {
  it('strips a UTF-8 BOM', () => {
    const result = decodeReportBytes(concat(bytes(0xef, 0xbb, 0xbf), utf8('一、总体要求\r\n')));
    expect(result).toEqual({ text: '一、总体要求\r\n', encoding: 'utf-8' });
  });

  it('decodes UTF-16LE with a BOM and strips it', () => {
    const result = decodeReportBytes(concat(bytes(0xff, 0xfe), utf16le('各位代表：\n𠀀6.1%')));
    expect(result).toEqual({ text: '各位代表：\n𠀀6.1%', encoding: 'utf-16le' });
  });

  it('decodes UTF-16BE with a BOM and strips it', () => {
    const result = decodeReportBytes(concat(bytes(0xfe, 0xff), utf16be('各位代表：\n𠀀6.1%')));
    expect(result).toEqual({ text: '各位代表：\n𠀀6.1%', encoding: 'utf-16be' });
  });

  it('decodes the BOM fixtures to the same text as the plain UTF-8 fixture', () => {
    expect(decodeReportBytes(readFileSync(`${EDGE}/utf8-bom.txt`))).toEqual({ text: PLAIN, encoding: 'utf-8' });
    expect(decodeReportBytes(readFileSync(`${EDGE}/utf16le-bom.txt`))).toEqual({ text: PLAIN, encoding: 'utf-16le' });
    expect(decodeReportBytes(readFileSync(`${EDGE}/utf16be-bom.txt`))).toEqual({ text: PLAIN, encoding: 'utf-16be' });
  });

  it('decodes UTF-16LE without a BOM when its NUL bytes are all on odd offsets', () => {
    const result = decodeReportBytes(utf16le('1.各位代表：\n2.现在，我代表市人民政府\n'));
    expect(result).toEqual({ text: '1.各位代表：\n2.现在，我代表市人民政府\n', encoding: 'utf-16le' });
  });

  it('decodes UTF-16BE without a BOM when its NUL bytes are all on even offsets', () => {
    expect(decodeReportBytes(utf16be('1.各位代表：\n')).encoding).toBe('utf-16be');
  });
});

describe('decodeReportBytes: GBK / GB18030', () => {
  it('decodes GBK bytes', () => {
    // 政府工作报告：一、 in GBK
    const gbk = bytes(0xd5, 0xfe, 0xb8, 0xae, 0xb9, 0xa4, 0xd7, 0xf7, 0xb1, 0xa8, 0xb8, 0xe6, 0xa3, 0xba, 0xd2, 0xbb, 0xa1, 0xa2);
    expect(decodeReportBytes(gbk)).toEqual({ text: '政府工作报告：一、', encoding: 'gb18030' });
  });

  it('decodes GB18030 four-byte sequences', () => {
    expect(decodeReportBytes(concat(bytes(0xb8, 0xe6, 0x95, 0x32, 0x82, 0x36)))).toEqual({ text: '告𠀀', encoding: 'gb18030' });
  });

  it('decodes the GBK CRLF fixture to the plain text with CRLF line endings', () => {
    expect(decodeReportBytes(readFileSync(`${EDGE}/gbk-crlf.txt`))).toEqual({ text: PLAIN.replace(/\n/g, '\r\n'), encoding: 'gb18030' });
  });

  it('decodes the GBK corpus original to exactly its UTF-8 copy', () => {
    const gbk = decodeReportBytes(readFileSync('test/fixtures/corpus/local/hailar-2019.gbk.txt'));
    expect(gbk.encoding).toBe('gb18030');
    expect(gbk.text).toBe(readFileSync('test/fixtures/corpus/local/hailar-2019.txt', 'utf8'));
  });
});

describe('decodeReportBytes: UTF-8 without BOM', () => {
  it('keeps strict UTF-8 as UTF-8 even when the bytes are also valid GB18030', () => {
    // E4 B8 80 E3 80 81 ("一、") is also a valid GB18030 byte sequence (three other characters).
    expect(decodeReportBytes(utf8('一、'))).toEqual({ text: '一、', encoding: 'utf-8' });
  });

  it('reads a whole UTF-8 report as UTF-8', () => {
    const seed = readFileSync(SEED);
    expect(decodeReportBytes(seed)).toEqual({ text: seed.toString('utf8'), encoding: 'utf-8' });
  });

  it('treats plain ASCII and the empty file as UTF-8', () => {
    expect(decodeReportBytes(utf8('GDP 6.1%\n'))).toEqual({ text: 'GDP 6.1%\n', encoding: 'utf-8' });
    expect(decodeReportBytes(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('keeps a UTF-8 report with a little damage as UTF-8, showing the damage as U+FFFD', () => {
    const seed = readFileSync(SEED);
    const truncated = seed.subarray(0, seed.length - 1); // cuts the last multi-byte character in half
    const damaged = Uint8Array.from(seed);
    damaged[2000] = 0xff;
    for (const data of [truncated, damaged]) {
      const result = decodeReportBytes(data);
      expect(result.encoding).toBe('utf-8');
      expect(result.text).toContain('\ufffd');
      expect(result.text).toContain('苏州');
    }
  });

  it('does not take GBK for damaged UTF-8', () => {
    expect(decodeReportBytes(readFileSync('test/fixtures/corpus/local/hailar-2019.gbk.txt')).encoding).toBe('gb18030');
  });
});

describe('decodeReportBytes: binary data', () => {
  it('refuses a PNG (NUL bytes near the start)', () => {
    expectBinaryRefused(readFileSync(`${EDGE}/binary.png`));
  });

  it('refuses text with a NUL byte that is not UTF-16', () => {
    expectBinaryRefused(concat(utf8('一、总体要求'), bytes(0), utf8('abc')));
    expectBinaryRefused(bytes(0x00, 0x00, 0x41, 0x00, 0x42, 0x00));
  });

  it('refuses random bytes without NULs', () => {
    let seed = 12345;
    const random = new Uint8Array(4096);
    for (let i = 0; i < random.length; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      random[i] = ((seed >>> 16) % 255) + 1;
    }
    expectBinaryRefused(random);
  });

  it('looks for NULs only in the first 8 KB', () => {
    const text = '各位代表：'.repeat(2000);
    const data = concat(utf8(text), bytes(0));
    expect(decodeReportBytes(data).text).toBe(`${text}\u0000`);
  });
});

describe('readReportFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'govreport-read-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function readError(path: string): Promise<ReportReadError> {
    try {
      await readReportFile(path);
    } catch (err) {
      expect(err).toBeInstanceOf(ReportReadError);
      return err as ReportReadError;
    }
    throw new Error(`expected ${path} to be refused`);
  }

  it('reads and decodes a file', async () => {
    expect(await readReportFile(`${EDGE}/gbk-crlf.txt`)).toEqual({ text: PLAIN.replace(/\n/g, '\r\n'), encoding: 'gb18030' });
  });

  it('explains a missing file in one sentence', async () => {
    const error = await readError(join(dir, 'missing.txt'));
    expect(error.code).toBe('not-found');
    expect(error.message).toBe(`Cannot read ${join(dir, 'missing.txt')}: no such file.`);
  });

  it('explains a path through a file as a missing file', async () => {
    expect((await readError(`${EDGE}/plain.txt/child.txt`)).code).toBe('not-found');
  });

  it('refuses a directory', async () => {
    const error = await readError(EDGE);
    expect(error.code).toBe('directory');
    expect(error.message).toMatch(/^Cannot read [^\n]+: it is a directory, not a file\.$/u);
  });

  it('refuses a binary file', async () => {
    const error = await readError(`${EDGE}/binary.png`);
    expect(error.code).toBe('binary');
    expect(error.path).toBe(`${EDGE}/binary.png`);
  });

  it(`refuses a file larger than ${MAX_REPORT_BYTES / 1024 / 1024} MB without reading it`, async () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, '');
    truncateSync(big, MAX_REPORT_BYTES + 1); // sparse: no 50 MB written
    const error = await readError(big);
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/larger than the 50 MB limit/u);
  });

  it('refuses a file without read permission', async () => {
    const locked = join(dir, 'locked.txt');
    writeFileSync(locked, '各位代表：', { mode: 0o000 });
    // Root (as in CI) reads everything, so the operating system's refusal is simulated there.
    const denied = Object.assign(new Error(`EACCES: permission denied, open '${locked}'`), { code: 'EACCES' });
    const spy = process.getuid?.() === 0 ? vi.spyOn(promises, 'readFile').mockRejectedValueOnce(denied) : null;
    try {
      const error = await readError(locked);
      expect(error.code).toBe('permission');
      expect(error.message).toMatch(/permission denied\.$/u);
    } finally {
      spy?.mockRestore();
    }
  });
});
