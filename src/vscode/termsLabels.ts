import type { TermTable, TermThresholds } from '../core/terms';
import type { TermsHtmlLabels } from './termsHtml';
import { positionTitle } from '../core';
import { config } from './config';
import { localize } from './localize';
import { openLineOf } from './openLines';

/** A report as the terms view knows it: where it is, and its year and place as the workspace index has them. */
export interface TermsReport {
  readonly uri: string;
  readonly year: number | null;
  readonly place: string | null;
}

/** What the page says above the table, besides the heading. */
export interface TermsNotes {
  /** Last year's report, when one was found and read. */
  readonly previous: TermsReport | null;
  /** Why there is no comparison: no year, no report of last year in the workspace, or it could not be read. */
  readonly missing: 'no-year' | 'not-found' | 'unreadable' | null;
  /** Why words were not counted (nodejieba unavailable), or null. */
  readonly segmentationError: string | null;
}

/** The tab title and heading: “Terms 2023 vs 2022 — 全国”, “Terms 2023 — 全国” without a comparison. */
export function termsTitle(self: TermsReport, previous: TermsReport | null): string {
  const { year, place } = self;
  if (previous && year !== null) {
    const last = previous.year ?? year - 1;
    return place ? localize('Terms {0} vs {1} — {2}', year, last, place) : localize('Terms {0} vs {1}', year, last);
  }
  if (year !== null) return place ? localize('Terms {0} — {1}', year, place) : localize('Terms {0}', year);
  return place ? localize('Terms — {0}', place) : localize('Terms');
}

/** The headings, notes and tooltips of the page in the display language. */
export function termsLabels(self: TermsReport, table: TermTable, thresholds: TermThresholds | null, notes: TermsNotes): TermsHtmlLabels {
  const year = self.year;
  const last = notes.previous?.year ?? (year === null ? null : year - 1);
  const lines: string[] = [];
  if (notes.previous) lines.push(localize('Compared with {0}. Rates are mentions per 10,000 characters of the report’s body.', fileName(notes.previous.uri)));
  else if (notes.missing === 'no-year') lines.push(localize('This report gives no year, so last year’s report cannot be found: its most mentioned terms are shown.'));
  else if (notes.missing === 'unreadable') lines.push(localize('Last year’s report could not be read: this report’s most mentioned terms are shown.'));
  else lines.push(localize('No {0} report of the same place is in the workspace: this report’s most mentioned terms are shown.', last ?? ''));
  // A copy that stops mid-sentence lacks its later parts: their terms are not new this year, nor dropped — they are
  // missing from the copy (a trial compared 河北 2014 with a 2013 page cut before its tasks: 12 “new” terms).
  if (table.previous?.cutShort && notes.previous) lines.push(localize('The text of {0} stops inside a sentence: terms of the parts it lacks show as new here.', fileName(notes.previous.uri)));
  if (table.current.cutShort) lines.push(localize('This text stops inside a sentence: terms of the parts it lacks show as dropped (or are missing from the most mentioned).'));
  if (!table.segmented) {
    lines.push(localize('Word segmentation (nodejieba) is not available, so only dictionary and quoted terms are counted.'));
    if (notes.segmentationError) lines.push(notes.segmentationError);
  }
  const changed = thresholds
    ? localize('at least {0}× in rate, with {1} or more mentions in one of the reports and a log-likelihood G² of {2} or more', thresholds.minRatio, thresholds.minCount, thresholds.minKeyness)
    : '';
  const sources = { dictionary: localize('dictionary'), quoted: localize('quoted'), word: localize('word') };
  return {
    title: termsTitle(self, notes.previous),
    notes: lines,
    sections: {
      new: { tab: localize('New'), explain: localize('Terms of the {0} report that the {1} report does not use at all, most mentioned first.', year ?? '', last ?? '') },
      dropped: { tab: localize('Dropped'), explain: localize('Terms of the {0} report that the {1} report no longer uses, most mentioned first.', last ?? '', year ?? '') },
      rising: { tab: localize('Rising'), explain: localize('Mentioned more often per 10,000 characters: {0}.', changed) },
      falling: { tab: localize('Falling'), explain: localize('Mentioned less often per 10,000 characters: {0}.', changed) },
      top: { tab: localize('Most mentioned'), explain: localize('This report’s terms, most mentioned first.') },
    },
    sources,
    show: localize('Show:'),
    term: localize('Term'),
    source: localize('Source'),
    count: localize('Count'),
    per10k: localize('Per 10k'),
    ratio: localize('Ratio'),
    ratioTitle: localize('Mentions per 10,000 characters in the {0} report divided by those in the {1} report', year ?? localize('this'), last ?? localize('last year’s')),
    ratioNew: localize('new'),
    ratioGone: localize('gone'),
    currentReport: year === null ? localize('This report') : String(year),
    previousReport: last === null ? localize('Last year') : String(last),
    exportCsv: localize('Export CSV…'),
    chart: localize('Chart'),
    chartTitle: (term) => (self.place ? localize('Chart {0} across the years of {1}', term, self.place) : localize('Chart {0} across the years', term)),
    linkTitle: (link) => positionTitle(link.range.start, config.language(), openLineOf(link.uri, link.range.start.line), fileName(link.uri)),
    omitted: (count, source, listed) => localize('{0} more “{1}” terms are in the CSV export (the table lists {2}).', count, sources[source], listed),
    empty: localize('No terms of the sources shown.'),
  };
}

/** “2022.txt” of “file:///…/national/2022.txt”, decoded (Chinese file names stay readable). */
export function fileName(uri: string): string {
  const base = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(base);
  } catch {
    return base;
  }
}
