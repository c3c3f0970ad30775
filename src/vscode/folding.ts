import * as vscode from 'vscode';
import type { OutlineNode, ReportModel } from '../core';
import type { ReportService } from './reportService';

/**
 * Folding follows the outline (one region per heading), so "Fold Level 2" folds every （一） at once;
 * page chrome folds as a comment (so "Fold All Block Comments" hides it) and a duplicated copy as a region.
 */
export function registerFoldingSupport(selector: vscode.DocumentSelector, service: ReportService): vscode.Disposable {
  const provider: vscode.FoldingRangeProvider = {
    async provideFoldingRanges(document, _context, token) {
      const model = await service.getModel(document, token);
      return model ? foldingRanges(document, model) : [];
    },
  };
  return vscode.languages.registerFoldingRangeProvider(selector, provider);
}

function foldingRanges(document: vscode.TextDocument, model: ReportModel): vscode.FoldingRange[] {
  const ranges: vscode.FoldingRange[] = [];
  const lastLine = document.lineCount - 1;
  // Outline regions must stop before the second copy, whose lines the outline leaves out.
  const outlineEnd = model.duplicateFromLine !== null ? Math.min(model.duplicateFromLine - 1, lastLine) : lastLine;

  const walk = (nodes: readonly OutlineNode[], parentEnd: number): void => {
    nodes.forEach((node, i) => {
      const start = node.range.start.line;
      const next = nodes[i + 1];
      // The range runs to the next sibling's start; a range ending at column 0 does not own that line.
      const rangeEnd = node.range.end.character === 0 ? node.range.end.line - 1 : node.range.end.line;
      let end = Math.min(rangeEnd, next ? next.range.start.line - 1 : parentEnd, parentEnd);
      end = skipTrailingBlankLines(document, start, end);
      if (end > start) ranges.push(new vscode.FoldingRange(start, end));
      walk(node.children, Math.max(end, start));
    });
  };
  walk(model.outline, outlineEnd);

  for (const [start, end] of lineBlocks(document, model.chromeLines)) {
    if (end > start && end <= lastLine) ranges.push(new vscode.FoldingRange(start, end, vscode.FoldingRangeKind.Comment));
  }
  if (model.duplicateFromLine !== null && model.duplicateFromLine < lastLine) {
    const end = skipTrailingBlankLines(document, model.duplicateFromLine, lastLine);
    if (end > model.duplicateFromLine) ranges.push(new vscode.FoldingRange(model.duplicateFromLine, end, vscode.FoldingRangeKind.Region));
  }
  return ranges;
}

/** A folded region that ends on blank lines hides the gap before the next heading; keep that gap visible. */
function skipTrailingBlankLines(document: vscode.TextDocument, start: number, end: number): number {
  let line = Math.min(end, document.lineCount - 1);
  while (line > start && document.lineAt(line).isEmptyOrWhitespace) line--;
  return line;
}

/**
 * Runs of chrome lines ([3, 4, 5, 9] → [3, 5], [9, 9]), in any input order. Blank lines between chrome lines
 * join the run: scraped pages put empty lines between breadcrumb, source and editor lines.
 */
function lineBlocks(document: vscode.TextDocument, lines: readonly number[]): Array<[number, number]> {
  const sorted = [...lines].sort((a, b) => a - b);
  const blocks: Array<[number, number]> = [];
  for (const line of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && line <= last[1] + 1) last[1] = Math.max(last[1], line);
    else if (last && onlyBlankBetween(document, last[1], line)) last[1] = line;
    else blocks.push([line, line]);
  }
  return blocks;
}

function onlyBlankBetween(document: vscode.TextDocument, from: number, to: number): boolean {
  if (to >= document.lineCount) return false;
  for (let line = from + 1; line < to; line++) {
    if (!document.lineAt(line).isEmptyOrWhitespace) return false;
  }
  return true;
}
