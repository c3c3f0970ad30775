import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { OutlineNode } from '../../src/core';

export const FIXTURES = join(__dirname, '..', 'fixtures');
export const CORPUS = join(FIXTURES, 'corpus');

export interface ExpectedNode {
  line: number;
  level: number;
  kind: string;
  marker: string;
  title: string;
}

/** Corpus file (relative to test/fixtures/corpus) → hand-written expectation file. */
export function expectedFileFor(corpusPath: string): string {
  return join(FIXTURES, 'expected', `${corpusPath.replace(/\.gbk\.txt$|\.txt$/, '').replace(/\//g, '__')}.outline.tsv`);
}

export function readExpected(corpusPath: string): ExpectedNode[] {
  return readFileSync(expectedFileFor(corpusPath), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [line, level, kind, marker, title] = l.split('\t');
      return { line: Number(line), level: Number(level), kind: kind ?? '', marker: marker ?? '', title: title ?? '' };
    });
}

export function corpusFiles(): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(CORPUS, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      for (const f of readdirSync(join(CORPUS, entry.name))) if (f.endsWith('.txt')) out.push(`${entry.name}/${f}`);
    } else if (entry.name.endsWith('.txt')) out.push(entry.name);
  }
  return out.sort();
}

/** Whitespace, zero-width characters and full-width/half-width differences are not significant in titles. */
export function normTitle(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\s\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[。；;：:，,]+$/, '');
}

/**
 * The nodes an expectation file lists: parts, sections and numbered points at levels 1–2 that open a paragraph,
 * plus annex/glossary blocks; not their insides, not unnumbered leads, not inline 一是 inside a paragraph.
 */
export function comparableNodes(outline: readonly OutlineNode[], lines: readonly string[]): ExpectedNode[] {
  const out: ExpectedNode[] = [];
  const walk = (nodes: readonly OutlineNode[], inBlock: boolean): void => {
    for (const n of nodes) {
      const block = n.kind === 'annex' || n.kind === 'glossary';
      const line = lines[n.selectionRange.start.line] ?? '';
      const opensParagraph = line.slice(0, n.selectionRange.start.character).trim().replace(/[\u200b-\u200d\ufeff]/g, '') === '';
      if (!inBlock && n.level <= 2 && n.kind !== 'lead' && (block || opensParagraph)) {
        out.push({ line: n.selectionRange.start.line, level: n.level, kind: n.kind, marker: n.marker, title: n.title });
      }
      if (!block && n.level < 2) walk(n.children, inBlock);
    }
  };
  walk(outline, false);
  return out;
}
