/**
 * The HTML of the Targets year on year webview, from the core's table (buildTargetsTable) and labels in the display
 * language. No vscode import, so that it is tested as it is: every report string is escaped, the page loads nothing
 * (CSP default-src 'none'; its one style and one script carry the nonce), colours are the theme's --vscode-*
 * variables, and a figure is a link that only posts its index back to the extension, which knows where it leads.
 */
import type { Outcome } from '../core';
import { filledTargetsColumns, tableFigureText } from '../core/export';
import type { TableFigure, TargetsColumn, TargetsRow, TargetsTable, TargetsTableLabels } from '../core/export';
import { escapeHtml, webviewDocument } from './webviewDocument';

/** Pages written before webviewDocument.ts import it from here. */
export { escapeHtml } from './webviewDocument';

/** The core's labels of the table (shared with the Markdown export), and a figure link's tooltip. */
export interface TargetsHtmlLabels extends TargetsTableLabels {
  /** The tooltip of a figure's link: “Line 171 of 2023.txt”. */
  readonly linkTitle: (figure: TableFigure) => string;
}

/** Where each link of the page leads, by the index the page posts back. */
export type TargetsLinks = readonly TableFigure[];

export interface TargetsPage {
  readonly html: string;
  readonly links: TargetsLinks;
}

const NONE = '—';


/** The page for `table`; `nonce` must be fresh for every page (base64 or hex, no quotes). */
export function targetsHtml(table: TargetsTable, labels: TargetsHtmlLabels, nonce: string): TargetsPage {
  const links: TableFigure[] = [];
  const cell = (figure: TableFigure | undefined, year: number): string => {
    if (!figure) return `<td class="none">${NONE}</td>`;
    links.push(figure);
    // The measure as the card shows it, and the period of a figure dated otherwise than its column (as the export).
    const { phrase, period } = tableFigureText(figure, year);
    const dated = period === null ? '' : ` <span class="period">(${escapeHtml(period)})</span>`;
    return `<td><a href="#" data-link="${links.length - 1}" title="${escapeHtml(labels.linkTitle(figure))}">${escapeHtml(phrase)}</a>${dated}</td>`;
  };
  const outcomeCell = (outcome: Outcome | null): string =>
    outcome === null ? `<td class="none">${NONE}</td>` : `<td><span class="outcome ${OUTCOME_CLASS[outcome]}">${escapeHtml(labels.outcomes[outcome])}</span></td>`;
  // A column empty on every row is left out (filledTargetsColumns; the Markdown export leaves out the same).
  const columns = filledTargetsColumns(table);
  const td: Record<TargetsColumn, (r: TargetsRow) => string> = {
    thisTarget: (r) => cell(r.thisTarget, table.year),
    lastTarget: (r) => cell(r.lastTarget, table.year - 1),
    lastActual: (r) => cell(r.lastActual, table.year - 1),
    outcome: (r) => outcomeCell(r.outcome),
  };
  const row = (r: TargetsRow): string => `<tr><th scope="row">${escapeHtml(r.name || NONE)}</th>${columns.map((c) => td[c](r)).join('')}</tr>`;
  const head = `<thead><tr><th scope="col">${escapeHtml(labels.indicator)}</th>${columns.map((c) => `<th scope="col">${escapeHtml(labels[c])}</th>`).join('')}</tr></thead>`;

  const parts: string[] = [`<h1>${escapeHtml(labels.title)}</h1>`];
  for (const note of labels.notes) parts.push(`<p class="note">${escapeHtml(note)}</p>`);
  // The year's headline targets (its 主要预期目标 paragraph) first, under their own heading, when the report sets them out.
  const main = table.rows.filter((r) => r.main === true);
  // One tbody a group, so that a screen reader announces each heading for its own rows only.
  const group = (title: string, rows: readonly TargetsRow[]): string =>
    `<tbody><tr class="group"><th colspan="${columns.length + 1}" scope="rowgroup">${escapeHtml(title)}</th></tr>${rows.map(row).join('')}</tbody>`;
  const body =
    main.length > 0 && main.length < table.rows.length
      ? `${group(labels.mainTargets, main)}${group(labels.otherTargets, table.rows.filter((r) => r.main !== true))}`
      : `<tbody>${table.rows.map(row).join('')}</tbody>`;
  parts.push(table.rows.length > 0 ? `<table>${head}${body}</table>` : `<p>${escapeHtml(labels.noTargets)}</p>`);
  if (table.dropped.length > 0) {
    parts.push(`<details><summary>${escapeHtml(labels.dropped)}</summary><table>${head}<tbody>${table.dropped.map(row).join('')}</tbody></table></details>`);
  }
  return { html: webviewDocument({ title: labels.title, body: parts.join('\n'), nonce, style: STYLE, script: SCRIPT }), links };
}

