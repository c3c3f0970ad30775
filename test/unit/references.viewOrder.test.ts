/**
 * The References view's files (referenceFiles): the open report first, then the same place's other years — the
 * service's order, kept — where VS Code's own view sorts files by path (a user trial: the open report came last).
 */
import { describe, expect, it } from 'vitest';
import { referenceFiles } from '../../src/core/service';
import { readCorpus } from '../support/corpus';
import { InMemoryWorkspace, never, testService, textDocument, uriOf } from '../support/inMemoryWorkspace';

describe('Find All References grouped by file', () => {
  it('lists the open report first though its path sorts last, then the other years, each file’s mentions in order', async () => {
    const workspace = new InMemoryWorkspace();
    workspace.copyCorpus('national/2016.txt', 'a/2016.txt');
    workspace.copyCorpus('national/2018.txt', 'a/2018.txt');
    const self = workspace.copyCorpus('national/2017.txt', 'z/2017.txt');
    const service = testService({ workspace });
    await service.workspace!.crossReportReady(never);
    const text = readCorpus('national/2017.txt');
    const model = (await service.getModel(textDocument(self, text), never))!;
    const gdp = model.indicators.find((i) => i.groupKey === 'lexicon:grp' && i.status === 'target')!;
    const found = await service.getReferences(textDocument(self, text), gdp.range.start, { includeDeclaration: true }, never);
    const files = referenceFiles(found);
    expect(files.map((f) => f.uri)).toEqual([self, ...[uriOf('a/2016.txt'), uriOf('a/2018.txt')].filter((u) => found.some((l) => l.uri === u))]);
    expect(files.length).toBeGreaterThan(1);
    // Path order, what the built-in view shows, would have put the open report last.
    expect([...files.map((f) => f.uri)].sort().at(-1)).toBe(self);
    for (const file of files) {
      const lines = file.ranges.map((r) => r.start.line * 1e6 + r.start.character);
      expect(lines).toEqual([...lines].sort((a, b) => a - b));
    }
    // Every location once, none lost.
    expect(files.reduce((n, f) => n + f.ranges.length, 0)).toBe(new Set(found.map((l) => `${l.uri}#${l.range.start.line}:${l.range.start.character}`)).size);
  });
});
