/** What makes a detected text a report and not a page about one: its body (reportFiles.ts hasReportBody). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasReportBody, indexesAsReport, MIN_BODY_HAN, readsAsReport } from '../../src/core/workspace/reportFiles';
import { indexReport } from '../../src/core/workspace/indexedReport';
import { decodeReportBytes } from '../../src/node/readReport';
import { readFileSync } from 'node:fs';

const ROOT = 'test/fixtures/corpus';
const corpus = (): string[] => [
  ...readdirSync(ROOT).filter((f) => f.endsWith('.txt')),
  ...['national', 'local'].flatMap((dir) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.txt')).map((f) => `${dir}/${f}`)),
];
const textOf = (path: string): string => decodeReportBytes(readFileSync(join(ROOT, path))).text;

describe('a report’s body', () => {
  it('is there in every report of the corpus (GBK and CRLF ones too), which all read as reports', () => {
    const files = corpus();
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      expect(hasReportBody(textOf(file)), file).toBe(true);
      expect(indexesAsReport(textOf(file), false), file).toBe(true);
    }
  });

  it('is not there in a report’s title block and opening sentence alone, which detection still takes for a report', () => {
    for (const file of corpus()) {
      const lines = textOf(file).split('\n');
      // Up to the first full stop: a newspaper digest (保定市-2026, session 33) opens straight into a long paragraph, whose
      // first sentence is the opening sentence and the rest is body.
      const head = lines.slice(0, lines.findIndex((l) => l.includes('。')) + 1).join('\n');
      const opening = head.slice(0, head.indexOf('。') + 1);
      expect(hasReportBody(opening), file).toBe(false);
    }
  });

  // Review (session 22): the body rule is the index's (indexesAsReport), not indexReport's, whose comment said they
  // were one rule — a test's excerpt of real sentences is read; the same text found in a folder is not indexed.
  it('is asked of a file an index finds, not of a text given on its own (indexReport)', () => {
    const lines = textOf('national/2018.txt').split('\n');
    const excerpt = lines.slice(0, lines.findIndex((l) => l.includes('。')) + 1).join('\n');
    expect(readsAsReport(excerpt, false)).toBe(true);
    expect(indexesAsReport(excerpt, false)).toBe(false);
    expect(indexReport('file:///excerpt/2018.txt', excerpt, { fileName: '2018.txt' })?.meta.year).toBe(2018);
  });

  it('counts Han characters only on lines with a full stop, whatever the line ends', () => {
    const sentence = `${'经济'.repeat(50)}。`; // 100 Han characters
    const body = Array.from({ length: MIN_BODY_HAN / 100 }, () => sentence);
    expect(hasReportBody(body.join('\n'))).toBe(true);
    expect(hasReportBody(body.join('\r\n'))).toBe(true);
    expect(hasReportBody(body.slice(1).join('\n'))).toBe(false);
    // Navigation links and headings, however many, have no full stop.
    expect(hasReportBody(Array.from({ length: 500 }, () => '【河北遴选考点】政府工作报告全文').join('\n'))).toBe(false);
  });
});