/** A page with a heading and one paragraph: why there is no table (no year, too large, not analysed). */
export function targetsMessageHtml(title: string, message: string, nonce: string): string {
  return webviewDocument({ title, body: `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(message)}</p>`, nonce, style: STYLE, script: SCRIPT });
}

/** A message from the page: the index of a link the user activated, or undefined for anything else. */
export function linkOfMessage(message: unknown, links: TargetsLinks): TableFigure | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, link } = message as { type?: unknown; link?: unknown };
  if (type !== 'open' || typeof link !== 'number' || !Number.isInteger(link) || link < 0 || link >= links.length) return undefined;
  return links[link];
}

const OUTCOME_CLASS: Readonly<Record<Outcome, string>> = { met: 'met', missed: 'missed', 'not reported': 'unreported' };

// Theme colours only: light, dark and high-contrast themes all define these variables. Met / missed are told
// apart by their words too, never by colour alone.
const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 16px 16px; }
h1 { font-size: 1.3em; font-weight: 600; }
.note { color: var(--vscode-descriptionForeground); }
table { border-collapse: collapse; margin: 8px 0 16px; }
th, td { text-align: left; padding: 4px 12px 4px 0; border-bottom: 1px solid var(--vscode-editorWidget-border, var(--vscode-panel-border)); vertical-align: top; }
thead th { font-weight: 600; border-bottom-color: var(--vscode-foreground); }
tbody th { font-weight: normal; }
tbody tr.group th { font-weight: 600; padding-top: 12px; }
tbody tr:hover { background: var(--vscode-list-hoverBackground); }
a { color: var(--vscode-textLink-foreground); text-decoration: none; }
a:hover, a:focus { color: var(--vscode-textLink-activeForeground); text-decoration: underline; }
a:focus { outline: 1px solid var(--vscode-focusBorder); }
/* A figure stays on one line; its period may wrap under it, so that the last column fits a half-width panel (an
   eleventh trial had to scroll sideways to read met / missed past “达到 5002.5亿元 (2021-2025)”). */
td a, .period { white-space: nowrap; }
.none, .period { color: var(--vscode-descriptionForeground); }
.outcome { padding: 0 6px; border-radius: 3px; border: 1px solid currentColor; white-space: nowrap; }
.met { color: var(--vscode-testing-iconPassed, var(--vscode-charts-green)); }
.missed { color: var(--vscode-testing-iconFailed, var(--vscode-errorForeground)); }
.unreported { color: var(--vscode-descriptionForeground); }
summary { cursor: pointer; margin: 8px 0; }
`;

// The page only says which link was activated (by its index); the extension checks it and opens the report.
const SCRIPT = `
const vscode = acquireVsCodeApi();
// The report's uri (ReportPanel.show) is what VS Code hands back to restore this tab after a reload.
if (document.body.dataset.report) vscode.setState({ report: document.body.dataset.report });
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-link]') : null;
  if (!link) return;
  event.preventDefault();
  vscode.postMessage({ type: 'open', link: Number(link.getAttribute('data-link')) });
});
`;
