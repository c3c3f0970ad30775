/**
 * The HTML of the Compare Terms webview, from the core's term table (src/core/terms/table.ts) and labels in the
 * display language. No vscode import, so that it is tested as it is: every report string is escaped, the page loads
 * nothing (CSP default-src 'none'; its one style and one script carry the nonce), colours are the theme's
 * --vscode-* variables. A term's link, a chart button and the export button only post an index (or nothing) back to
 * the extension, which knows what it stands for; anything else the page could post is ignored.
 */
import type { TermLink, TermRow, TermSection, TermSource, TermTable } from '../core/terms';
import { TERM_SOURCES } from '../core/terms';
import type { Range } from '../core';
import { escapeHtml } from './targetsHtml';
import { DEFAULT_HIDDEN, termsPageDocument } from './termsPage';

export interface TermsHtmlLabels {
  /** The page heading, also the tab title: “Terms 2023 vs 2022 — 全国”. */
  readonly title: string;
  /** Notes above the table (no report to compare with, words not counted, still indexing …). */
  readonly notes: readonly string[];
  /** Tab name and one line saying what the list holds. */
  readonly sections: Readonly<Record<TermSection, { readonly tab: string; readonly explain: string }>>;
  readonly sources: Readonly<Record<TermSource, string>>;
  /** “Show:” before the source check boxes. */
  readonly show: string;
  readonly term: string;
  readonly source: string;
  readonly count: string;
  readonly per10k: string;
  /** The heading of the ratio column (“Ratio”), its tooltip (what is divided by what), and the words in place of a
   * ratio that has no value: a term only this report uses (“new”), or only last year's (“gone”). A bare “×” over a
   * column of “—” said nothing (a tenth trial). */
  readonly ratio: string;
  readonly ratioTitle: string;
  readonly ratioNew: string;
  readonly ratioGone: string;
  /** Column group headings: the two reports' years (“2023”, “2022”). */
  readonly currentReport: string;
  readonly previousReport: string;
  readonly exportCsv: string;
  readonly chart: string;
  /** The tooltip of a chart button: “Chart 中国式现代化 across the years of 全国”. */
  readonly chartTitle: (term: string) => string;
  /** The tooltip of a term's link: “Line 171 of 2023.txt”. */
  readonly linkTitle: (link: TermsPageLink) => string;
  /**
   * Under a list cut short, one line per source cut: “1148 more “word” terms are in the CSV export (the table lists
   * 200).” The page hides the line with the source's rows: a single “1148 more” under the dictionary and quoted terms
   * a user had filtered to read as more of those (a trial, session 35).
   */
  readonly omitted: (count: number, source: TermSource, listed: number) => string;
  /** A list with no row of the sources shown. */
  readonly empty: string;
}

/** Where a term's link leads. */
export interface TermsPageLink {
  readonly uri: string;
  readonly range: Range;
}

export interface TermsPage {
  readonly html: string;
  /** By the index a link posts back. */
  readonly links: readonly TermsPageLink[];
  /** The terms of the chart buttons, by the index a button posts back. */
  readonly charts: readonly string[];
}

/** A message from the page, checked: open a link, chart a term across years, or export the table as CSV. */
export type TermsPageMessage =
  | { readonly kind: 'open'; readonly link: TermsPageLink }
  | { readonly kind: 'chart'; readonly term: string }
  | { readonly kind: 'export' };

/** Sources hidden when the page opens (see termsPage.ts). */
export const DEFAULT_HIDDEN_SOURCES: readonly TermSource[] = DEFAULT_HIDDEN;

/**
 * The page for `table`; `uris` are the two reports' (the previous one null without a comparison); `nonce` must be
 * fresh for every page. `charts` false: no chart buttons (the report has no year to put on an axis).
 */
