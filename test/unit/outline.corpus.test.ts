import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import type { OutlineScore } from '../support/expectedOutline';
import { CORPUS, comparableNodes, corpusFiles, expectedDepth, normTitle, readExpected, scoreOutline } from '../support/expectedOutline';

const utf8Files = corpusFiles().filter((f) => !f.endsWith('.gbk.txt'));

/**
 * Depth-2 expectations (parts and sections) must match exactly. Depth-3 expectations (written for the reports
 * added in the second round: leads, standalone sub-headings, dash leads, older national layouts) are scored —
 * headings found, level right, false nodes at the top two levels — pooled, against floors a little under what
 * the parser achieves today (printed), so a regression fails.
 */
const FLOORS = { found: 0.82, levelRight: 0.95, falseTop: 80 };

describe('outline of every corpus report matches the expectations written by reading it', () => {
  it('has an expectation file for every corpus report', () => {
    expect(utf8Files.length).toBeGreaterThanOrEqual(41);
    for (const f of utf8Files) expect(() => readExpected(f), f).not.toThrow();
  });

  const deep: Array<{ file: string; s: OutlineScore }> = [];
  for (const file of utf8Files) {
    const depth = ((): number => {
      try {
        return expectedDepth(file);
      } catch {
        return 2;
      }
    })();
    const text = (): string => readFileSync(join(CORPUS, file), 'utf8');
    if (depth <= 2) {
      it(`${file}: every part and section, with level, kind, marker and title`, () => {
        const t = text();
        const actual = comparableNodes(analyzeReport(t).outline, t.split('\n')).map(show);
        expect(actual).toEqual(readExpected(file).map(show));
      });
      continue;
    }
    it(`${file}: parts are found at level 1 (all headings are scored, pooled, below)`, () => {
      const t = text();
      const s = scoreOutline(comparableNodes(analyzeReport(t).outline, t.split('\n'), depth), readExpected(file));
      deep.push({ file, s });
      const parts = readExpected(file).filter((e) => e.level === 1).length;
      const partsWrong = s.missed.filter((m) => m.level === 1).length + s.wrongLevel.filter((w) => w.expected.level === 1).length;
      // At most one part of a report lost (national 1955 reads a list item “四、…” in a section as a part and so
      // misses the real part 四: an open outline issue); the pooled test below holds the overall rate.
      expect(partsWrong, `parts missed or misplaced: ${s.missed.filter((m) => m.level === 1).map((m) => `L${m.line} ${m.title}`).join(' | ')}`).toBeLessThanOrEqual(1);
      expect(parts).toBeGreaterThan(0);
    });
  }

  it('depth-3 expectations, pooled: headings found, level right, no false top-level nodes', () => {
    const sum = (f: (s: OutlineScore) => number): number => deep.reduce((a, d) => a + f(d.s), 0);
    const expected = sum((s) => s.expected);
    const found = sum((s) => s.found) / expected;
    const levelRight = sum((s) => s.levelRight) / Math.max(1, sum((s) => s.found));
    const falseTop = sum((s) => s.falseTop.length);
    const parts = deep.flatMap((d) => d.s.missed.filter((m) => m.level === 1)).length;
    const partsExpected = deep.reduce((a, d) => a + readExpected(d.file).filter((e) => e.level === 1).length, 0);
    console.log(
      [
        ...deep.map((d) => `${d.file.padEnd(28)} found ${d.s.found}/${d.s.expected}  level right ${d.s.levelRight}/${d.s.found}  false top-level ${d.s.falseTop.length}`),
        `outline, depth-3 pooled (${deep.length} reports, ${expected} headings): found ${found.toFixed(3)}  level right ${levelRight.toFixed(3)}  false top-level nodes ${falseTop}  parts found ${partsExpected - parts}/${partsExpected}`,
      ].join('\n'),
    );
    expect(deep.length).toBeGreaterThanOrEqual(22);
    expect(found).toBeGreaterThanOrEqual(FLOORS.found);
    expect(levelRight).toBeGreaterThanOrEqual(FLOORS.levelRight);
    expect(falseTop).toBeLessThanOrEqual(FLOORS.falseTop);
    expect((partsExpected - parts) / partsExpected).toBeGreaterThanOrEqual(0.98);
  });
});

function show(n: { line: number; level: number; kind: string; marker: string; title: string }): string {
  return `${n.line}\t${n.level}\t${n.kind}\t${normTitle(n.marker)}\t${normTitle(n.title)}`;
}
