/**
 * Go to Symbol in Workspace (Ctrl+T): the headings of every report in the workspace, so “十四五” finds the 十四五
 * sections of all years' reports, and the indicators each report names (城镇新增就业 in every year), from the figures
 * the index keeps. Open reports' headings are read live (unsaved edits show) and listed first, so that they are never
 * the ones cut by the limit; closed files come from the index, and so do all indicators. Headings come before
 * indicators. (Named programmes are not listed: the index keeps no references, and building them for every file
 * would cost the reference stage per file.)
 */
import { translator } from '../l10n/translate';
import type { Range } from '../types';
import type { IndexedFile } from '../workspace/reportIndex';
import { indicatorSymbolsOf, normalizeForMatch } from '../workspace/symbols';
import { withoutTwins } from '../workspace/twins';
import type { IndexedSymbol, SymbolKindOfReport } from '../workspace/symbols';

/** An empty query lists everything; beyond this many rows the list is no longer useful and only costs IPC. */
const MAX_RESULTS = 2000;

export interface ReportWorkspaceSymbol {
  readonly name: string;
  readonly kind: SymbolKindOfReport;
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
  // A report kept twice (a GBK original beside its UTF-8 copy, a CRLF copy: twins.ts) is listed once, the open one
  // first: its rows would otherwise come twice under one caption (全国 2016), with nothing to tell them apart.
  const reports = files.filter((f) => f.status === 'report');
  const kept = new Set(withoutTwins([...reports.filter((f) => openUris.has(f.uri)), ...reports.filter((f) => !openUris.has(f.uri))]).map((f) => f.uri));
  for (const report of open) add(report.uri, report.symbols);
  for (const file of reports) if (kept.has(file.uri) && !openUris.has(file.uri)) add(file.uri, file.symbols);
  // An empty query lists headings only: every indicator of every report is no list to scroll.
  if (needle.length > 0) for (const file of reports) if (file.report && kept.has(file.uri)) add(file.uri, indicatorSymbolsOf(file.report));
  return results;
}
