/**
 * What Go to Symbol in Workspace (Ctrl+T) keeps of a report — its headings as a flat list — and where a link to the
 * report as a whole lands (its title line). The full model of a closed file is not kept in memory.
 */
import { headingLabel } from '../headings';
import { flattenOutline } from '../outline/flatten';
import type { Indicator, OutlineKind, Range, ReportMeta, ReportModel } from '../types';

/** A heading's kind, or an indicator named in the report (Ctrl+T finds 城镇新增就业 as it finds headings). */
export type SymbolKindOfReport = OutlineKind | 'indicator';

export interface IndexedSymbol {
  /** The heading as one line (headingLabel); '' for a heading with neither marker nor title. */
  readonly name: string;
  readonly kind: SymbolKindOfReport;
  readonly selectionRange: Range;
  /** The parent heading, or the report's caption (reportCaption) for a part. */
  readonly containerName: string;
  /** The name as normalizeForMatch sees it, computed once rather than on every keystroke. */
  readonly matchKey: string;
}

/** Per-model memo: open reports are asked on every keystroke of Ctrl+T, and their model only changes per version. */
const symbolMemo = new WeakMap<object, IndexedSymbol[]>();

/**
 * The report as Ctrl+T's containers, the status bar and the Markdown export name it: its place and year (“全国 2021”,
 * “四川省 2026”, “苏州市 2021”), one form for every report. Titles differ too much to tell reports apart by (national
 * reports are titled just 政府工作报告; a trial user saw “全国 2010” beside “2026年四川省人民政府工作报告”): the title
 * stands in only for what is not known.
 */
export function reportCaption(meta: Pick<ReportMeta, 'title' | 'place' | 'year'>): string {
  if (meta.place && meta.year !== null) return `${meta.place} ${meta.year}`;
  const title = meta.title ?? '';
  // 江苏省 is said 江苏 in many titles (2026年江苏政府工作报告): the place without its level word counts.
  const place = meta.place && !title.includes(meta.place.replace(/[省市区县]$/u, '')) ? meta.place : null;
  const year = meta.year !== null && !title.includes(String(meta.year)) ? String(meta.year) : null;
  return [place, year, title].filter((part) => !!part).join(' ');
}

/** The headings of a report as a flat list, each with its parent heading (or the report's caption) as container. */
export function symbolsOf(model: Pick<ReportModel, 'outline' | 'meta'>): IndexedSymbol[] {
  let symbols = symbolMemo.get(model);
  if (!symbols) {
    symbols = flattenOutline(model.outline).map(({ node, ancestors }) => {
      const parent = ancestors[ancestors.length - 1];
      const name = headingLabel(node);
      return { name, kind: node.kind, selectionRange: node.selectionRange, containerName: parent ? headingLabel(parent) : reportCaption(model.meta), matchKey: normalizeForMatch(name) };
    });
    symbolMemo.set(model, symbols);
  }
  return symbols;
}

const indicatorMemo = new WeakMap<object, IndexedSymbol[]>();

/** Names this short (项目, 企业) name no indicator of their own; Ctrl+T would list them in every report. */
const MIN_INDICATOR_NAME = 3;

/**
 * The indicators a report names, each once, at its first mention (its name, else its figure), in the report's
 * caption: read from the figures the workspace index already keeps, once per report (memoised on its figures), never
 * per keystroke.
 */
export function indicatorSymbolsOf(report: { readonly meta: Pick<ReportMeta, 'title' | 'place' | 'year'>; readonly indicators: readonly Indicator[] }): IndexedSymbol[] {
  let symbols = indicatorMemo.get(report.indicators);
  if (!symbols) {
    const seen = new Set<string>();
    const caption = reportCaption(report.meta);
    symbols = [];
    for (const indicator of report.indicators) {
      const name = indicator.name?.replace(/\s+/gu, '') ?? '';
      if (name.length < MIN_INDICATOR_NAME || seen.has(name)) continue;
      seen.add(name);
      symbols.push({ name, kind: 'indicator', selectionRange: indicator.nameRange ?? indicator.range, containerName: caption, matchKey: normalizeForMatch(name) });
    }
    indicatorMemo.set(report.indicators, symbols);
  }
  return symbols;
}

/**
 * Case-insensitive, and blind to quotes and spaces: “十四五”, "十四五" and 十四五 find the same heading,
 * and so does a query typed with a space in the middle. The editor then ranks the results with its own fuzzy scorer.
 */
export function normalizeForMatch(text: string): string {
  return text.toLowerCase().replace(/[\s“”„‟"'‘’‚‛「」『』﹁﹂﹃﹄＂＇]/gu, '');
}

/** A title is looked for in this many leading lines (past ads and page chrome). */
const TITLE_SEARCH_LINES = 200;
/** Zero-width characters that scraped pages leave on lines of their own (same length when replaced by spaces). */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/gu;
export const ZERO_RANGE: Range = Object.freeze({ start: Object.freeze({ line: 0, character: 0 }), end: Object.freeze({ line: 0, character: 0 }) });

/**
 * The first line of text that is not page chrome (an ad, a scraper header): the title line of a report that has
 * one, else its first line (各位代表：). Only the first lines are looked at; lines end at \n, a \r stays outside.
 */
export function titleRangeOf(text: string, chromeLines: readonly number[]): Range {
  const chrome = new Set(chromeLines);
  let start = 0;
  for (let line = 0; line < TITLE_SEARCH_LINES && start <= text.length; line++) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const content = text.slice(start, end).replace(/\r$/u, '');
    const visible = content.replace(INVISIBLE, ' ');
    if (!chrome.has(line) && visible.trim().length > 0) {
      const indent = visible.length - visible.trimStart().length;
      return { start: { line, character: indent }, end: { line, character: visible.trimEnd().length } };
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  return ZERO_RANGE;
}
