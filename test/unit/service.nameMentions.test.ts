/**
 * Find All References on a named programme or a quoted term follows the name into the workspace's other reports (a
 * fifth trial's analyst followed a programme across years by hand).
 */
import { describe, expect, it } from 'vitest';
import { literalMentions } from '../../src/core/workspace/nameMentions';
import type { Range } from '../../src/core';
import { readCorpus } from '../support/corpus';
import { InMemoryWorkspace, never, testService, textDocument, uriOf } from '../support/inMemoryWorkspace';

/** The text a range covers, by the lines VS Code would show (\r\n, \r and \n end a line). */
const textAt = (text: string, range: Range): string => (text.split(/\r\n|\r|\n/u)[range.start.line] ?? '').slice(range.start.character, range.end.character);

describe('a name across the workspace’s reports', () => {
  it('lists a programme’s mentions in last year’s and next year’s reports after this report’s own', async () => {
    const workspace = new InMemoryWorkspace();
    for (const year of [2016, 2017, 2018]) workspace.copyCorpus(`national/${year}.txt`);
    const service = testService({ workspace });
    await service.workspace!.crossReportReady(never);
    const self = uriOf('national/2017.txt');
    const text = readCorpus('national/2017.txt');
    const model = (await service.getModel(textDocument(self, text), never))!;
    const link = model.references.find((r) => r.key === 'entity:长江经济带')!;
    const refs = await service.getReferences(textDocument(self, text), link.from.range.start, { includeDeclaration: true }, never);
    const own = refs.filter((r) => r.uri === self);
    expect(own.length).toBe(2);
    const byReport = new Map<string, Range[]>();
    for (const r of refs.filter((x) => x.uri !== self)) byReport.set(r.uri, [...(byReport.get(r.uri) ?? []), r.range]);
    // The same place's reports by year; every range covers the name as written there.
    expect([...byReport.keys()]).toEqual([uriOf('national/2016.txt'), uriOf('national/2018.txt')]);
    for (const [uri, ranges] of byReport) {
      const other = readCorpus(uri === uriOf('national/2016.txt') ? 'national/2016.txt' : 'national/2018.txt');
      expect(ranges.length).toBe(other.split('长江经济带').length - 1);
      for (const range of ranges) expect(textAt(other, range)).toBe('长江经济带');
    }
  });

  it('gives VS Code positions in text with \\r\\n, \\r or \\n line ends alike', () => {
    const lf = readCorpus('national/2016.txt');
    for (const text of [lf, lf.replace(/\n/gu, '\r\n'), lf.replace(/\n/gu, '\r')]) {
      const ranges = literalMentions(text, '一带一路');
      expect(ranges.length).toBe(lf.split('一带一路').length - 1);
      for (const range of ranges) expect(textAt(text, range)).toBe('一带一路');
    }
  });
});
