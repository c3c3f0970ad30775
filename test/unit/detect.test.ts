import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectReport, looksBinary, mojibakeOf } from '../../src/core';
import { SEED, readCorpus } from '../support/corpus';
import { corpusFiles } from '../support/expectedOutline';

describe('report detection on the opening of a plain-text file', () => {
  it('accepts every corpus report, including the seed behind its three ad lines', () => {
    expect(detectReport(readCorpus(SEED))).toEqual({ isReport: true, reason: 'report title' });
    for (const f of corpusFiles().filter((f) => !f.endsWith('.gbk.txt'))) expect(detectReport(readCorpus(f)).isReport, f).toBe(true);
  });

  it('accepts a report that opens with the salutation only', () => {
    expect(detectReport('各位代表：\n\n现在，我代表市人民政府，向大会报告工作。').reason).toBe('各位代表 salutation');
  });

  // A ninth trial: a Hebei city archive opens every file with a scraper's header; its title label is page chrome, and a
  // report whose body starts with “2015年工作回顾：” (no salutation, no 一、 in the opening) stayed plain text.
  it('reads the title in a scraper’s 标题： label, which is chrome for the outline', () => {
    const opening = [
      '标题：政府工作报告——2016年1月25日在保定市第十四届人民代表大会第六次会议上',
      '发文单位：保定市人民政府',
      '发文时间：2016-01-25',
      '来源URL：http://bd.mzfzw.net/',
      '',
      '正文：',
      '',
      '2015年工作回顾：',
      '',
      '2015年，在省委、省政府和市委的坚强领导下，全市上下坚持稳中求进工作总基调，主动适应经济发展新常态。',
    ].join('\n');
    expect(detectReport(opening)).toEqual({ isReport: true, reason: 'report title' });
    // The label alone names nothing: other scraper labels with a title-like word stay chrome.
    expect(detectReport(opening.replace('标题：政府工作报告', '备注：政府工作报告')).isReport).toBe(false);
  });

  // Session 37 (editor37), in the real editor: 徐水区-2018 opened as Plain Text — no outline, no hover, and the workspace
  // index left it out of every series. Its line breaks are written out as \r\n escapes (a spreadsheet cell), so the
  // whole report is one line and its salutation and headings start no line. 10 of the 27 such free src32 texts (outside
  // ../shared/corpus) were not detected; none of the 107 others failed, and all 134 are detected with the escapes read.
  it('reads a report written on one line with \\r\\n escapes as the lines they stand for', () => {
    // src32 徐水区-2018 (outside ../shared/corpus), its opening: salutation on the third escaped line.
    const xushui =
      '在保定市徐水区第二届人民代表大会第二次会议上\\r\\n保定市徐水区人民政府区长李志永\\r\\n各位代表：\\r\\n' +
      '现在，我代表徐水区人民政府向大会报告工作，请予审议，并请政协委员和列席会议的同志提出意见。\\r\\n一、2017年工作回顾\\r\\n' +
      '2017年，在上级党委、政府和区委的正确领导下，';
    expect(detectReport(xushui)).toEqual({ isReport: true, reason: '各位代表 salutation' });
    // src32 容城县-2015 (outside ../shared/corpus): no title or salutation, the heading pattern on escaped lines (the text between
    // its two headings cut to ……).
    const rongcheng =
      '一、 2014年工作回顾 \\r\\n2014年，在市委、市政府和县委的坚强领导下，县政府牢牢把握“稳增长、调结构、促改革、惠民生”主基调，…… \\r\\n' +
      '二、 2015年工作总体要求 \\r\\n2015年是贯彻落实党的十八届三中、四中全会精神，全面深化改革的关键之年，';
    expect(detectReport(rongcheng)).toEqual({ isReport: true, reason: 'heading pattern and report vocabulary' });
    // Escapes read as breaks do not make prose a report.
    expect(detectReport('今天天气很好。\\r\\n一、买菜\\r\\n二、做饭').isReport).toBe(false);
  });

  it('rejects ordinary Chinese prose, code, English and empty text', () => {
    expect(detectReport('今天天气很好，我们去公园散步。\n一、买菜\n二、做饭').isReport).toBe(false);
    expect(detectReport('const x = 1;\nfunction f() {}').isReport).toBe(false);
    expect(detectReport('The quick brown fox.').isReport).toBe(false);
    expect(detectReport('').isReport).toBe(false);
  });

  it('only looks at the opening: a title deep inside a long file does not count', () => {
    expect(detectReport(`${'这是一段很长的无关文字。\n'.repeat(5000)}政府工作报告`).isReport).toBe(false);
  });
});

