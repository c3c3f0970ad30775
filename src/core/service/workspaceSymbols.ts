/**
 * Go to Symbol in Workspace (Ctrl+T): the headings of every report in the workspace, so “十四五” finds the 十四五
 * sections of all years' reports. Open reports are read live (unsaved edits show) and listed first, so that they are
 * never the ones cut by the limit; closed files come from the index.
 */
import { translator } from '../l10n/translate';
import type { OutlineKind, Range } from '../types';
import type { IndexedFile } from '../workspace/reportIndex';
import { normalizeForMatch } from '../workspace/symbols';
import type { IndexedSymbol } from '../workspace/symbols';

/** An empty query lists everything; beyond this many rows the list is no longer useful and only costs IPC. */
const MAX_RESULTS = 2000;

export interface ReportWorkspaceSymbol {
  readonly name: string;
  readonly kind: OutlineKind;
  readonly containerName: string;
  readonly uri: string;
  /** The heading itself, not the whole section: Ctrl+T selects the location it opens. */
  readonly range: Range;
}

export function workspaceSymbols(
  query: string,
  open: ReadonlyArray<{ readonly uri: string; readonly symbols: readonly IndexedSymbol[] }>,
  files: readonly IndexedFile[],
  language: string,
): ReportWorkspaceSymbol[] {
  const needle = normalizeForMatch(query);
  const untitled = translator(language)('(untitled heading)');
  const results: ReportWorkspaceSymbol[] = [];
  const add = (uri: string, symbols: readonly IndexedSymbol[]): void => {
    for (const symbol of symbols) {
      if (results.length >= MAX_RESULTS) return;
      if (!symbol.matchKey.includes(needle)) continue;
      results.push({ name: symbol.name || untitled, kind: symbol.kind, containerName: symbol.containerName, uri, range: symbol.selectionRange });
    }
  };
  const openUris = new Set(open.map((o) => o.uri));
  for (const report of open) add(report.uri, report.symbols);
  for (const file of files) if (file.status === 'report' && !openUris.has(file.uri)) add(file.uri, file.symbols);
  return results;
}
