/**
 * The document around a terms page (termsHtml.ts): its Content Security Policy, style and script. The script keeps
 * the tabs and the source filter working in the page and posts only indexes back (termsMessageOf checks them).
 */
import type { TermSource } from '../core/terms';
import { TERM_SOURCES } from '../core/terms';
import { webviewDocument } from './webviewDocument';

/** Sources shown when the page opens: words from the segmenter are many and noisy, formulations are what people want. */
export const DEFAULT_HIDDEN: readonly TermSource[] = ['word'];

/**
 * The whole HTML document of a terms page around `body`: the CSP (nothing but the nonce'd style and script), the
 * theme-coloured style and the page's script. `hidden` are the sources hidden until the user's own choice is restored.
 */
export function termsPageDocument(title: string, body: string, nonce: string, hidden: readonly TermSource[]): string {
  return webviewDocument({ title, body, nonce, style: STYLE, script: SCRIPT, bodyClasses: hidden.map((s) => `hide-${s}`) });
}

// Theme colours only: light, dark and high-contrast themes all define these variables.
const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 16px 16px; }
h1 { font-size: 1.3em; font-weight: 600; }
.note, .explain, .empty, .source { color: var(--vscode-descriptionForeground); }
.source { font-size: 0.9em; }
.toolbar { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin: 8px 0 12px; }
.toolbar label { white-space: nowrap; }
button { font-family: inherit; font-size: inherit; color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); border: 1px solid var(--vscode-button-border, transparent); border-radius: 2px; padding: 2px 8px; cursor: pointer; }
button:hover { background: var(--vscode-button-secondaryHoverBackground); }
button:focus-visible, a:focus-visible, input:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }
#export { color: var(--vscode-button-foreground); background: var(--vscode-button-background); }
#export:hover { background: var(--vscode-button-hoverBackground); }
.tabs { display: flex; flex-wrap: wrap; gap: 2px; border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-editorWidget-border)); }
.tabs button { background: transparent; color: var(--vscode-foreground); border: none; border-bottom: 2px solid transparent; border-radius: 0; padding: 4px 10px; }
.tabs button[aria-selected="true"] { border-bottom-color: var(--vscode-panelTitle-activeBorder, var(--vscode-focusBorder)); font-weight: 600; }
.count { color: var(--vscode-badge-foreground); background: var(--vscode-badge-background); border-radius: 8px; padding: 0 6px; font-size: 0.9em; font-weight: normal; }
table { border-collapse: collapse; margin: 4px 0 12px; }
th, td { text-align: left; padding: 3px 6px 3px 0; border-bottom: 1px solid var(--vscode-editorWidget-border, var(--vscode-panel-border)); vertical-align: top; }
/* The table fits a half-width tab (a trial's, ~520 px, cut its Ratio and Chart columns): headings (“Per 10k”) and
   long terms wrap when the tab is narrow, a term keeping a few characters a line. */
thead th, thead th.num { font-weight: 600; border-bottom-color: var(--vscode-foreground); white-space: normal; }
tbody th { font-weight: normal; min-width: 5em; }
tbody tr:hover { background: var(--vscode-list-hoverBackground); }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
a { color: var(--vscode-textLink-foreground); text-decoration: none; }
a:hover, a:focus { color: var(--vscode-textLink-activeForeground); text-decoration: underline; }
.chart { padding: 0 6px; }
body.hide-dictionary .src-dictionary, body.hide-quoted .src-quoted, body.hide-word .src-word { display: none; }
progress { width: 240px; accent-color: var(--vscode-progressBar-background); }
[hidden] { display: none !important; }
`;

// Tabs, the source filter (kept across rebuilds in the webview's state) and messages that only carry an index.
const SCRIPT = `
const vscode = acquireVsCodeApi();
const saved = vscode.getState() || {};
// report: the report's uri (ReportPanel.show), what VS Code hands back to restore this tab after a reload.
const state = { hidden: Array.isArray(saved.hidden) ? saved.hidden : ${JSON.stringify(DEFAULT_HIDDEN)}, tab: typeof saved.tab === 'string' ? saved.tab : null, report: document.body.dataset.report };
function apply() {
  for (const source of ${JSON.stringify(TERM_SOURCES)}) document.body.classList.toggle('hide-' + source, state.hidden.includes(source));
  for (const box of document.querySelectorAll('input[data-source]')) box.checked = !state.hidden.includes(box.dataset.source);
  for (const panel of document.querySelectorAll('section[data-section]')) {
    let shown = 0;
    for (const row of panel.querySelectorAll('tbody tr')) if (!state.hidden.includes(row.dataset.source)) shown++;
    const count = document.querySelector('[data-count="' + panel.dataset.section + '"]');
    if (count) count.textContent = String(shown);
    const empty = panel.querySelector('.empty');
    if (empty) empty.hidden = shown > 0;
  }
  const tabs = Array.from(document.querySelectorAll('[role="tab"]'));
  if (tabs.length > 0) {
    const selected = tabs.find((t) => t.dataset.tab === state.tab) || tabs[0];
    for (const tab of tabs) {
      const on = tab === selected;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      const panel = document.getElementById(tab.getAttribute('aria-controls'));
      if (panel) panel.hidden = !on;
    }
  }
  vscode.setState(state);
}
document.addEventListener('change', (event) => {
  const box = event.target instanceof Element ? event.target.closest('input[data-source]') : null;
  if (!box) return;
  state.hidden = state.hidden.filter((s) => s !== box.dataset.source);
  if (!box.checked) state.hidden.push(box.dataset.source);
  apply();
});
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return;
  const tab = target.closest('[role="tab"]');
  const link = target.closest('a[data-link]');
  const chart = target.closest('button[data-chart]');
  if (tab) {
    state.tab = tab.dataset.tab;
    apply();
  } else if (link) {
    event.preventDefault();
    vscode.postMessage({ type: 'open', link: Number(link.dataset.link) });
  } else if (chart) {
    vscode.postMessage({ type: 'chart', term: Number(chart.dataset.chart) });
  } else if (target.closest('#export')) {
    vscode.postMessage({ type: 'export' });
  }
});
document.addEventListener('keydown', (event) => {
  const tab = event.target instanceof Element ? event.target.closest('[role="tab"]') : null;
  if (!tab || (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft')) return;
  const tabs = Array.from(document.querySelectorAll('[role="tab"]'));
  const next = tabs[(tabs.indexOf(tab) + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
  state.tab = next.dataset.tab;
  apply();
  next.focus();
});
apply();
`;
