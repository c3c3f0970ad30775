import { describe, expect, it } from 'vitest';
import type { OutlineNode } from '../../src/core';
import { analyzeReport } from '../../src/core';
import { readCorpus } from '../support/corpus';

/** The chain of titles from a top-level node down to the node that starts on `line`. */
function pathTo(nodes: readonly OutlineNode[], line: number): string[] {
  for (const node of nodes) {
    if (node.selectionRange.start.line === line) return [`${node.marker}${node.title}`];
    const below = pathTo(node.children, line);
    if (below.length > 0) return [`${node.marker}${node.title}`, ...below];
  }
  return [];
}

describe('points a paragraph announces for itself', () => {
  // National 2017 part 二 has two leads (财政政策要更加积极有效。/ 货币政策要保持稳健中性。), then a paragraph of its own:
  // “做好今年政府工作，要把握好以下几点。一是…五是…” — a tenth trial found those five points under the monetary-policy lead in
  // the breadcrumbs.
  it('puts them under the part, not under the lead before them (national 2017 part 二)', () => {
    const outline = analyzeReport(readCorpus('national/2017.txt')).outline;
    const line = readCorpus('national/2017.txt').split('\n').findIndex((l) => l.startsWith('做好今年政府工作，要把握好以下几点。一是'));
    const path = pathTo(outline, line);
    expect(path).toHaveLength(2);
    expect(path[0]).toMatch(/^二、/u);
    expect(path[1]).toMatch(/^一是贯彻稳中求进工作总基调/u);
  });
});