export function termsHtml(
  table: TermTable,
  uris: { readonly current: string; readonly previous: string | null },
  labels: TermsHtmlLabels,
  nonce: string,
  options: { readonly charts?: boolean } = {},
): TermsPage {
  const links: TermsPageLink[] = [];
  const charts: string[] = [];
  const chartIndex = new Map<string, number>();
  const compare = table.previous !== null;
  const linkOf = (link: TermLink | null): number | null => {
    const uri = link?.report === 'previous' ? uris.previous : uris.current;
    if (!link || !uri) return null;
    links.push({ uri, range: link.range });
    return links.length - 1;
  };
  const chartOf = (term: string): number => {
    let i = chartIndex.get(term);
    if (i === undefined) {
      i = charts.push(term) - 1;
      chartIndex.set(term, i);
    }
    return i;
  };
  const row = (r: TermRow): string => {
    const at = linkOf(r.link);
    const term = at === null ? escapeHtml(r.term) : `<a href="#" data-link="${at}" title="${escapeHtml(labels.linkTitle(links[at] as TermsPageLink))}">${escapeHtml(r.term)}</a>`;
    const cells = [`<th scope="row">${term}</th>`, `<td class="source">${escapeHtml(labels.sources[r.source])}</td>`, num(String(r.count)), num(rate(r.per10k))];
    if (compare) cells.push(num(String(r.previousCount ?? 0)), num(rate(r.previousPer10k ?? 0)), num(ratioCell(r, labels)));
    if (options.charts !== false) {
      const title = escapeHtml(labels.chartTitle(r.term));
      cells.push(`<td><button type="button" class="chart" data-chart="${chartOf(r.term)}" title="${title}" aria-label="${title}">${escapeHtml(labels.chart)}</button></td>`);
    }
    return `<tr class="src-${r.source}" data-source="${r.source}">${cells.join('')}</tr>`;
  };
  const head = compare
    ? `<thead><tr><th scope="col" rowspan="2">${escapeHtml(labels.term)}</th><th scope="col" rowspan="2">${escapeHtml(labels.source)}</th>` +
      `<th scope="colgroup" colspan="2" class="num">${escapeHtml(labels.currentReport)}</th><th scope="colgroup" colspan="2" class="num">${escapeHtml(labels.previousReport)}</th>` +
      `<th scope="col" rowspan="2" class="num" title="${escapeHtml(labels.ratioTitle)}">${escapeHtml(labels.ratio)}</th>${options.charts !== false ? '<td rowspan="2"></td>' : ''}</tr>` +
      `<tr>${[labels.count, labels.per10k, labels.count, labels.per10k].map((h) => `<th scope="col" class="num">${escapeHtml(h)}</th>`).join('')}</tr></thead>`
    : `<thead><tr><th scope="col">${escapeHtml(labels.term)}</th><th scope="col">${escapeHtml(labels.source)}</th><th scope="col" class="num">${escapeHtml(labels.count)}</th>` +
      `<th scope="col" class="num">${escapeHtml(labels.per10k)}</th>${options.charts !== false ? '<td></td>' : ''}</tr></thead>`;

  const shownByDefault = (source: TermSource): boolean => !DEFAULT_HIDDEN_SOURCES.includes(source);
  const parts: string[] = [`<h1>${escapeHtml(labels.title)}</h1>`];
  for (const note of labels.notes) parts.push(`<p class="note">${escapeHtml(note)}</p>`);
  const counted = TERM_SOURCES.filter((s) => table.segmented || s !== 'word');
  const boxes = counted.map((s) => `<label><input type="checkbox" data-source="${s}"${shownByDefault(s) ? ' checked' : ''}> ${escapeHtml(labels.sources[s])}</label>`);
  parts.push(`<div class="toolbar"><span class="show">${escapeHtml(labels.show)}</span> ${boxes.join(' ')} <button type="button" id="export">${escapeHtml(labels.exportCsv)}</button></div>`);
  const tabbed = table.sections.length > 1;
  if (tabbed) {
    const tabs = table.sections.map((s, i) => {
      const shown = s.rows.filter((r) => shownByDefault(r.source)).length;
      return `<button type="button" role="tab" id="tab-${s.section}" aria-controls="panel-${s.section}" aria-selected="${i === 0}" tabindex="${i === 0 ? 0 : -1}" data-tab="${s.section}">${escapeHtml(labels.sections[s.section].tab)} <span class="count" data-count="${s.section}">${shown}</span></button>`;
    });
    parts.push(`<div role="tablist" class="tabs">${tabs.join('')}</div>`);
  }
  table.sections.forEach((s, i) => {
    const shown = s.rows.filter((r) => shownByDefault(r.source)).length;
    const omitted = TERM_SOURCES.map((source) => {
      const listed = s.rows.filter((r) => r.source === source).length;
      const more = s.totals[source] - listed;
      return more > 0 ? `<p class="note omitted src-${source}" data-source="${source}">${escapeHtml(labels.omitted(more, source, listed))}</p>` : '';
    }).join('');
    const attributes = tabbed ? ` role="tabpanel" id="panel-${s.section}" aria-labelledby="tab-${s.section}"${i === 0 ? '' : ' hidden'}` : '';
    parts.push(
      `<section data-section="${s.section}"${attributes}>` +
        `<p class="explain">${escapeHtml(labels.sections[s.section].explain)}</p>` +
        `<table>${head}<tbody>${s.rows.map(row).join('')}</tbody></table>` +
        `<p class="empty"${shown > 0 ? ' hidden' : ''}>${escapeHtml(labels.empty)}</p>` +
        omitted +
        `</section>`,
    );
  });
  return { html: termsPageDocument(labels.title, parts.join('\n'), nonce, DEFAULT_HIDDEN_SOURCES), links, charts };
}

/** A page with a heading and one paragraph: work under way (with an indeterminate progress bar), or why there is no table. */
export function termsMessageHtml(title: string, message: string, nonce: string, busy = false): string {
  const progress = busy ? `<progress aria-label="${escapeHtml(message)}"></progress>` : '';
  return termsPageDocument(title, `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(message)}</p>${progress}`, nonce, []);
}

/** A message from the page, or undefined for anything that is not one of its links, chart buttons or the export. */
export function termsMessageOf(message: unknown, page: Pick<TermsPage, 'links' | 'charts'>): TermsPageMessage | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, link, term } = message as { type?: unknown; link?: unknown; term?: unknown };
  if (type === 'export') return { kind: 'export' };
  const index = (value: unknown, length: number): number | undefined =>
    typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < length ? value : undefined;
  if (type === 'open') {
    const i = index(link, page.links.length);
    return i === undefined ? undefined : { kind: 'open', link: page.links[i] as TermsPageLink };
  }
  if (type === 'chart') {
    const i = index(term, page.charts.length);
    return i === undefined ? undefined : { kind: 'chart', term: page.charts[i] as string };
  }
  return undefined;
}

function num(text: string): string {
  return `<td class="num">${escapeHtml(text)}</td>`;
}

function rate(value: number): string {
  return value.toFixed(2);
}

/** A row's ratio of rates: ×1.85; “new” when last year's report never used the term, “gone” when this one does not. */
function ratioCell(r: TermRow, labels: Pick<TermsHtmlLabels, 'ratioNew' | 'ratioGone'>): string {
  if (r.ratio !== null) return `×${r.ratio.toFixed(2)}`;
  if ((r.previousCount ?? 0) === 0 && r.count > 0) return labels.ratioNew;
  if (r.count === 0 && (r.previousCount ?? 0) > 0) return labels.ratioGone;
  return '—';
}