describe('mojibakeOf: a GBK report read with the wrong encoding', () => {
  const bytes = readFileSync('test/fixtures/corpus/local/hailar-2019.gbk.txt');

  it('recognises GBK bytes decoded as UTF-8 and as Latin-1', () => {
    expect(mojibakeOf(new TextDecoder('utf-8').decode(bytes))).toBe('gbk-as-utf8');
    expect(mojibakeOf(new TextDecoder('latin1').decode(bytes))).toBe('gbk-as-latin1');
  });

  it('leaves correctly decoded reports, English text and near-empty text alone', () => {
    expect(mojibakeOf(new TextDecoder('gb18030').decode(bytes))).toBeNull();
    expect(mojibakeOf(readFileSync('test/fixtures/corpus/000_4ff7010d533e2b03.txt', 'utf8'))).toBeNull();
    expect(mojibakeOf('The quick brown fox jumps over the lazy dog, café and naïve résumé included.')).toBeNull();
    expect(mojibakeOf('\ufffd\ufffd')).toBeNull();
  });
});

describe('mojibakeOf: UTF-16 without a byte-order mark read as an 8-bit encoding', () => {
  // Reports saved as Windows "Unicode" without a BOM: VS Code guesses UTF-16 only from NULs in the first 512 bytes,
  // which a report opening with Chinese text does not have there.
  const seed = readFileSync('test/fixtures/corpus/000_4ff7010d533e2b03.txt', 'utf8');
  const national = readFileSync('test/fixtures/corpus/national/2024.txt', 'utf8');
  // 1956 opens many lines with 一 (U+4E00), whose own zero byte sits beside the line break's.
  const old = readFileSync('test/fixtures/corpus/national/1956.txt', 'utf8');

  it('names the byte order, whatever 8-bit decoder showed the bytes', () => {
    for (const text of [seed, national, old]) {
      const le = Buffer.from(text, 'utf16le');
      const be = Buffer.from(le).swap16();
      for (const encoding of ['utf-8', 'latin1', 'gb18030']) {
        expect(mojibakeOf(new TextDecoder(encoding).decode(le)), encoding).toBe('utf16le-as-8bit');
        expect(mojibakeOf(new TextDecoder(encoding).decode(be)), encoding).toBe('utf16be-as-8bit');
      }
    }
  });

  it('does not take binary data with NULs for it', () => {
    for (const bytes of [readFileSync('media/screenshots/outline.png'), readFileSync(process.execPath).subarray(0, 65536)]) {
      for (const encoding of ['utf-8', 'latin1', 'gb18030']) expect(mojibakeOf(new TextDecoder(encoding).decode(bytes)), encoding).toBeNull();
    }
  });
});

describe('looksBinary: binary data opened as text', () => {
  // An image and an executable read as UTF-8 and as Latin-1, as an editor would show them.
  const binaries = [readFileSync('media/screenshots/outline.png'), readFileSync(process.execPath).subarray(0, 65536)];

  it('recognises them, and never calls them a misread GBK report', () => {
    for (const bytes of binaries) {
      for (const encoding of ['utf-8', 'latin1']) {
        const text = new TextDecoder(encoding).decode(bytes);
        expect(looksBinary(text)).toBe(true);
        expect(mojibakeOf(text)).toBeNull();
      }
    }
  });

  it('leaves reports alone, CRLF and GBK misread as UTF-8 included', () => {
    const seed = readFileSync('test/fixtures/corpus/000_4ff7010d533e2b03.txt', 'utf8');
    expect(looksBinary(seed)).toBe(false);
    expect(looksBinary(seed.replace(/\n/g, '\r\n'))).toBe(false);
    expect(looksBinary(new TextDecoder('utf-8').decode(readFileSync('test/fixtures/corpus/local/hailar-2019.gbk.txt')))).toBe(false);
    expect(looksBinary('')).toBe(false);
  });
});
