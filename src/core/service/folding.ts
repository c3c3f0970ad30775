/**
 * Folding follows the outline (one region per heading), so “Fold Level 2” folds every （一） at once; page chrome
 * folds as a comment (so “Fold All Block Comments” hides it), a duplicated copy of the report and each later report of
 * a compilation as a region.
 */
import type { OutlineNode } from '../types';
import type { ReportStructure } from '../report';
import type { ReportFoldingRange } from './types';

export function foldingRanges(structure: ReportStructure, text: string): ReportFoldingRange[] {
  const blank = blankLines(text);
  const lastLine = blank.length - 1;
  const ranges: ReportFoldingRange[] = [];
  const { duplicateFromLine } = structure;
  // Outline regions must stop before the second copy, whose lines the outline leaves out.
  const outlineEnd = duplicateFromLine !== null ? Math.min(duplicateFromLine - 1, lastLine) : lastLine;

  const walk = (nodes: readonly OutlineNode[], parentEnd: number): void => {
    nodes.forEach((node, i) => {
      const start = node.range.start.line;
      const next = nodes[i + 1];
      // The range runs to the next sibling's start; a range ending at column 0 does not own that line.
      const rangeEnd = node.range.end.character === 0 ? node.range.end.line - 1 : node.range.end.line;
      const end = skipTrailingBlankLines(blank, start, Math.min(rangeEnd, next ? next.range.start.line - 1 : parentEnd, parentEnd));
      if (end > start) ranges.push({ start, end });
      walk(node.children, Math.max(end, start));
    });
  };
  walk(structure.outline, outlineEnd);

  for (const [start, end] of lineBlocks(blank, structure.chromeLines)) {
    if (end > start && end <= lastLine) ranges.push({ start, end, kind: 'comment' });
  }
  if (duplicateFromLine !== null && duplicateFromLine < lastLine) {
    const end = skipTrailingBlankLines(blank, duplicateFromLine, lastLine);
    if (end > duplicateFromLine) ranges.push({ start: duplicateFromLine, end, kind: 'region' });
  }
  // Each later report of a compilation folds as one region (the analysis does not read it: laterReports.ts).
  structure.laterReports.forEach((r, i) => {
    const next = structure.laterReports[i + 1];
    const end = skipTrailingBlankLines(blank, r.line, Math.min(lastLine, next ? next.line - 1 : lastLine));
    if (end > r.line) ranges.push({ start: r.line, end, kind: 'region' });
  });
  return ranges;
}

/** Which lines (split on \n, as positions are) hold only white space. */
function blankLines(text: string): boolean[] {
  return text.split('\n').map((line) => line.trim().length === 0);
}

/** A folded region that ends on blank lines hides the gap before the next heading; keep that gap visible. */
function skipTrailingBlankLines(blank: readonly boolean[], start: number, end: number): number {
  let line = Math.min(end, blank.length - 1);
  while (line > start && blank[line]) line--;
  return line;
}

/**
 * Runs of chrome lines ([3, 4, 5, 9] → [3, 5], [9, 9]), in any input order. Blank lines between chrome lines
 * join the run: scraped pages put empty lines between breadcrumb, source and editor lines.
 */
function lineBlocks(blank: readonly boolean[], lines: readonly number[]): Array<[number, number]> {
  const sorted = [...lines].sort((a, b) => a - b);
  const blocks: Array<[number, number]> = [];
  for (const line of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && line <= last[1] + 1) last[1] = Math.max(last[1], line);
    else if (last && onlyBlankBetween(blank, last[1], line)) last[1] = line;
    else blocks.push([line, line]);
  }
  return blocks;
}

function onlyBlankBetween(blank: readonly boolean[], from: number, to: number): boolean {
  if (to >= blank.length) return false;
  for (let line = from + 1; line < to; line++) if (!blank[line]) return false;
  return true;
}
