/**
 * The chart panel's HTML, as a plain function of what the webview gives (its CSP source and the script's webview
 * uri) so that tests can check it without VS Code. Strict Content Security Policy: nothing but the bundled script
 * (with a fresh nonce) and the nonce'd style below; no remote source, no inline handler, no eval.
 */
import { randomBytes } from 'node:crypto';

export interface ChartHtmlOptions {
  /** webview.cspSource: the origin of the extension's own files as the webview serves them. */
  readonly cspSource: string;
  /** webview.asWebviewUri(dist/chartWebview.js), as a string. */
  readonly scriptUri: string;
  /** A fresh nonce per page; see newNonce. */
  readonly nonce: string;
  /** The display language (config.language()), for the html lang attribute (CJK font selection). */
  readonly lang: string;
}

/** 128 random bits, base64: a nonce no page content can guess. */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

export function chartHtml(options: ChartHtmlOptions): string {
  const { cspSource, nonce } = options;
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    // ECharts sets element styles through the CSSOM (allowed); the page's own rules come in the nonce'd <style>.
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `img-src ${cspSource}`,
    `font-src ${cspSource}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${attr(options.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style nonce="${attr(nonce)}">
  html, body { height: 100%; margin: 0; padding: 0; }
  body { display: flex; flex-direction: column; color: var(--vscode-foreground); background: var(--vscode-editor-background);
         font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
  .toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; padding: 8px 12px; }
  .toolbar button { color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground);
         border: 1px solid var(--vscode-button-border, transparent); border-radius: 2px; padding: 3px 10px; font: inherit; cursor: pointer; }
  .toolbar button:hover { background: var(--vscode-button-secondaryHoverBackground); }
  .toolbar button:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
  body.vscode-high-contrast .toolbar button, body.vscode-high-contrast-light .toolbar button { border-color: var(--vscode-contrastBorder); }
  #hint { color: var(--vscode-descriptionForeground); margin-left: auto; }
  #chart { flex: 1 0 auto; min-height: 360px; width: 100%; overflow: hidden; }
  main { flex: 1; overflow: auto; display: flex; flex-direction: column; }
</style>
</head>
<body>
<div class="toolbar" role="toolbar">
  <button id="export-png" type="button"></button>
  <button id="export-svg" type="button"></button>
  <button id="export-csv" type="button"></button>
  <span id="hint"></span>
</div>
<main><div id="chart" role="img"></div></main>
<script nonce="${attr(nonce)}" src="${attr(options.scriptUri)}"></script>
</body>
</html>
`;
}

function attr(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}
