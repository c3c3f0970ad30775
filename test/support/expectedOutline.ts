import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { OutlineNode } from '../../src/core';

/** test/fixtures, found from here whether this file runs as source (vitest) or bundled into dist/ (bench, score). */
export const FIXTURES = ((): string => {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'test', 'fixtures', 'corpus'))) return join(dir, 'test', 'fixtures');
    if (existsSync(join(dir, 'fixtures', 'corpus'))) return join(dir, 'fixtures');
    if (dirname(dir) === dir) return join(__dirname, '..', 'fixtures');
  }
})();
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

/**
 * The depth-3 outline expectations are split by whole report into a dev part (the outline rules are tuned on it)
 * and a sealed part (scored pooled only, to report how the rules generalise; its failures are never printed).
 * `split.json` beside the expectations names the sealed reports.
 */
export function sealedOutlineReports(): ReadonlySet<string> {
  const split = JSON.parse(readFileSync(join(FIXTURES, 'expected', 'split.json'), 'utf8')) as { sealed: string[] };
  return new Set(split.sealed);
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

/** How deep an expectation file lists nodes: 2 unless it opens with a `# depth: 3` comment. */
export function expectedDepth(corpusPath: string): number {
  const m = /^#\s*depth:\s*(\d)/m.exec(readFileSync(expectedFileFor(corpusPath), 'utf8').split('\n').slice(0, 3).join('\n'));
  return m ? Number(m[1]) : 2;
}

/** A line break written out as its escapes, backslash-r backslash-n (src/core/text/escapedBreaks.ts). */
const ESCAPED_BREAK = '\\r\\n';

/**
 * What stands on a line before a character, from the start of its piece: a spreadsheet cell exported with its breaks
 * escaped is one physical line (src32 容城县 2019; the sealed 顺平县-2024), read by the outline as the lines its escapes stand for, so a
 * heading there opens its paragraph when only blanks stand between it and the escape before it, not the line's start.
 */
function sincePieceStart(line: string, character: number): string {
  const before = line.slice(0, character);
  const cut = before.lastIndexOf(ESCAPED_BREAK);
  return cut < 0 ? before : before.slice(cut + ESCAPED_BREAK.length);
}

/**
 * The nodes an expectation file lists: parts, sections and numbered points that open a paragraph, plus
 * annex/glossary blocks (not their insides); at depth 2 not unnumbered leads, at depth 3 also the leads
 * (standalone sub-headings, ——X。, lead sentences) and the points and leads of level 3. Never inline 一是.
 */
export function comparableNodes(outline: readonly OutlineNode[], lines: readonly string[], depth = 2): ExpectedNode[] {
  const out: ExpectedNode[] = [];
  const walk = (nodes: readonly OutlineNode[], inBlock: boolean): void => {
    for (const n of nodes) {
      const block = n.kind === 'annex' || n.kind === 'glossary';
      const line = lines[n.selectionRange.start.line] ?? '';
      const opensParagraph = sincePieceStart(line, n.selectionRange.start.character).trim().replace(/[\u200b-\u200d\ufeff]/g, '') === '';
      const listed = depth >= 3 ? n.level <= depth : n.level <= 2 && n.kind !== 'lead';
      if (!inBlock && listed && (block || opensParagraph)) {
        out.push({ line: n.selectionRange.start.line, level: n.level, kind: n.kind, marker: n.marker, title: n.title });
      }
      if (!block && n.level < depth) walk(n.children, inBlock);
    }
  };
  walk(outline, false);
  return out;
}

export interface OutlineScore {
  expected: number;
  found: number;
  levelRight: number;
  /** Nodes of levels 1–2 the parser gives that the expectations do not list. */
  falseTop: ExpectedNode[];
  /** Nodes at any scored level the parser gives that the expectations do not list (the outline's precision). */
  extra: ExpectedNode[];
  missed: ExpectedNode[];
  wrongLevel: Array<{ expected: ExpectedNode; got: ExpectedNode }>;
}

/**
 * Scores an outline against a depth-3 expectation: a node is found when the parser gives a node on the same line
 * whose title agrees (equal, or one a prefix of the other after normalisation); its level is right when equal.
 */
export function scoreOutline(actual: readonly ExpectedNode[], expected: readonly ExpectedNode[]): OutlineScore {
  const agree = (a: ExpectedNode, e: ExpectedNode): boolean => {
    if (a.line !== e.line) return false;
    const x = normTitle(a.title);
    const y = normTitle(e.title);
    return x === y || (x.length >= 2 && y.length >= 2 && (x.startsWith(y) || y.startsWith(x)));
  };
  const used = new Set<ExpectedNode>();
  const missed: ExpectedNode[] = [];
  const wrongLevel: OutlineScore['wrongLevel'] = [];
  let levelRight = 0;
  for (const e of expected) {
    const hit = actual.find((a) => !used.has(a) && agree(a, e));
    if (!hit) {
      missed.push(e);
      continue;
    }
    used.add(hit);
    if (hit.level === e.level) levelRight++;
    else wrongLevel.push({ expected: e, got: hit });
  }
  const found = expected.length - missed.length;
  const extra = actual.filter((a) => !used.has(a));
  return { expected: expected.length, found, levelRight, falseTop: extra.filter((a) => a.level <= 2), extra, missed, wrongLevel };
}
