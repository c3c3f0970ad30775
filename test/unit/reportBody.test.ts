/** What makes a detected text a report and not a page about one: its body (reportFiles.ts hasReportBody). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasReportBody, indexesAsReport, MIN_BODY_HAN } from '../../src/core/workspace/reportFiles';
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
      const opening = lines.slice(0, lines.findIndex((l) => l.includes('。')) + 1).join('\n');
      expect(hasReportBody(opening), file).toBe(false);
    }
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
