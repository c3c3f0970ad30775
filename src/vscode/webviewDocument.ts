/**
 * The HTML document around a webview page of the extension's own (Targets year on year, and any page like it): a
 * Content Security Policy that lets in nothing but the page's one style and one script, both carrying the nonce;
 * nothing is loaded from disk or network. No vscode import, so that pages are tested as they are.
 */

export interface WebviewDocumentParts {
  /** The document title (escaped here). */
  readonly title: string;
  /** The body's HTML, already escaped by the page. */
  readonly body: string;
  /** Fresh for every document: base64 or hex, no quotes. */
  readonly nonce: string;
  readonly style: string;
  readonly script: string;
  /** Classes on <body> (e.g. filters the script toggles), already safe: [\w-] words. */
  readonly bodyClasses?: readonly string[];
}

export function webviewDocument({ title, body, nonce, style, script, bodyClasses = [] }: WebviewDocumentParts): string {
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
  const classes = bodyClasses.filter((c) => /^[\w-]+$/u.test(c));
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${style}</style>
</head>
<body${classes.length > 0 ? ` class="${classes.join(' ')}"` : ''}>
${body}
<script nonce="${nonce}">${script}</script>
</body>
</html>
`;
}

/** Report text as HTML text or attribute value: the five characters that could end either are written as entities. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}
