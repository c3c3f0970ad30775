import type { OutlineNode } from '../../src/core';
import { analyzeReport, flattenOutline } from '../../src/core';

/** Every node of a text's outline, depth first. */
export function outlineNodes(text: string): OutlineNode[] {
  return flattenOutline(analyzeReport(text).outline).map(({ node }) => node);
}

/** The node on the first line of `text` that starts with `start` once its indent is set aside; throws if no line does. */
export function nodeAtLine(text: string, start: string): OutlineNode | undefined {
  const line = text.split('\n').findIndex((l) => l.replace(/^[\s\u3000]+/, '').startsWith(start));
  if (line < 0) throw new Error(`no line starts with ${start}`);
  return outlineNodes(text).find((n) => n.selectionRange.start.line === line);
}
