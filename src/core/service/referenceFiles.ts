/**
 * Find All References grouped by file for a view of its own. VS Code's References view sorts files by path, so the
 * open report could come last; the service already gives its mentions in the order a reader wants — the open
 * report, then the same place's other years, then other places (the order Show Chart uses too) — and this keeps it.
 */
import { comparePositions } from '../positions';
import type { Range } from '../types';
import type { ReportLocationRange } from './types';

export interface ReferenceFile {
  readonly uri: string;
  /** The file's mentions in document order. */
  readonly ranges: readonly Range[];
}

/** Files in the order they first appear among `locations`, each with its ranges in document order, once each. */
export function referenceFiles(locations: readonly ReportLocationRange[]): ReferenceFile[] {
  const byUri = new Map<string, Range[]>();
  for (const { uri, range } of locations) {
    const ranges = byUri.get(uri) ?? [];
    if (!ranges.some((r) => comparePositions(r.start, range.start) === 0 && comparePositions(r.end, range.end) === 0)) ranges.push(range);
    byUri.set(uri, ranges);
  }
  return [...byUri].map(([uri, ranges]) => ({ uri, ranges: ranges.sort((a, b) => comparePositions(a.start, b.start) || comparePositions(a.end, b.end)) }));
}
