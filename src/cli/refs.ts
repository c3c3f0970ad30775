/**
 * `govreport refs FILE`: the report's cross-references (abbreviation → full name, plan period → its part, quoted
 * term → its first mention or glossary entry, footnote marker → note, indicator target ↔ actual …) as a terminal
 * table; `--json` prints the contract's Reference objects (./contract).
 */
import type { Reference } from '../core';
import { shellQuote } from './format';
import { alignColumns, clean, truncateToWidth } from './text';

const MAX_FROM_WIDTH = 24;
const MAX_TO_WIDTH = 40;
const ARROW = '→';

/** 1-based “line:column”, as the editor's status bar shows a position (the JSON keeps VS Code's 0-based values). */
export function lineColumn(position: { line: number; character: number }): string {
  return `${position.line + 1}:${position.character + 1}`;
}

/**
 * The references as an aligned table, in document order of their sources, then a count per kind and how to get the
 * JSON:
 *
 *   kind          from     from text        to      to text
 *   section       27:12    十三五        →  23:1    一、“十三五”时期和2020年工作回顾
 *   abbreviation  127:40   《纲要（草案）》  →  115:20  《苏州市国民经济和社会发展第十四个五年规划…
 *
 * A target in another file shows that file before its position.
 */
export function formatReferenceTable(file: string, references: readonly Reference[]): string[] {
  const hint = `Run "govreport refs ${shellQuote(file)} --json" for the contract's Reference objects (0-based positions).`;
  if (references.length === 0) return ['(no cross-references found)', '', hint];
  const header = ['kind', 'from', 'from text', '', 'to', 'to text'];
  const rows = references.map((r) => [
    clean(r.kind),
    lineColumn(r.from.range.start),
    truncateToWidth(clean(r.from.text), MAX_FROM_WIDTH),
    ARROW,
    `${r.to.uri ? `${clean(uriLabel(r.to.uri))}:` : ''}${lineColumn(r.to.range.start)}`,
    truncateToWidth(clean(r.to.text), MAX_TO_WIDTH),
  ]);
  const byKind = new Map<string, number>();
  for (const r of references) byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
  const counts = [...byKind].map(([kind, n]) => `${clean(kind)} ${n}`).join(', ');
  const summary = `${references.length} reference${references.length === 1 ? '' : 's'}: ${counts}`;
  return [...alignColumns(header, rows), '', summary, 'Positions are line:column, both 1-based.', hint];
}

/** The last path segment of a target in another file (file:///…/2020.txt → 2020.txt), decoded. */
function uriLabel(uri: string): string {
  const last = uri.replace(/[?#].*$/u, '').split('/').filter(Boolean).pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
